/// The lunar months of a span of years, computed once so that a conversion is a binary
/// search over month starts instead of an astronomical computation.
struct LunarMonthTable: Sendable {
    struct Month: Sendable {
        /// Civil day (days since 1970-01-01) of the first day of the month.
        let start: Int
        let year: Int
        let number: Int
        let isLeap: Bool
    }

    let years: ClosedRange<Int>
    /// Every month from month 11 of the year before `years` to month 10 of the year after.
    private let months: [Month]
    /// `months` has one more start than months: the first day after the last month.
    private let end: Int
    /// Index in `months` of month 1 of each year of `years`.
    private let firstMonth: [Int]

    init(years: ClosedRange<Int>) {
        var labelled: [Int: Month] = [:]   // by lunation number
        var lastLunation = 0
        var lastZone = 7.0
        // Each stretch from one month 11 to the next is a lunar "solstice year" of 12 or 13 months.
        for year in years.lowerBound...(years.upperBound + 1) {
            let zone = LunarRules.hoursAheadOfUT(forMonth11Ending: year)
            let from = LunarRules.month11(ofGregorianYear: year - 1, hoursAheadOfUT: zone)
            let to = LunarRules.month11(ofGregorianYear: year, hoursAheadOfUT: zone)
            let starts = (from...to).map { LunarRules.monthStart(lunation: $0, hoursAheadOfUT: zone) }
            let leapIndex = to - from == 13 ? Self.firstMonthWithoutMajorTerm(starts: starts, hoursAheadOfUT: zone) : nil
            var number = 11, labelYear = year - 1
            for i in 0..<(to - from) {
                if i > 0 && i != leapIndex {
                    number += 1
                    if number == 13 { number = 1; labelYear += 1 }
                }
                labelled[from + i] = Month(start: starts[i], year: labelYear, number: number, isLeap: i == leapIndex)
            }
            lastLunation = to
            lastZone = zone
        }
        self.months = labelled.keys.sorted().map { labelled[$0]! }
        self.end = LunarRules.monthStart(lunation: lastLunation, hoursAheadOfUT: lastZone)
        self.years = years
        var firstMonth = Array(repeating: 0, count: years.count)
        for (index, month) in months.enumerated() where month.number == 1 && !month.isLeap && years.contains(month.year) {
            firstMonth[month.year - years.lowerBound] = index
        }
        self.firstMonth = firstMonth
    }

    /// Index (into `starts`, from 1) of the first month whose start and end see the Sun in
    /// the same major term, i.e. a month in which no major term begins.
    private static func firstMonthWithoutMajorTerm(starts: [Int], hoursAheadOfUT: Double) -> Int? {
        let terms = starts.map { LunarRules.majorTerm(atStartOf: $0, hoursAheadOfUT: hoursAheadOfUT) }
        return (1..<(starts.count - 1)).first { terms[$0] == terms[$0 + 1] }
    }

    /// The civil days this table can convert.
    var coveredDays: Range<Int> { months[0].start..<end }

    func lunarDate(forDay day: Int) -> LunarDate? {
        guard coveredDays.contains(day) else { return nil }
        // The last month that starts on or before `day`.
        var low = 0, high = months.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if months[mid].start <= day { low = mid } else { high = mid - 1 }
        }
        let month = months[low]
        return LunarDate(year: month.year, month: month.number, day: day - month.start + 1, isLeapMonth: month.isLeap)
    }

    func day(for date: LunarDate) -> Int? {
        guard years.contains(date.year), date.day >= 1 else { return nil }
        var index = firstMonth[date.year - years.lowerBound]
        while index < months.count && months[index].year == date.year {
            let month = months[index]
            if month.number == date.month && month.isLeap == date.isLeapMonth {
                return date.day <= length(ofMonthAt: index) ? month.start + date.day - 1 : nil
            }
            index += 1
        }
        return nil
    }

    /// 29 or 30.
    private func length(ofMonthAt index: Int) -> Int {
        (index + 1 < months.count ? months[index + 1].start : end) - months[index].start
    }

    /// The leap month of `year`, if it has one (it may be month 11 or 12 of that year).
    func leapMonth(of year: Int) -> Int? {
        guard years.contains(year) else { return nil }
        var index = firstMonth[year - years.lowerBound]
        while index < months.count && months[index].year == year {
            if months[index].isLeap { return months[index].number }
            index += 1
        }
        return nil
    }

    func monthLength(year: Int, month: Int, isLeap: Bool) -> Int? {
        guard let first = day(for: LunarDate(year: year, month: month, day: 1, isLeapMonth: isLeap)),
              let index = months.firstIndex(where: { $0.start == first }) else { return nil }
        return length(ofMonthAt: index)
    }
}

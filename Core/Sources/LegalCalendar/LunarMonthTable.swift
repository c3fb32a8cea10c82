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
    /// The first day after the last month.
    private let end: Int
    /// Index in `months` of month 1 of each year of `years`.
    private let firstMonth: [Int]

    init(years: ClosedRange<Int>) {
        var months: [Month] = []
        // Each stretch from one month 11 to the next is a "solstice year" of 12 or 13 months:
        // months 11 and 12 of the previous lunar year, then months 1 to 10.
        var from = LunarRules.month11(ofGregorianYear: years.lowerBound - 1)
        for year in years.lowerBound...(years.upperBound + 1) {
            let to = LunarRules.month11(ofGregorianYear: year)
            let starts = (from...to).map(LunarRules.monthStart(lunation:))
            let leapIndex = to - from == 13 ? Self.firstMonthWithoutMajorTerm(starts: starts) : nil
            var number = 11, labelYear = year - 1
            for i in 0..<(to - from) {
                if i > 0 && i != leapIndex {
                    number += 1
                    if number == 13 { number = 1; labelYear += 1 }
                }
                months.append(Month(start: starts[i], year: labelYear, number: number, isLeap: i == leapIndex))
            }
            from = to
        }
        self.months = months
        self.end = LunarRules.monthStart(lunation: from)
        self.years = years
        var firstMonth = Array(repeating: 0, count: years.count)
        for (index, month) in months.enumerated() where month.number == 1 && !month.isLeap && years.contains(month.year) {
            firstMonth[month.year - years.lowerBound] = index
        }
        self.firstMonth = firstMonth
    }

    /// Index (into `starts`, from 1) of the first month whose start and end see the Sun in
    /// the same major term, i.e. a month in which no major term begins.
    private static func firstMonthWithoutMajorTerm(starts: [Int]) -> Int? {
        let terms = starts.map(LunarRules.majorTerm(atStartOf:))
        return (1..<(starts.count - 1)).first { terms[$0] == terms[$0 + 1] }
    }

    /// The civil days this table can convert.
    var coveredDays: Range<Int> { months[0].start..<end }

    func lunarDate(forDay day: Int) -> LunarDate? {
        guard coveredDays.contains(day) else { return nil }
        // The last month that starts on or before `day`: guess from the mean synodic month
        // (true new moons stay within about a day of the mean), then step to it.
        var low = min(months.count - 1, (day - months[0].start) * 10_000 / 295_306)
        while months[low].start > day { low -= 1 }
        while low + 1 < months.count && months[low + 1].start <= day { low += 1 }
        let month = months[low]
        return LunarDate(year: month.year, month: month.number, day: day - month.start + 1, isLeapMonth: month.isLeap)
    }

    func day(for date: LunarDate) -> Int? {
        guard date.day >= 1, let index = monthIndex(year: date.year, month: date.month, isLeap: date.isLeapMonth),
              date.day <= length(ofMonthAt: index) else { return nil }
        return months[index].start + date.day - 1
    }

    private func monthIndex(year: Int, month number: Int, isLeap: Bool) -> Int? {
        guard years.contains(year) else { return nil }
        var index = firstMonth[year - years.lowerBound]
        while index < months.count && months[index].year == year {
            if months[index].number == number && months[index].isLeap == isLeap { return index }
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

    func months(of year: Int) -> [LunarMonth] {
        guard years.contains(year) else { return [] }
        var result: [LunarMonth] = []
        var index = firstMonth[year - years.lowerBound]
        while index < months.count && months[index].year == year {
            let month = months[index]
            result.append(LunarMonth(year: year, month: month.number, isLeapMonth: month.isLeap,
                                     start: CivilDate(daysSinceEpoch: month.start), length: length(ofMonthAt: index)))
            index += 1
        }
        return result
    }

    func monthLength(year: Int, month: Int, isLeap: Bool) -> Int? {
        monthIndex(year: year, month: month, isLeap: isLeap).map(length(ofMonthAt:))
    }
}

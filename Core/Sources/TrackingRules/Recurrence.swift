import LegalCalendar

/// A recurring duty ("báo cáo trước ngày 20 hằng tháng", "thứ Sáu hằng tuần",
/// "trước ngày 10 tháng cuối quý") expanded into one deadline per period.
public struct Recurrence: Hashable, Sendable, Codable {
    public enum Frequency: Hashable, Sendable, Codable {
        /// Every week on `weekday` (1 = thứ Hai … 7 = Chủ nhật).
        case weekly(weekday: Int)
        /// Every month, on the day `rule` picks.
        case monthly
        /// Every quarter, in month `monthOfQuarter` (1…3; 3 = tháng cuối quý).
        case quarterly(monthOfQuarter: Int)
        /// Every half-year, in month `monthOfHalf` (1…6; 6 = tháng cuối kỳ).
        case halfYearly(monthOfHalf: Int)
        /// Every year in `month`.
        case yearly(month: Int)
    }

    /// Which day of the chosen month is the deadline.
    public enum DayRule: Hashable, Sendable, Codable {
        /// "Chậm nhất ngày X", "ngày X hằng tháng": the X-th, or the month's last day if shorter.
        case onDay(Int)
        /// "Trước ngày X": the day before X.
        case beforeDay(Int)
        /// "Cuối tháng": the last day of the month.
        case lastDay
        /// "Trong N ngày làm việc đầu tháng": the N-th working day of the month; a
        /// negative N counts from the end (-1 = the last working day).
        case workingDay(Int)
    }

    public var frequency: Frequency
    /// Ignored for weekly duties.
    public var day: DayRule

    public init(_ frequency: Frequency, day: DayRule = .lastDay) {
        self.frequency = frequency
        self.day = day
    }

    /// One occurrence: the date the rule names and the deadline after the calendar's
    /// day-off rule (Civil Code art. 148 when the calendar applies it).
    public struct Occurrence: Hashable, Sendable, Codable {
        public var nominalDate: CivilDate
        public var deadline: CivilDate
    }

    /// The occurrences whose nominal date falls in `start...end`, in order. Empty for an
    /// impossible rule (weekday 8, month 13) or a reversed range.
    public func occurrences(from start: CivilDate, through end: CivilDate, calendar: WorkCalendar) -> [Occurrence] {
        guard start <= end else { return [] }
        return nominalDates(from: start, through: end, calendar: calendar)
            .map { Occurrence(nominalDate: $0, deadline: calendar.legalDeadline($0)) }
    }

    private func nominalDates(from start: CivilDate, through end: CivilDate, calendar: WorkCalendar) -> [CivilDate] {
        switch frequency {
        case .weekly(let weekday):
            guard (1...7).contains(weekday) else { return [] }
            var first = start.adding(days: (weekday - start.weekday + 7) % 7)
            var dates: [CivilDate] = []
            while first <= end {
                dates.append(first)
                first = first.adding(days: 7)
            }
            return dates
        case .monthly:
            return monthlyDates(from: start, through: end, calendar: calendar) { _ in true }
        case .quarterly(let monthOfQuarter):
            guard (1...3).contains(monthOfQuarter) else { return [] }
            return monthlyDates(from: start, through: end, calendar: calendar) { ($0 - 1) % 3 + 1 == monthOfQuarter }
        case .halfYearly(let monthOfHalf):
            guard (1...6).contains(monthOfHalf) else { return [] }
            return monthlyDates(from: start, through: end, calendar: calendar) { ($0 - 1) % 6 + 1 == monthOfHalf }
        case .yearly(let month):
            guard (1...12).contains(month) else { return [] }
            return monthlyDates(from: start, through: end, calendar: calendar) { $0 == month }
        }
    }

    /// The rule's day in every month of the range whose number passes `monthFilter`.
    /// The month after `end` is visited too, because "trước ngày 1" of a month falls in the one before.
    private func monthlyDates(from start: CivilDate, through end: CivilDate, calendar: WorkCalendar,
                              monthFilter: (Int) -> Bool) -> [CivilDate] {
        var dates: [CivilDate] = []
        var year = start.year
        var month = start.month
        let stop = end.month == 12 ? (end.year + 1, 1) : (end.year, end.month + 1)
        while (year, month) <= stop {
            if monthFilter(month), let date = date(inMonth: month, of: year, calendar: calendar), start <= date, date <= end {
                dates.append(date)
            }
            month += 1
            if month == 13 { month = 1; year += 1 }
        }
        return dates
    }

    /// The rule's day in one month; nil when the month has no such day.
    func date(inMonth month: Int, of year: Int, calendar: WorkCalendar) -> CivilDate? {
        let last = CivilDate.daysIn(month: month, year: year)
        switch day {
        case .onDay(let n):
            guard n >= 1 else { return nil }
            return CivilDate(year: year, month: month, day: min(n, last))
        case .beforeDay(let n):
            guard n >= 1 else { return nil }
            return CivilDate(year: year, month: month, day: min(n, last + 1) - 1) ?? CivilDate(year: year, month: month, day: 1)!.adding(days: -1)
        case .lastDay:
            return CivilDate(year: year, month: month, day: last)
        case .workingDay(let n):
            guard n != 0 else { return nil }
            let first = CivilDate(year: year, month: month, day: 1)!
            let date = n > 0
                ? calendar.adding(workingDays: n, to: first.adding(days: -1))
                : calendar.adding(workingDays: n, to: first.endOfMonth.adding(days: 1))
            return date.month == month ? date : nil  // a month with fewer working days has no such day
        }
    }
}

/// Whether a deadline that lands on a day off stays there.
public enum DeadlinePolicy: String, Sendable, Codable {
    /// Civil Code 2015 Art. 148(5): a time limit ending on a rest day or holiday ends on the next working day.
    case rollToNextWorkingDay
    /// The date as written, e.g. when a document says "chậm nhất ngày X" and means it.
    case exactDate
}

/// The Vietnamese public-sector working calendar: Monday to Friday, minus the holidays,
/// make-up days (nghỉ bù) and swapped days off, plus worked Saturdays, plus an
/// administrator's local overrides.
public struct WorkCalendar: Sendable {
    /// National rules and announced days, the Civil Code deadline rule, no local override.
    public static let vietnam = WorkCalendar(overrides: [:], deadlinePolicy: .rollToNextWorkingDay)

    public let deadlinePolicy: DeadlinePolicy
    private let overrides: [CivilDate: DayOverride]

    private init(overrides: [CivilDate: DayOverride], deadlinePolicy: DeadlinePolicy) {
        self.overrides = overrides
        self.deadlinePolicy = deadlinePolicy
    }

    /// This calendar with local overrides added; for a date given twice the later entry wins.
    public func with(overrides list: [DayOverride]) -> WorkCalendar {
        var merged = overrides
        for entry in list { merged[entry.date] = entry }
        return WorkCalendar(overrides: merged, deadlinePolicy: deadlinePolicy)
    }

    /// The local overrides in force, in date order.
    public var localOverrides: [DayOverride] { overrides.values.sorted { $0.date < $1.date } }

    public func with(deadlinePolicy: DeadlinePolicy) -> WorkCalendar {
        WorkCalendar(overrides: overrides, deadlinePolicy: deadlinePolicy)
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if let override = overrides[date] { return override.isWorkingDay }
        return NationalCalendar.shared.isWorkingDay(date)
    }

    /// The days of `year` that would otherwise be worked and are not: holidays on weekdays,
    /// make-up and swapped days, local days off. Weekends inside a break are not listed.
    /// In date order, local overrides applied.
    public func daysOff(in year: Int) -> [DayOff] {
        var result = NationalCalendar.shared.daysOff(in: year).filter { overrides[$0.date]?.isWorkingDay != true }
        let listed = Set(result.map(\.date))
        for override in overrides.values where override.date.year == year && !override.isWorkingDay {
            if !listed.contains(override.date) && NationalCalendar.shared.isWorkingDay(override.date) {
                result.append(DayOff(date: override.date, name: override.name, kind: .local))
            }
        }
        return result.sorted { $0.date < $1.date }
    }

    /// Weekend days that are worked in `year` (ngày làm bù), local overrides applied.
    public func workedWeekendDays(in year: Int) -> [WorkedWeekendDay] {
        var result = NationalCalendar.shared.workedWeekendDays(in: year).filter { overrides[$0.date]?.isWorkingDay != false }
        for override in overrides.values where override.date.year == year && override.isWorkingDay && override.date.isWeekend {
            if !result.contains(where: { $0.date == override.date }) {
                result.append(WorkedWeekendDay(date: override.date, name: override.name))
            }
        }
        return result.sorted { $0.date < $1.date }
    }

    public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    public func previousWorkingDay(onOrBefore date: CivilDate) -> CivilDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// "Trong N ngày làm việc kể từ ngày X": counting starts the day after `date`, and the
    /// result is the N-th working day (so `workingDays(from: date, through: result) == N`).
    /// A negative N counts back: the |N|-th working day before `date`. Zero returns `date`.
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        let step = count < 0 ? -1 : 1
        var remaining = abs(count)
        var day = date
        while remaining > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// The working days in the half-open interval (`start`, `end`]: the days elapsed since
    /// `start` the way Vietnamese deadlines count them. Negative when `end` is before `start`.
    public func workingDays(from start: CivilDate, through end: CivilDate) -> Int {
        if end < start { return -workingDays(from: end, through: start) }
        if var count = NationalCalendar.shared.workingDays(after: start, through: end) {
            // A local override changes the national count on its own day only.
            for (date, override) in overrides where start < date && date <= end {
                let nationally = NationalCalendar.shared.isWorkingDay(date)
                if override.isWorkingDay != nationally { count += override.isWorkingDay ? 1 : -1 }
            }
            return count
        }
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// Civil Code 2015 Art. 148(5): the last day of a time limit that is a day off moves to
    /// the next working day; with `.exactDate` the date is kept.
    public func legalDeadline(_ date: CivilDate) -> CivilDate {
        switch deadlinePolicy {
        case .rollToNextWorkingDay: return nextWorkingDay(onOrAfter: date)
        case .exactDate: return date
        }
    }
}

import LegalCalendar

/// A recurring duty ("hằng tháng báo cáo trước ngày 20") tracked period by period:
/// each period of the duty's frequency owes one occurrence with its own deadline.
///
/// Rules:
/// - Periods are plain calendar periods (a week runs thứ Hai to Chủ nhật), consecutive
///   and without gaps; the occurrence of a period is due on the day the recurrence's
///   rule picks inside it, moved off a day off per the calendar (Civil Code art. 148).
/// - The first occurrence is the first one due after `starts` (the document's date):
///   a duty cannot be late on the day it is assigned, as a time limit counted in days
///   starts the next day (Civil Code art. 147). A period whose rule names no day (the
///   12th working day of a month with 11) owes nothing and is skipped.
/// - The last occurrence is the last one due on or before `ends` ("đến hết năm 2026");
///   without an end the duty runs on, and callers ask only for the periods they need.
public struct RecurringDuty: Hashable, Sendable, Codable {
    public var recurrence: Recurrence
    public var starts: CivilDate
    public var ends: CivilDate?

    public init(_ recurrence: Recurrence, starts: CivilDate, ends: CivilDate? = nil) {
        self.recurrence = recurrence
        self.starts = starts
        self.ends = ends
    }

    /// One period's occurrence: what it answers for and when it is due.
    public struct Occurrence: Hashable, Sendable, Codable {
        public var period: DutyPeriod
        /// The day the rule names, before the day-off rule.
        public var nominalDate: CivilDate
        /// The deadline in force: `nominalDate` moved to a working day when the calendar says so.
        public var deadline: CivilDate
    }

    /// How far to look for the next owed period before deciding there is none (a rule
    /// no period satisfies): two years of weeks, months or quarters, ten of years.
    static let lookAhead = 120

    /// The first occurrence, or nil when the duty owes none.
    public func first(calendar: WorkCalendar) -> Occurrence? {
        next(from: period(containing: starts), calendar: calendar)
    }

    /// The occurrence after the one for `period`, or nil when the duty has ended.
    public func occurrence(after period: DutyPeriod, calendar: WorkCalendar) -> Occurrence? {
        next(from: self.period(containing: period.end.adding(days: 1)), calendar: calendar)
    }

    /// The occurrences whose period has begun by `asOf`, then the next one, so a duty
    /// always shows what it owes now and what it owes next.
    public func occurrences(asOf: CivilDate, calendar: WorkCalendar) -> [Occurrence] {
        var result: [Occurrence] = []
        var next = first(calendar: calendar)
        while let occurrence = next {
            result.append(occurrence)
            guard occurrence.period.start <= asOf else { break }
            next = self.occurrence(after: occurrence.period, calendar: calendar)
        }
        return result
    }

    /// The first owed occurrence in `period` or a later one.
    private func next(from period: DutyPeriod, calendar: WorkCalendar) -> Occurrence? {
        var period = period
        for _ in 0..<Self.lookAhead {
            if let ends, period.start > ends { return nil }
            if let nominal = nominalDate(in: period, calendar: calendar) {
                if let ends, nominal > ends { return nil }
                let deadline = calendar.legalDeadline(nominal)
                if deadline > starts {
                    return Occurrence(period: period, nominalDate: nominal, deadline: deadline)
                }
            }
            period = self.period(containing: period.end.adding(days: 1))
        }
        return nil
    }

    /// The period of the duty's frequency that holds `day`.
    func period(containing day: CivilDate) -> DutyPeriod {
        let kind: PeriodKind
        switch recurrence.frequency {
        case .weekly: return DutyPeriod.week(containing: day)
        case .monthly: kind = .month
        case .quarterly: kind = .quarter
        case .halfYearly: kind = .halfYear
        case .yearly: kind = .year
        }
        return DutyPeriod(ReportingPeriod.period(kind, containing: day, basis: .calendar)!)
    }

    /// The day the rule picks inside `period`: the weekday of a week, or the rule's
    /// day in the period's chosen month (1 = its first month).
    func nominalDate(in period: DutyPeriod, calendar: WorkCalendar) -> CivilDate? {
        let monthOfPeriod: Int
        switch recurrence.frequency {
        case .weekly(let weekday):
            guard (1...7).contains(weekday) else { return nil }
            return period.start.adding(days: weekday - 1)
        case .monthly: monthOfPeriod = 1
        case .quarterly(let month): monthOfPeriod = month
        case .halfYearly(let month): monthOfPeriod = month
        case .yearly(let month): monthOfPeriod = month
        }
        let months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        guard (1...months).contains(monthOfPeriod) else { return nil }
        let index = period.start.month - 1 + monthOfPeriod - 1
        return recurrence.date(inMonth: index % 12 + 1, of: period.start.year + index / 12, calendar: calendar)
    }
}

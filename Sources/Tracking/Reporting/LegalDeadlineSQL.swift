import LegalCalendar
import SQLKit

/// Civil Code art. 148 in SQL. A deadline that falls on a day off moves to the
/// next working day (`WorkCalendar.legalDeadline`), and the database cannot
/// call the calendar, so the calendar is brought to the query:
/// - against a fixed day X, "legalDeadline(d) < X" holds exactly when
///   d <= the last working day before X (the roll is monotonic), so such a
///   test becomes a plain range condition on the indexed deadline column;
/// - against another column (a completion date), the days off within the
///   deadlines' range are listed, and only a row completed after a deadline
///   that fell on one of them looks up where that deadline rolled to.
struct LegalDeadlineSQL {
    let calendar: WorkCalendar
    /// Each day off in the range of stored deadlines, with the working day it rolls to.
    let rolls: [(day: CivilDate, rollsTo: CivilDate)]

    init(calendar: WorkCalendar, deadlinesFrom low: CivilDate?, through high: CivilDate?) {
        self.calendar = calendar
        var rolls: [(CivilDate, CivilDate)] = []
        if case .rollToNextWorkingDay = calendar.deadlinePolicy, let low, let high, low <= high {
            var day = low
            while day <= high {
                if !calendar.isWorkingDay(day) { rolls.append((day, calendar.legalDeadline(day))) }
                day = day.adding(days: 1)
            }
        }
        self.rolls = rolls
    }

    /// The last deadline d with legalDeadline(d) < day: "d <= bound" is the test.
    func lastDeadline(before day: CivilDate) -> CivilDate {
        let dayBefore = day.adding(days: -1)
        switch calendar.deadlinePolicy {
        case .rollToNextWorkingDay: return calendar.previousWorkingDay(onOrBefore: dayBefore)
        case .exactDate: return dayBefore
        }
    }

    /// `moment > legalDeadline(column)`, for a row's own date `moment`.
    func isLate(_ moment: SQLQueryString, deadline column: String) -> SQLQueryString {
        guard !rolls.isEmpty else { return "(\(moment) > \(unsafeRaw: column))" }
        return """
            (\(moment) > \(unsafeRaw: column) AND (\(unsafeRaw: column) NOT IN (\(literals: rolls.map(\.day.iso), joinedBy: ", ")) \
            OR \(moment) > \(rolled(column, rolls[...]))))
            """
    }

    /// Where a day off in `column` rolls to, as CASEs nested like a binary
    /// search: a handful of comparisons per row instead of one per day off.
    private func rolled(_ column: String, _ part: ArraySlice<(day: CivilDate, rollsTo: CivilDate)>) -> SQLQueryString {
        guard part.count > 4 else {
            let branches = part.map { "WHEN \(literal: $0.day.iso) THEN \(literal: $0.rollsTo.iso)" as SQLQueryString }
            return "CASE \(unsafeRaw: column) \(branches.joined(separator: " ")) END"
        }
        let middle = part.startIndex + part.count / 2
        return """
            CASE WHEN \(unsafeRaw: column) < \(literal: part[middle].day.iso) THEN \(rolled(column, part[..<middle])) \
            ELSE \(rolled(column, part[middle...])) END
            """
    }
}

import LegalCalendar

/// A task's standing on a given day: its official status, the warning flags and
/// how late it is. Produced by `StatusClassifier`.
public struct TaskClassification: Hashable, Sendable, Codable {
    /// Nil when the task is left out of every count (see `exclusion`).
    public var status: TaskStatus?
    public var exclusion: Exclusion?
    /// Sắp đến hạn: open, not yet overdue, and due within the threshold in working days.
    public var isDueSoon: Bool
    /// The deadline in force: the last approved extension, else the original, after the
    /// calendar's day-off rule. Nil without a deadline.
    public var effectiveDeadline: CivilDate?
    /// The original deadline after the calendar's day-off rule.
    public var originalDeadline: CivilDate?
    /// Working days after the effective deadline up to completion (done) or the as-of day
    /// (open). Zero when not late. A task past its deadline only over a weekend is
    /// overdue with 0 working days; `calendarDaysLate` then says 1 or 2.
    public var workingDaysLate: Int
    public var calendarDaysLate: Int
    /// Working days left until the effective deadline for an open task in time (0 = due today).
    public var workingDaysLeft: Int?
    /// Past the ORIGINAL deadline (finished after it, or still open after it), whether or
    /// not an extension covers it. With `status == .doneOnTime` this is "done within an
    /// approved extension".
    public var lateAgainstOriginal: Bool

    public var isExcluded: Bool { status == nil }

    /// Why a task is left out of the counts.
    public enum Exclusion: String, Hashable, Sendable, Codable {
        /// Rút: withdrawn by the issuer; it no longer exists as a duty.
        case withdrawn
        /// Tạm hoãn: on hold by decision; neither due nor overdue while it waits.
        case suspended
    }
}

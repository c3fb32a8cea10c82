import LegalCalendar

/// The prefix counts the report tally keeps. Each task adds one entry of a
/// kind on a day, and a report at cut-off C reads, per kind, how many entries
/// fall on or before C (or before the window's first day). Every condition a
/// report tests at C has the form "x ≤ C" for some dates x of the task, so
/// "all of them hold" is "the latest of them ≤ C": the entry's day is that
/// latest date (`TallyRules.entries`). Stored as its raw value.
public enum TallyKind: Int, Sendable, CaseIterable, Hashable {
    /// Assigned (a).
    case counted = 1
    /// Assigned, with a deadline.
    case withDeadline = 2
    /// Assigned and completed: max(a, s).
    case done = 3
    /// Done, without a deadline.
    case doneNoDeadline = 4
    /// Done after the legal deadline g.
    case doneLate = 5
    /// Done by g but after the original legal deadline: within an extension.
    case doneWithinExtension = 6
    /// Legal deadline passed: max(a, g + 1).
    case pastDue = 7
    /// Legal deadline passed and done: max(a, g + 1, s).
    case pastDueDone = 8
    /// Legal deadline reached: max(a, g).
    case due = 9
    /// Legal deadline reached and done: max(a, g, s).
    case dueDone = 10
    /// Last progress report made: r (never before a, see `TallyFacts.Placement`).
    case reported = 11
    /// Reported and done: max(r, s).
    case reportedDone = 12
    /// Reported, of a task done at some time: r.
    case reportedOfDone = 13
}

/// One entry of a task in the tally.
public struct TallyEntry: Hashable, Sendable {
    public var kind: TallyKind
    public var day: CivilDate

    public init(_ kind: TallyKind, _ day: CivilDate) {
        self.kind = kind
        self.day = day
    }
}

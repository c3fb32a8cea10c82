import Foundation
import LegalCalendar

/// A task to create, from a confirmed draft or typed in by a clerk.
public struct NewTask: Codable, Sendable {
    public var title: String?
    public var text: String
    public var section: String?
    public var documentID: UUID?
    /// The (first) passage of the document the task comes from.
    public var spanStart: Int?
    public var spanEnd: Int?
    /// Every passage, when the task comes from more than one (a merge of several items).
    public var spans: [SourceSpan]?
    public var leadUnitID: UUID?
    public var leadText: String?
    public var supportUnitIDs: [UUID]?
    public var leaderID: UUID?
    public var deadline: CivilDate?
    public var deadlineText: String?
    /// Every due date the text sets, earliest first, when there is more than one.
    public var milestones: [Milestone]?
    /// A `Recurrence` code ("monthly/before-20") for a duty owed every period.
    public var recurrence: String?
    /// The last day of a recurring duty; nil when open-ended.
    public var recurrenceUntil: CivilDate?
    /// For the reviewer of a draft: units the document named that have since
    /// been merged or abolished, "UBND huyện X → nay là UBND xã Y". The task
    /// goes to the unit after the arrow.
    public var successions: [String]?

    public init(text: String) { self.text = text }
}

/// The fields a clerk or leader may change on an existing task; nil leaves a
/// field as it is.
public struct TaskChanges: Codable, Sendable {
    public var title: String?
    public var text: String?
    public var leadUnitID: UUID?
    public var supportUnitIDs: [UUID]?
    public var leaderID: UUID?
    public var deadline: CivilDate?
    public var deadlineText: String?
    public init() {}
}

/// A unit's report: progress, or completion with its evidence.
public struct ReportInput: Codable, Sendable {
    public var completed: Bool
    public var text: String
    public var answerNumber: String?
    public var evidenceFileName: String?
    public var evidence: Data?
    /// The day the work was finished (defaults to today) for a completion report.
    public var completedOn: CivilDate?
    /// The period of a recurring duty reported on; nil for the current (earliest open) one.
    public var occurrenceID: UUID?
    public init(completed: Bool, text: String) {
        self.completed = completed
        self.text = text
    }
}

public struct ExtensionInput: Codable, Sendable {
    public var reason: String
    public var requestedDeadline: CivilDate
    /// The period of a recurring duty whose deadline is to move; nil for the
    /// current (earliest open) one. Ignored for a one-off task.
    public var occurrenceID: UUID?
    public init(reason: String, requestedDeadline: CivilDate) {
        self.reason = reason
        self.requestedDeadline = requestedDeadline
    }
}

public struct DecisionInput: Codable, Sendable {
    public var approve: Bool
    public var note: String?
    /// The period of a recurring duty decided on; nil for the earliest one awaiting confirmation.
    public var occurrenceID: UUID?
    public init(approve: Bool, note: String? = nil) {
        self.approve = approve
        self.note = note
    }
}

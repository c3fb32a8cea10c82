import FluentKit
import Foundation

/// A request to move a task's deadline (gia hạn), or the deadline of one
/// period of a recurring duty, and the leader's decision.
public final class ExtensionRecord: Model, @unchecked Sendable {
    public static let schema = "extensions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: TaskRecord
    @Parent(key: "requested_by") public var requestedBy: UserRecord
    /// The period of a recurring duty the request is for; nil for a whole task.
    @OptionalField(key: "occurrence_id") public var occurrenceID: UUID?
    @Field(key: "reason") public var reason: String
    @OptionalField(key: "previous_deadline") public var previousDeadline: String?
    @Field(key: "requested_deadline") public var requestedDeadline: String
    @Enum(key: "decision") public var decision: Decision
    @OptionalField(key: "decision_note") public var decisionNote: String?
    @OptionalParent(key: "decided_by") public var decidedBy: UserRecord?
    @OptionalField(key: "decided_on") public var decidedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

import FluentKit
import Foundation
import TrackingRules

/// A tracked task (nhiệm vụ). `deadline` is the deadline in force;
/// `originalDeadline` keeps the one the document set, so an approved extension
/// never rewrites history.
public final class TaskRecord: Model, @unchecked Sendable {
    public static let schema = "tasks"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationRecord
    @OptionalParent(key: "document_id") public var document: DocumentRecord?
    @OptionalField(key: "section") public var section: String?
    @Field(key: "title") public var title: String
    @Field(key: "text") public var text: String
    /// Half-open Unicode-scalar span of the task in the document's text.
    @OptionalField(key: "span_start") public var spanStart: Int?
    @OptionalField(key: "span_end") public var spanEnd: Int?
    /// Every passage as JSON (`[{"start":..,"end":..}]`) when the task comes
    /// from more than one; the span above is then the first.
    @OptionalField(key: "source_spans") public var sourceSpans: String?
    @OptionalParent(key: "lead_unit_id") public var leadUnit: UnitRecord?
    /// The lead as the document wrote it, kept when no unit could be resolved.
    @OptionalField(key: "lead_text") public var leadText: String?
    @OptionalParent(key: "leader_id") public var leader: UserRecord?
    @OptionalField(key: "deadline") public var deadline: String?
    @OptionalField(key: "original_deadline") public var originalDeadline: String?
    @OptionalField(key: "deadline_text") public var deadlineText: String?
    /// Every due date the text sets, as JSON (`[{"date":..,"text":..}]`),
    /// when there is more than one; `deadline` is the earliest.
    @OptionalField(key: "milestones") public var milestones: String?
    /// The day of the latest progress report, for the update rate; written
    /// with each report by `Tracker.report` (see LastReportColumn).
    @OptionalField(key: "last_reported_on") public var lastReportedOn: String?
    /// "hang_thang", "hang_quy"... for reports due periodically; nil for one-off tasks.
    @OptionalField(key: "recurrence") public var recurrence: String?
    @Enum(key: "workflow_state") public var workflowState: WorkflowState
    @OptionalField(key: "completed_on") public var completedOn: String?
    @Field(key: "folded") public var folded: String
    @Children(for: \.$task) public var coordinators: [CoordinationRecord]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}

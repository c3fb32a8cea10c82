import FluentKit
import Foundation
import TrackingRules

/// One period of a recurring duty (kỳ): what the lead unit owes for it, by when,
/// and where its report stands. The task itself shows its earliest open period.
public final class OccurrenceRecord: Model, @unchecked Sendable {
    public static let schema = "task_occurrences"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: TaskRecord
    /// `DutyPeriod.code`: "2026-03", "2026-Q1"; unique within a task.
    @Field(key: "period_code") public var periodCode: String
    @Field(key: "period_label") public var periodLabel: String
    @Field(key: "period_start") public var periodStart: String
    @Field(key: "period_end") public var periodEnd: String
    /// The period's deadline after the day-off rule (ISO date).
    @Field(key: "deadline") public var deadline: String
    @Enum(key: "workflow_state") public var workflowState: WorkflowState
    @OptionalField(key: "completed_on") public var completedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    init(taskID: UUID, _ occurrence: RecurringDuty.Occurrence) {
        $task.id = taskID
        periodCode = occurrence.period.code
        periodLabel = occurrence.period.label
        periodStart = occurrence.period.start.iso
        periodEnd = occurrence.period.end.iso
        deadline = occurrence.deadline.iso
        workflowState = .notStarted
    }

    /// Still owed: not confirmed done (a withdrawn duty's periods are closed with it).
    var isOpen: Bool { workflowState != .done && workflowState != .withdrawn }
}

import FluentKit
import Foundation
import TrackingRules

/// A unit named to coordinate (phối hợp) on a task, with its own progress.
public final class CoordinationRecord: Model, @unchecked Sendable {
    public static let schema = "task_coordinators"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: TaskRecord
    @Parent(key: "unit_id") public var unit: UnitRecord
    @Enum(key: "state") public var state: WorkflowState

    public init() {}
    public init(taskID: UUID, unitID: UUID) {
        self.$task.id = taskID
        self.$unit.id = unitID
        self.state = .notStarted
    }
}

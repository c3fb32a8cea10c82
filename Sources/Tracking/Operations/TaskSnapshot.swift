import Foundation

/// What the audit log keeps of a task before and after a change.
struct TaskSnapshot: Codable {
    let title: String
    let leadUnitID: UUID?
    let leaderID: UUID?
    let deadline: String?
    let originalDeadline: String?
    let workflowState: String
    let completedOn: String?

    init(_ task: TaskRecord) {
        title = task.title
        leadUnitID = task.$leadUnit.id
        leaderID = task.$leader.id
        deadline = task.deadline
        originalDeadline = task.originalDeadline
        workflowState = task.workflowState.rawValue
        completedOn = task.completedOn
    }
}

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
    /// Only a reassignment records these: the coordinating units (phối hợp)
    /// and the leader's note.
    var supportUnitIDs: [UUID]?
    var note: String?

    init(_ task: TaskRecord, supportUnitIDs: [UUID]? = nil, note: String? = nil) {
        title = task.title
        leadUnitID = task.$leadUnit.id
        leaderID = task.$leader.id
        deadline = task.deadline
        originalDeadline = task.originalDeadline
        workflowState = task.workflowState.rawValue
        completedOn = task.completedOn
        self.supportUnitIDs = supportUnitIDs
        self.note = note
    }
}

import Tracking
import TrackingRules

/// Which forms the task page offers: the caller must be allowed the action
/// (AccessPolicy) and the step must make sense where the task stands. Once a
/// unit has reported its part done, it is not asked to report or to ask for
/// time again while the leader decides; a task without a deadline has no
/// deadline to extend.
struct TaskForms {
    let report: Bool
    let extend: Bool
    let confirmCompletion: Bool
    let decideExtension: Bool
    let reassign: Bool

    init(_ detail: TaskDetail, for principal: Principal, on scope: TaskScope) {
        let task = detail.task
        let open = !task.workflowState.isFinished
        let awaiting = task.workflowState == .awaitingConfirmation
        let pendingExtension = detail.extensions.contains { $0.decision == .pending }
        // A coordinating unit's own part, when the caller speaks for one.
        let ownPart = principal.role == .unitMember && principal.unitID != scope.leadUnitID
            ? task.supportUnits.first { $0.id == principal.unitID } : nil
        let partDone = ownPart.map { $0.state == .done } ?? awaiting

        report = open && !partDone && AccessPolicy.allows(principal, .reportProgress, on: scope)
        extend = open && !awaiting && task.deadline != nil && !pendingExtension
            && AccessPolicy.allows(principal, .requestExtension, on: scope)
        confirmCompletion = awaiting && AccessPolicy.allows(principal, .decideCompletion, on: scope)
        decideExtension = pendingExtension && AccessPolicy.allows(principal, .decideExtension, on: scope)
        reassign = open && AccessPolicy.allows(principal, .reassignTask, on: scope)
    }
}

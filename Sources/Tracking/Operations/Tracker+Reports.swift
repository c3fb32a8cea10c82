import FluentKit
import Foundation
import LegalCalendar
import TrackingRules

extension Tracker {
    /// A unit reports on a task. The lead unit's completion report waits for
    /// a leader's confirmation; a coordinating unit's report only moves its
    /// own part of the work.
    @discardableResult
    public func report(on taskID: UUID, _ input: ReportInput, by who: Principal) async throws -> UUID {
        let today = clock.today()
        return try await write { db in
            let task = try await self.task(taskID, on: db)
            let text = input.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw TrackingError(.invalid, "Nội dung báo cáo không được để trống.") }
            guard !task.workflowState.isClosed else {
                throw TrackingError(.conflict, "Nhiệm vụ đã kết thúc, không nhận thêm báo cáo.")
            }
            let completedOn = input.completedOn ?? today
            if input.completed, completedOn > today {
                throw TrackingError(.invalid, "Ngày hoàn thành không được sau ngày hôm nay.")
            }
            let occurrence = try await self.reportedOccurrence(of: task, requested: input.occurrenceID, on: db)
            let report = ProgressReportRecord()
            report.$task.id = taskID
            report.$occurrence.id = occurrence?.id
            report.$author.id = who.id
            report.$unit.id = who.unitID
            report.kind = input.completed ? .completion : .progress
            report.text = text
            report.answerNumber = input.answerNumber
            report.evidenceFileName = input.evidenceFileName
            report.evidence = input.evidence
            report.reportedOn = (input.completed ? completedOn : today).iso
            if task.lastReportedOn.map({ $0 < report.reportedOn }) ?? true { task.lastReportedOn = report.reportedOn }

            let before = TaskSnapshot(task)
            let supporting = try await CoordinationRecord.query(on: db)
                .filter(\.$task.$id == taskID).filter(\.$unit.$id == (who.unitID ?? UUID())).first()
            if let supporting, who.role == .unitMember, who.unitID != task.$leadUnit.id {
                supporting.state = input.completed ? .done : .inProgress
                try await supporting.update(on: db)
                report.decision = .approved
            } else if let occurrence {
                // A recurring duty: the period moves, and the task shows its earliest open period.
                occurrence.workflowState = occurrence.workflowState.after(report: input.completed)
                report.decision = input.completed ? .pending : .approved
                try await occurrence.update(on: db)
                _ = try await self.mirror(try await self.occurrences(of: taskID, on: db), on: task, on: db)
            } else {
                task.workflowState = task.workflowState.after(report: input.completed)
                report.decision = input.completed ? .pending : .approved
            }
            try await report.create(on: db)
            try await task.update(on: db)
            try await AuditLog.record(input.completed ? .reportCompletion : .reportProgress,
                                      entity: TaskRecord.schema, id: taskID,
                                      before: before, after: TaskSnapshot(task), by: who.actor, on: db)
            return try report.requireID()
        }
    }

    /// A leader confirms a reported completion (the task is done on the
    /// reported day) or sends the task back to the unit.
    public func decideCompletion(of taskID: UUID, _ decision: DecisionInput, by actor: Actor) async throws {
        let today = clock.today()
        try await write { db in
            let task = try await self.task(taskID, on: db)
            if try await OccurrenceRecord.query(on: db).filter(\.$task.$id == taskID).count() > 0 {
                return try await self.decideOccurrence(of: task, decision, today: today, by: actor, on: db)
            }
            guard task.workflowState == .awaitingConfirmation,
                  let report = try await ProgressReportRecord.query(on: db)
                    .filter(\.$task.$id == taskID).filter(\.$kind == .completion).filter(\.$decision == .pending)
                    .sort(\.$createdAt, .descending).first()
            else { throw TrackingError(.conflict, "Nhiệm vụ không có báo cáo hoàn thành nào đang chờ xác nhận.") }
            let before = TaskSnapshot(task)
            report.decision = decision.approve ? .approved : .refused
            report.$decidedBy.id = actor.id
            try await report.update(on: db)
            if decision.approve {
                task.workflowState = .done
                task.completedOn = report.reportedOn
            } else {
                task.workflowState = .returned
            }
            try await task.update(on: db)
            try await AuditLog.record(decision.approve ? .confirmCompletion : .returnTask,
                                      entity: TaskRecord.schema, id: taskID,
                                      before: before, after: TaskSnapshot(task), by: actor, on: db)
        }
    }
}

extension Tracker {
    /// The task a report belongs to, for the access check.
    public func taskOfReport(_ id: UUID) async throws -> UUID {
        guard let report = try await ProgressReportRecord.find(id, on: db) else { throw TrackingError.notFound("báo cáo") }
        return report.$task.id
    }

    /// The file a unit attached to a report as evidence.
    public func evidence(ofReport id: UUID) async throws -> (fileName: String, data: Data) {
        guard let report = try await ProgressReportRecord.find(id, on: db) else { throw TrackingError.notFound("báo cáo") }
        guard let data = report.evidence, let name = report.evidenceFileName else {
            throw TrackingError(.notFound, "Báo cáo này không kèm tệp minh chứng.")
        }
        return (name, data)
    }
}

extension WorkflowState {
    /// No more reports are taken once a task is done or withdrawn.
    var isClosed: Bool { self == .done || self == .withdrawn }

    /// The state after the lead unit reports: a completion awaits confirmation; progress
    /// starts the work (or resumes it after a return) and otherwise changes nothing.
    func after(report completed: Bool) -> WorkflowState {
        if completed { return .awaitingConfirmation }
        return self == .notStarted || self == .returned ? .inProgress : self
    }
}

import FluentKit
import Foundation
import LegalCalendar
import TrackingRules

extension Tracker {
    /// The lead unit asks for a later deadline, giving its reason. On a
    /// recurring duty the request is for one period (the one named, else the
    /// current one): the other periods keep their own deadlines.
    @discardableResult
    public func requestExtension(of taskID: UUID, _ input: ExtensionInput, by who: Principal) async throws -> UUID {
        let today = clock.today()
        return try await write { db in
            let task = try await self.task(taskID, on: db)
            let reason = input.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw TrackingError(.invalid, "Cần nêu lý do xin gia hạn.") }
            guard !task.workflowState.isClosed else { throw TrackingError(.conflict, "Nhiệm vụ đã kết thúc, không thể gia hạn.") }
            let period = try await self.extendedOccurrence(of: task, requested: input.occurrenceID, on: db)
            let current = if let period { period.deadline(in: try await PeriodExtensions.approved(of: taskID, on: db)) } else { task.deadline }
            guard input.requestedDeadline > today, current.flatMap(CivilDate.init(iso:)).map({ input.requestedDeadline > $0 }) ?? true
            else { throw TrackingError(.invalid, "Hạn mới phải sau hạn hiện tại và sau ngày hôm nay.") }
            let pendingQuery = ExtensionRecord.query(on: db).filter(\.$task.$id == taskID).filter(\.$decision == .pending)
            if let period { pendingQuery.filter(\.$occurrenceID == period.id) } else { pendingQuery.filter(\.$occurrenceID == nil) }
            let pending = try await pendingQuery.count()
            guard pending == 0 else {
                throw TrackingError(.conflict, period.map { "Kỳ \($0.periodLabel) đã có một đề nghị gia hạn đang chờ duyệt." }
                    ?? "Nhiệm vụ đã có một đề nghị gia hạn đang chờ duyệt.")
            }
            let request = ExtensionRecord()
            request.$task.id = taskID
            request.occurrenceID = try period?.requireID()
            request.$requestedBy.id = who.id
            request.reason = reason
            request.previousDeadline = current
            request.requestedDeadline = input.requestedDeadline.iso
            request.decision = .pending
            try await request.create(on: db)
            let id = try request.requireID()
            var after = ["task": taskID.uuidString, "han_moi": request.requestedDeadline, "ly_do": reason]
            if let period { after["note"] = "Kỳ \(period.periodLabel): xin gia hạn đến \(input.requestedDeadline.vietnamese)" }
            try await AuditLog.record(.requestExtension, entity: ExtensionRecord.schema, id: id,
                                      before: String?.none, after: after, by: who.actor, on: db)
            return id
        }
    }

    /// A leader grants or refuses an extension. Granting moves the deadline in
    /// force (of the task, or of its one period); the original deadline is
    /// never touched.
    public func decideExtension(_ id: UUID, _ decision: DecisionInput, by actor: Actor) async throws {
        let today = clock.today()
        try await write { db in
            guard let request = try await ExtensionRecord.find(id, on: db) else { throw TrackingError.notFound("đề nghị gia hạn") }
            guard request.decision == .pending else { throw TrackingError(.conflict, "Đề nghị gia hạn này đã được quyết định.") }
            let task = try await self.task(request.$task.id, on: db)
            let before = TaskSnapshot(task)
            request.decision = decision.approve ? .approved : .refused
            request.decisionNote = decision.note
            request.$decidedBy.id = actor.id
            request.decidedOn = today.iso
            try await request.update(on: db)
            let action: AuditAction = decision.approve ? .approveExtension : .refuseExtension
            if let periodID = request.occurrenceID {
                guard let period = try await OccurrenceRecord.find(periodID, on: db) else { throw TrackingError.notFound("kỳ báo cáo") }
                // The task shows its current period's deadline in force.
                try await self.rollForward(task, today: today, on: db)
                let deadline = period.deadline(in: try await PeriodExtensions.approved(of: try task.requireID(), on: db))
                try await AuditLog.record(action, entity: TaskRecord.schema, id: try task.requireID(), before: before,
                                          after: OccurrenceSnapshot(period, deadline: deadline, task: task), by: actor, on: db)
                return
            }
            if decision.approve {
                task.deadline = request.requestedDeadline
                try await task.update(on: db)
            }
            try await AuditLog.record(action, entity: TaskRecord.schema, id: try task.requireID(),
                                      before: before, after: TaskSnapshot(task), by: actor, on: db)
        }
    }

    /// The task an extension request belongs to, for the access check.
    public func taskOfExtension(_ id: UUID) async throws -> UUID {
        guard let request = try await ExtensionRecord.find(id, on: db) else { throw TrackingError.notFound("đề nghị gia hạn") }
        return request.$task.id
    }

    /// The period of a recurring duty an extension is asked for: the one
    /// named (of this task, still open), else the current one. Nil for a
    /// one-off task, which cannot name a period.
    func extendedOccurrence(of task: TaskRecord, requested: UUID?, on db: any Database) async throws -> OccurrenceRecord? {
        try await openOccurrence(of: task, requested: requested, on: db,
                                 ifClosed: { "Kỳ \($0) đã hoàn thành, không thể gia hạn." },
                                 ifNone: "Nhiệm vụ định kỳ không còn kỳ nào để gia hạn.")
    }
}

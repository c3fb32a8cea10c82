import FluentKit
import Foundation
import LegalCalendar
import TrackingRules

extension Tracker {
    /// The lead unit asks for a later deadline, giving its reason.
    @discardableResult
    public func requestExtension(of taskID: UUID, _ input: ExtensionInput, by who: Principal) async throws -> UUID {
        let today = clock.today()
        return try await write { db in
            let task = try await self.task(taskID, on: db)
            let reason = input.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw TrackingError(.invalid, "Cần nêu lý do xin gia hạn.") }
            guard !task.workflowState.isClosed else { throw TrackingError(.conflict, "Nhiệm vụ đã kết thúc, không thể gia hạn.") }
            // Each period of a recurring duty has its own deadline; moving the task's would be undone by the next period.
            guard try await OccurrenceRecord.query(on: db).filter(\.$task.$id == taskID).count() == 0 else {
                throw TrackingError(.conflict, "Nhiệm vụ định kỳ được theo dõi theo từng kỳ; chưa hỗ trợ gia hạn một kỳ.")
            }
            guard input.requestedDeadline > today,
                  task.deadline.flatMap(CivilDate.init(iso:)).map({ input.requestedDeadline > $0 }) ?? true
            else { throw TrackingError(.invalid, "Hạn mới phải sau hạn hiện tại và sau ngày hôm nay.") }
            let pending = try await ExtensionRecord.query(on: db)
                .filter(\.$task.$id == taskID).filter(\.$decision == .pending).count()
            guard pending == 0 else { throw TrackingError(.conflict, "Nhiệm vụ đã có một đề nghị gia hạn đang chờ duyệt.") }
            let request = ExtensionRecord()
            request.$task.id = taskID
            request.$requestedBy.id = who.id
            request.reason = reason
            request.previousDeadline = task.deadline
            request.requestedDeadline = input.requestedDeadline.iso
            request.decision = .pending
            try await request.create(on: db)
            let id = try request.requireID()
            try await AuditLog.record(.requestExtension, entity: ExtensionRecord.schema, id: id,
                                      before: String?.none, after: ["task": taskID.uuidString, "han_moi": request.requestedDeadline, "ly_do": reason],
                                      by: who.actor, on: db)
            return id
        }
    }

    /// A leader grants or refuses an extension. Granting moves the deadline in
    /// force; the task's original deadline is never touched.
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
            if decision.approve {
                task.deadline = request.requestedDeadline
                try await task.update(on: db)
            }
            try await AuditLog.record(decision.approve ? .approveExtension : .refuseExtension,
                                      entity: TaskRecord.schema, id: try task.requireID(),
                                      before: before, after: TaskSnapshot(task), by: actor, on: db)
        }
    }

    /// The task an extension request belongs to, for the access check.
    public func taskOfExtension(_ id: UUID) async throws -> UUID {
        guard let request = try await ExtensionRecord.find(id, on: db) else { throw TrackingError.notFound("đề nghị gia hạn") }
        return request.$task.id
    }
}

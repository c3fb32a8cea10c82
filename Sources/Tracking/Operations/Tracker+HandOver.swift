import FluentKit
import Foundation
import LegalCalendar
import TrackingRules

/// Who still belongs to a unit that ended: the administrator moves them.
public struct UnitMember: Codable, Sendable {
    public let id: UUID
    public let username: String
    public let displayName: String
}

/// What a hand-over moves, counted before (preview) or after it runs.
public struct HandOverSummary: Codable, Sendable {
    /// Open tasks the unit leads (chủ trì).
    public let asLead: Int
    /// Open tasks the unit coordinates on (phối hợp).
    public let asSupport: Int
    /// Users attached to the unit, to move by hand.
    public let members: [UnitMember]
}

extension Tracker {
    /// Open work: everything but a confirmed completion and a withdrawal.
    /// A suspended task still belongs to a unit and may resume.
    static let closedStates: [WorkflowState] = [.done, .withdrawn]

    /// What ending `unitID` would move to a successor.
    public func handOverPreview(of unitID: UUID) async throws -> HandOverSummary {
        guard try await UnitRecord.find(unitID, on: db) != nil else { throw TrackingError.notFound("đơn vị") }
        return try await Self.summary(of: unitID, on: db)
    }

    /// Ends a unit after `lastDay` and gives its open work to `successorID`
    /// (a merger, a district abolished in favour of a commune): the unit's
    /// validity and successor are set, its open tasks change lead unit and
    /// its coordinations move, each task with a history line saying so.
    /// Completed and withdrawn tasks stay with the old unit, so reports on
    /// past periods still credit it. One transaction: all of it or nothing.
    public func handOver(unit unitID: UUID, to successorID: UUID, lastDay: CivilDate, by actor: Actor) async throws -> HandOverSummary {
        try await write { db in
            let units = try await UnitRecord.query(on: db).all()
            guard let unit = units.first(where: { $0.id == unitID }) else { throw TrackingError.notFound("đơn vị") }
            guard let successor = units.first(where: { $0.id == successorID }) else { throw TrackingError.notFound("đơn vị kế thừa") }
            let fields = UnitFields(code: unit.code, name: unit.name, parentID: unit.$parent.id,
                                    validFrom: unit.validFromDate, validTo: lastDay, successorID: successorID)
            try UnitRules(units).check(fields, for: unitID)
            if let end = successor.validToDate, end <= lastDay {
                throw TrackingError(.invalid, "\(successor.name) hết hiệu lực ngày \(end.vietnamese), không thể nhận nhiệm vụ chuyển giao sau ngày \(lastDay.vietnamese).")
            }
            let summary = try await Self.summary(of: unitID, on: db)
            let note = "Chuyển từ \(unit.name) sang \(successor.name) do sáp nhập, tổ chức lại (\(unit.name) hết hiệu lực sau ngày \(lastDay.vietnamese))."

            let led = try await TaskRecord.query(on: db).filter(\.$leadUnit.$id == unitID)
                .filter(\.$workflowState !~ Self.closedStates).all()
            for task in led {
                let taskID = try task.requireID()
                let before = TaskSnapshot(task)
                task.$leadUnit.id = successorID
                try await task.update(on: db)
                // The successor cannot also coordinate on what it now leads.
                try await CoordinationRecord.query(on: db).filter(\.$task.$id == taskID).filter(\.$unit.$id == successorID).delete()
                try await AuditLog.record(.handOverTask, entity: TaskRecord.schema, id: taskID,
                                          before: before, after: HandOverNote(note: note, role: "chu_tri", task: TaskSnapshot(task)),
                                          by: actor, on: db)
            }
            let coordinations = try await CoordinationRecord.query(on: db).filter(\.$unit.$id == unitID).with(\.$task).all()
            for coordination in coordinations where !Self.closedStates.contains(coordination.task.workflowState) {
                let task = coordination.task
                let taskID = try task.requireID()
                let alreadyThere = try await CoordinationRecord.query(on: db).filter(\.$task.$id == taskID)
                    .filter(\.$unit.$id == successorID).first() != nil
                if alreadyThere || task.$leadUnit.id == successorID {
                    try await coordination.delete(on: db)
                } else {
                    coordination.$unit.id = successorID
                    try await coordination.update(on: db)
                }
                try await AuditLog.record(.handOverTask, entity: TaskRecord.schema, id: taskID,
                                          before: ["supportUnitID": unitID],
                                          after: HandOverNote(note: note, role: "phoi_hop", task: TaskSnapshot(task)),
                                          by: actor, on: db)
            }

            let before = UnitSnapshot(unit)
            unit.validTo = lastDay.iso
            unit.$successor.id = successorID
            try await unit.update(on: db)
            try await AuditLog.record(.endUnit, entity: UnitRecord.schema, id: unitID, before: before,
                                      after: HandOverNote(note: note, role: nil, task: nil), by: actor, on: db)
            return summary
        }
    }

    static func summary(of unitID: UUID, on db: any Database) async throws -> HandOverSummary {
        let asLead = try await TaskRecord.query(on: db).filter(\.$leadUnit.$id == unitID)
            .filter(\.$workflowState !~ closedStates).count()
        let asSupport = try await CoordinationRecord.query(on: db).filter(\.$unit.$id == unitID)
            .join(TaskRecord.self, on: \CoordinationRecord.$task.$id == \TaskRecord.$id)
            .filter(TaskRecord.self, \.$workflowState !~ closedStates).count()
        let members = try await UserRecord.query(on: db).filter(\.$unit.$id == unitID).sort(\.$username).all()
            .map { UnitMember(id: try $0.requireID(), username: $0.username, displayName: $0.displayName) }
        return HandOverSummary(asLead: asLead, asSupport: asSupport, members: members)
    }
}

/// The history line of a hand-over: its `note`, like a reassignment's, is what the task page shows.
struct HandOverNote: Codable {
    let note: String
    let role: String?
    let task: TaskSnapshot?

    enum CodingKeys: String, CodingKey {
        case note
        case role = "vai_tro"
        case task
    }
}

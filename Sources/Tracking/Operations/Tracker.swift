import FluentKit
import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

/// The tracking operations of one caller. Each one is a single write
/// transaction that also appends to the audit log, so a change and its audit
/// line exist together or not at all.
public struct Tracker: Sendable {
    public let db: any Database
    public let gate: WriteGate
    public let clock: any DayClock
    public let organisationID: UUID

    public init(db: any Database, gate: WriteGate, clock: any DayClock, organisationID: UUID) {
        self.db = db
        self.gate = gate
        self.clock = clock
        self.organisationID = organisationID
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await gate.write(on: db, body)
    }

    func task(_ id: UUID, on db: any Database) async throws -> TaskRecord {
        guard let task = try await TaskRecord.find(id, on: db) else { throw TrackingError.notFound("nhiệm vụ") }
        return task
    }

    func requireUnit(_ id: UUID?, on db: any Database) async throws {
        guard let id else { return }
        guard try await UnitRecord.find(id, on: db) != nil else { throw TrackingError.notFound("đơn vị") }
    }

    func requireLeader(_ id: UUID?, on db: any Database) async throws {
        guard let id else { return }
        guard let user = try await UserRecord.find(id, on: db), user.role == .leader || user.role == .admin else {
            throw TrackingError(.invalid, "Người được giao chỉ đạo phải là lãnh đạo.")
        }
    }

    /// The units a task involves, for the access check.
    /// One statement, as every request on a task pays it: the lead unit
    /// beside each coordinating unit (alone on one row when there is none).
    public func scope(of taskID: UUID) async throws -> TaskScope {
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT t.lead_unit_id, c.unit_id FROM tasks t LEFT JOIN task_coordinators c ON c.task_id = t.id
            WHERE t.id = \(bind: taskID)
            """).all()
        guard let first = rows.first else { throw TrackingError.notFound("nhiệm vụ") }
        return TaskScope(leadUnitID: try first.decode(column: "lead_unit_id", as: UUID?.self),
                         supportUnitIDs: try rows.compactMap { try $0.decode(column: "unit_id", as: UUID?.self) })
    }
}

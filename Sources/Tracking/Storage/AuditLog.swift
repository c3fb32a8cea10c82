import FluentKit
import Foundation

/// Who acts, as the audit log records it.
public struct Actor: Sendable {
    public let id: UUID?
    public let name: String
    public init(id: UUID?, name: String) {
        self.id = id
        self.name = name
    }
    public static let system = Actor(id: nil, name: "hệ thống")
}

/// Appends to the audit log. There is deliberately no function to change or
/// remove an entry.
public enum AuditLog {
    public static func record<Before: Encodable, After: Encodable>(
        _ action: AuditAction, entity: String, id: UUID, before: Before?, after: After?,
        by actor: Actor, on db: any Database
    ) async throws {
        let entry = AuditRecord()
        entry.at = Date()
        entry.actorID = actor.id
        entry.actorName = actor.name
        entry.action = action.rawValue
        entry.entity = entity
        entry.entityID = id
        entry.beforeJSON = try before.map(json)
        entry.afterJSON = try after.map(json)
        try await entry.create(on: db)
    }

    public static func history(of id: UUID, on db: any Database) async throws -> [AuditRecord] {
        try await AuditRecord.query(on: db).filter(\.$entityID == id).sort(\.$at).all()
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

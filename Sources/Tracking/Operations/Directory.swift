import FluentKit
import Foundation
import SQLKit

/// The organisation, its units and its users.
public struct Directory: Sendable {
    public let db: any Database
    public let gate: WriteGate
    /// The server's copy of the working calendar, when it keeps one: read
    /// through it; a write through the gate drops it.
    public let calendarCache: WorkCalendarCache?

    public init(db: any Database, gate: WriteGate, calendarCache: WorkCalendarCache? = nil) {
        self.db = db
        self.gate = gate
        self.calendarCache = calendarCache
    }

    /// The installation's organisation, created on first start.
    public func organisation(named name: String) async throws -> UUID {
        if let existing = try await OrganisationRecord.query(on: db).sort(\.$createdAt).first() {
            return try existing.requireID()
        }
        return try await gate.write(on: db) { db in
            let org = OrganisationRecord(name: name)
            try await org.create(on: db)
            return try org.requireID()
        }
    }

    public func units() async throws -> [UnitRecord] {
        try await UnitRecord.query(on: db).sort(\.$name).all()
    }

    /// Every unit's id and name, by name: what a page's unit picker needs,
    /// read without decoding whole unit models (aliases and all).
    public func unitNames() async throws -> [UnitRef] {
        try await (db as! any SQLDatabase).raw("SELECT id, name FROM units ORDER BY name").all().map {
            UnitRef(id: try $0.uuid("id"), name: try $0.text("name"))  // RowReading: 135 units a list page
        }
    }

    /// The leaders (lãnh đạo) by name, for the list's "leader" filter.
    public func leaderNames() async throws -> [(id: UUID, name: String)] {
        try await (db as! any SQLDatabase)
            .raw("SELECT id, display_name FROM users WHERE role = \(bind: UserRole.leader.rawValue) ORDER BY display_name").all().map {
                (try $0.uuid("id"), try $0.text("display_name"))
            }
    }

    /// Teaches the directory another spelling of a unit, so the next document
    /// that writes it that way resolves by itself. A spelling the unit already
    /// has is left as it is; one another unit goes by is refused (the alias
    /// rule of `addAlias`).
    public func teach(alias: String, to unitID: UUID, by actor: Actor) async throws {
        try await gate.write(on: db) { db in
            try await Self.learn(alias, to: unitID, by: actor, on: db, knownIsRefused: false)
        }
    }

    /// The unit whose name or one of whose aliases reads `name`, ignoring
    /// case and diacritics.
    public func resolve(_ name: String) async throws -> UnitRecord? {
        let wanted = SearchFolding.fold(name.trimmingCharacters(in: .whitespacesAndNewlines))
        return try await units().first { unit in
            SearchFolding.fold(unit.name) == wanted || unit.aliases.contains { SearchFolding.fold($0) == wanted }
        }
    }
}

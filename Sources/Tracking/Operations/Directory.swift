import FluentKit
import Foundation

/// The organisation, its units and its users.
public struct Directory: Sendable {
    public let db: any Database
    public let gate: WriteGate

    public init(db: any Database, gate: WriteGate) {
        self.db = db
        self.gate = gate
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

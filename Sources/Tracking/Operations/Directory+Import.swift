import FluentKit
import Foundation

/// The unit directory file (Fixtures/units/directory.json): units with their
/// aliases, parent, validity and successor, linked by stable ids.
public struct UnitDirectoryFile: Decodable, Sendable {
    public struct Entry: Decodable, Sendable {
        public let id: String
        public let name: String
        public let aliases: [String]
        public let parent: String?
        public let validFrom: String?
        public let validTo: String?
        public let successor: String?
    }
    public let units: [Entry]
}

extension Directory {
    /// Adds the units of a directory file that are not there yet (matched by
    /// id), then links parents and successors, in one transaction. Returns
    /// every unit's database id by directory id.
    @discardableResult
    public func importUnits(_ file: UnitDirectoryFile, organisationID: UUID, by actor: Actor) async throws -> [String: UUID] {
        try await gate.write(on: db) { db in
            var ids: [String: UUID] = [:]
            for unit in try await UnitRecord.query(on: db).all() { ids[unit.code] = try unit.requireID() }
            var added: [UnitRecord] = []
            for entry in file.units where ids[entry.id] == nil {
                let unit = UnitRecord(organisationID: organisationID, code: entry.id, name: entry.name, aliases: entry.aliases)
                unit.validFrom = entry.validFrom
                unit.validTo = entry.validTo
                try await unit.create(on: db)
                ids[entry.id] = try unit.requireID()
                added.append(unit)
            }
            let entries = Dictionary(file.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for unit in added {
                guard let entry = entries[unit.code] else { continue }
                unit.$parent.id = entry.parent.flatMap { ids[$0] }
                unit.$successor.id = entry.successor.flatMap { ids[$0] }
                if unit.$parent.id != nil || unit.$successor.id != nil { try await unit.update(on: db) }
            }
            if !added.isEmpty {
                try await AuditLog.record(.importUnits, entity: UnitRecord.schema, id: organisationID,
                                          before: String?.none, after: ["so_don_vi_them": String(added.count)], by: actor, on: db)
            }
            return ids
        }
    }
}

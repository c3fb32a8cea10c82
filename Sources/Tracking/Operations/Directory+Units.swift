import FluentKit
import Foundation
import LegalCalendar

/// What the audit log keeps of a unit before and after a change.
struct UnitSnapshot: Codable {
    let code: String
    let name: String
    let aliases: [String]
    let parentID: UUID?
    let validFrom: String?
    let validTo: String?
    let successorID: UUID?

    init(_ unit: UnitRecord) {
        code = unit.code
        name = unit.name
        aliases = unit.aliases
        parentID = unit.$parent.id
        validFrom = unit.validFrom
        validTo = unit.validTo
        successorID = unit.$successor.id
    }
}

extension Directory {
    /// Creates a unit with its place in the tree and its validity; refused
    /// (nothing stored) when the code is taken or the links would loop.
    @discardableResult
    public func createUnit(organisationID: UUID, _ fields: UnitFields, aliases: [String] = [], by actor: Actor) async throws -> UUID {
        try await gate.write(on: db) { db in
            let units = try await UnitRecord.query(on: db).all()
            try UnitRules(units).check(fields, for: nil)
            let code = fields.code.trimmingCharacters(in: .whitespaces)
            if units.contains(where: { $0.code == code }) { throw TrackingError(.conflict, "Mã đơn vị \(code) đã tồn tại.") }
            let unit = UnitRecord(organisationID: organisationID, code: code, name: fields.name.trimmingCharacters(in: .whitespaces))
            Self.apply(fields, to: unit)
            for alias in aliases {
                try Self.checkAlias(alias, for: unit, among: units)
                unit.aliases.append(Self.clean(alias))
            }
            try await unit.create(on: db)
            let id = try unit.requireID()
            try await AuditLog.record(.createUnit, entity: UnitRecord.schema, id: id,
                                      before: UnitSnapshot?.none, after: UnitSnapshot(unit), by: actor, on: db)
            return id
        }
    }

    /// Changes a unit's code, name, parent, validity or successor. Moving open
    /// tasks to a successor is `Tracker.handOver`; this only edits the record.
    public func updateUnit(_ id: UUID, _ fields: UnitFields, by actor: Actor) async throws {
        try await gate.write(on: db) { db in
            let units = try await UnitRecord.query(on: db).all()
            guard let unit = units.first(where: { $0.id == id }) else { throw TrackingError.notFound("đơn vị") }
            try UnitRules(units).check(fields, for: id)
            let code = fields.code.trimmingCharacters(in: .whitespaces)
            if units.contains(where: { $0.code == code && $0.id != id }) { throw TrackingError(.conflict, "Mã đơn vị \(code) đã tồn tại.") }
            let before = UnitSnapshot(unit)
            unit.code = code
            unit.name = fields.name.trimmingCharacters(in: .whitespaces)
            Self.apply(fields, to: unit)
            try await unit.update(on: db)
            try await AuditLog.record(.editUnit, entity: UnitRecord.schema, id: id,
                                      before: before, after: UnitSnapshot(unit), by: actor, on: db)
        }
    }

    /// Adds another name for a unit, refusing one it already has or one that
    /// another unit of the same period goes by (a document naming it could
    /// not tell them apart). Clerks teaching from a draft use `teach`, which
    /// ignores a name the unit already has instead.
    public func addAlias(_ alias: String, to id: UUID, by actor: Actor) async throws {
        try await gate.write(on: db) { db in
            try await Self.learn(alias, to: id, by: actor, on: db, knownIsRefused: true)
        }
    }

    /// Adds `alias` to the unit in the caller's transaction, by the alias
    /// rule. A name the unit already goes by is refused when `knownIsRefused`,
    /// else left as it is.
    static func learn(_ alias: String, to id: UUID, by actor: Actor, on db: any Database, knownIsRefused: Bool) async throws {
        let units = try await UnitRecord.query(on: db).all()
        guard let unit = units.first(where: { $0.id == id }) else { throw TrackingError.notFound("đơn vị") }
        if knownIsRefused { try checkAlias(alias, for: unit, among: units) } else if try isKnownAlias(alias, of: unit, among: units) { return }
        let before = unit.aliases
        unit.aliases.append(clean(alias))
        try await unit.update(on: db)
        try await AuditLog.record(.teachAlias, entity: UnitRecord.schema, id: id, before: before, after: unit.aliases, by: actor, on: db)
    }

    public func removeAlias(_ alias: String, from id: UUID, by actor: Actor) async throws {
        try await gate.write(on: db) { db in
            guard let unit = try await UnitRecord.find(id, on: db) else { throw TrackingError.notFound("đơn vị") }
            let before = unit.aliases
            unit.aliases.removeAll { $0 == alias }
            guard unit.aliases.count < before.count else {
                throw TrackingError(.notFound, "Đơn vị \(unit.name) không có tên gọi khác \"\(alias)\".")
            }
            try await unit.update(on: db)
            try await AuditLog.record(.removeAlias, entity: UnitRecord.schema, id: id, before: before, after: unit.aliases, by: actor, on: db)
        }
    }

    static func clean(_ alias: String) -> String {
        alias.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A new name for a unit: refused when it already goes by it, or by the alias rule.
    static func checkAlias(_ alias: String, for unit: UnitRecord, among units: [UnitRecord]) throws(TrackingError) {
        if try isKnownAlias(alias, of: unit, among: units) {
            throw TrackingError(.conflict, "\"\(clean(alias))\" đã là tên hoặc tên gọi khác của \(unit.name).")
        }
    }

    /// The alias rule, one for the administrator's forms and for a clerk
    /// teaching from a draft: a name is refused when blank or when another
    /// unit of an overlapping period goes by it (a document naming it could
    /// not tell them apart). Returns whether the unit already goes by it.
    static func isKnownAlias(_ alias: String, of unit: UnitRecord, among units: [UnitRecord]) throws(TrackingError) -> Bool {
        let alias = clean(alias)
        guard !alias.isEmpty else { throw TrackingError(.invalid, "Tên gọi khác không được để trống.") }
        let folded = SearchFolding.fold(alias)
        if let other = units.first(where: { $0.id != unit.id && $0.overlaps(unit) && $0.foldedNames.contains(folded) }) {
            throw TrackingError(.conflict, "\"\(alias)\" đã là tên gọi của \(other.name), đơn vị cùng thời gian hoạt động: một văn bản ghi tên này sẽ không phân biệt được hai đơn vị.")
        }
        return unit.foldedNames.contains(folded)
    }

    private static func apply(_ fields: UnitFields, to unit: UnitRecord) {
        unit.$parent.id = fields.parentID
        unit.validFrom = fields.validFrom?.iso
        unit.validTo = fields.validTo?.iso
        unit.$successor.id = fields.successorID
    }
}

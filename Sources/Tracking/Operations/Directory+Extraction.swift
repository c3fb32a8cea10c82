import Extraction
import FluentKit
import Foundation
import LegalCalendar

extension Directory {
    /// The units as the extractor's directory: names, aliases (including the
    /// ones clerks taught), validity and successors, keyed by unit code.
    public func unitDirectory() async throws -> UnitDirectory {
        let units = try await units()
        var codes: [UUID: String] = [:]
        for unit in units { codes[try unit.requireID()] = unit.code }
        return UnitDirectory(entries: units.map { unit in
            UnitEntry(id: unit.code, name: unit.name, aliases: unit.aliases,
                      parent: unit.$parent.id.flatMap { codes[$0] },
                      validFrom: unit.validFrom.flatMap(CivilDate.init(iso:)),
                      validTo: unit.validTo.flatMap(CivilDate.init(iso:)),
                      successor: unit.$successor.id.flatMap { codes[$0] })
        })
    }

    /// Database ids by unit code.
    public func unitIDsByCode() async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        for unit in try await units() { ids[unit.code] = try unit.requireID() }
        return ids
    }

    /// The working calendar with the administrator's local overrides.
    public func workCalendar() async throws -> WorkCalendar {
        if let calendarCache { return try await calendarCache.calendar(on: db) }
        return try await WorkCalendar.withOverrides(on: db)
    }
}

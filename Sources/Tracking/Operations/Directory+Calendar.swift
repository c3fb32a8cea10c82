import FluentKit
import Foundation
import LegalCalendar

extension Directory {
    /// The office's overrides in date order, each with the id that withdraws it.
    public func dayOverrides() async throws -> [DayOverrideEntry] {
        try await DayOverrideRecord.query(on: db).sort(\.$date).all().compactMap(DayOverrideEntry.init)
    }

    /// Declares a day a working day or a day off for this office (a day off
    /// announced late, a Saturday worked in exchange), replacing any earlier
    /// declaration for that day.
    public func setOverride(_ day: DayOverride, by actor: Actor) async throws {
        let name = day.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw TrackingError(.invalid, "Cần ghi lý do (tên ngày nghỉ hoặc ngày làm bù).") }
        try await gate.write(on: db) { db in
            let existing = try await DayOverrideRecord.query(on: db).filter(\.$date == day.date.iso).first()
            let record = existing ?? DayOverrideRecord()
            let before = existing.map { ["ngay": $0.date, "lam_viec": String($0.isWorkingDay), "ten": $0.name] }
            record.date = day.date.iso
            record.isWorkingDay = day.isWorkingDay
            record.name = name
            try await record.save(on: db)
            try await AuditLog.record(.setDayOverride, entity: DayOverrideRecord.schema, id: try record.requireID(),
                                      before: before, after: ["ngay": record.date, "lam_viec": String(record.isWorkingDay), "ten": name],
                                      by: actor, on: db)
        }
    }
}

extension Directory {
    /// Withdraws one of the office's declarations; its day follows the
    /// national calendar again. Returns what was withdrawn (nil only if its
    /// stored day was unreadable).
    @discardableResult
    public func removeOverride(_ id: UUID, by actor: Actor) async throws -> DayOverrideEntry? {
        return try await gate.write(on: db) { db in
            guard let record = try await DayOverrideRecord.find(id, on: db) else {
                throw TrackingError.notFound("điều chỉnh lịch")
            }
            let before = ["ngay": record.date, "lam_viec": String(record.isWorkingDay), "ten": record.name]
            try await record.delete(on: db)
            try await AuditLog.record(.removeDayOverride, entity: DayOverrideRecord.schema, id: id,
                                      before: before, after: [String: String]?.none, by: actor, on: db)
            return try DayOverrideEntry(record)
        }
    }
}

/// A stored override with its id, as the administration lists it.
public struct DayOverrideEntry: Codable, Sendable, Equatable {
    public let id: UUID
    public let date: CivilDate
    public let isWorkingDay: Bool
    public let name: String

    /// The override as the calendar applies it.
    public var day: DayOverride { DayOverride(date: date, isWorkingDay: isWorkingDay, name: name) }

    init?(_ record: DayOverrideRecord) throws {
        guard let date = CivilDate(iso: record.date) else { return nil }
        self.init(id: try record.requireID(), date: date, isWorkingDay: record.isWorkingDay, name: record.name)
    }

    init(id: UUID, date: CivilDate, isWorkingDay: Bool, name: String) {
        self.id = id
        self.date = date
        self.isWorkingDay = isWorkingDay
        self.name = name
    }
}

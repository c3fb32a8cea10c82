import FluentKit
import Foundation
import LegalCalendar

extension Directory {
    public func dayOverrides() async throws -> [DayOverride] {
        try await DayOverrideRecord.query(on: db).sort(\.$date).all().compactMap { record in
            CivilDate(iso: record.date).map { DayOverride(date: $0, isWorkingDay: record.isWorkingDay, name: record.name) }
        }
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
    /// Withdraws the office's declaration for a day, which then follows the
    /// national calendar again.
    public func removeOverride(on date: CivilDate, by actor: Actor) async throws {
        try await gate.write(on: db) { db in
            guard let record = try await DayOverrideRecord.query(on: db).filter(\.$date == date.iso).first() else {
                throw TrackingError.notFound("điều chỉnh lịch cho ngày \(date.vietnamese)")
            }
            let before = ["ngay": record.date, "lam_viec": String(record.isWorkingDay), "ten": record.name]
            try await record.delete(on: db)
            try await AuditLog.record(.removeDayOverride, entity: DayOverrideRecord.schema, id: try record.requireID(),
                                      before: before, after: [String: String]?.none, by: actor, on: db)
        }
    }
}

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

import FluentKit
import LegalCalendar

extension WorkCalendar {
    /// The national calendar with the administrator's local overrides, read
    /// on `db` (inside a write transaction when the caller is in one).
    static func withOverrides(on db: any Database) async throws -> WorkCalendar {
        let overrides = try await DayOverrideRecord.query(on: db).all().compactMap { record in
            CivilDate(iso: record.date).map { DayOverride(date: $0, isWorkingDay: record.isWorkingDay, name: record.name) }
        }
        return WorkCalendar.vietnam.with(overrides: overrides)
    }
}

import FluentKit
import LegalCalendar

/// The working calendar reports count on: the national calendar with the
/// administrator's local overrides (a day off announced late, a Saturday
/// worked in exchange).
public enum ReportCalendar {
    public static func load(on db: any Database) async throws -> WorkCalendar {
        let overrides = try await DayOverrideRecord.query(on: db).all().compactMap { record -> DayOverride? in
            guard let date = CivilDate(iso: record.date) else { return nil }
            return DayOverride(date: date, isWorkingDay: record.isWorkingDay, name: record.name)
        }
        return WorkCalendar.vietnam.with(overrides: overrides)
    }
}

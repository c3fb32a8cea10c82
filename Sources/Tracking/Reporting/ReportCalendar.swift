import FluentKit
import LegalCalendar

/// The working calendar reports count on: the national calendar with the
/// administrator's local overrides, as the task lists use it.
public enum ReportCalendar {
    public static func load(on db: any Database) async throws -> WorkCalendar {
        try await Directory(db: db, gate: WriteGate(database: db)).workCalendar()
    }
}

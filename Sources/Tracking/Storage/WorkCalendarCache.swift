import FluentKit
import LegalCalendar

/// The working calendar with the office's overrides, kept between requests:
/// every list and task page classifies deadlines on it, and reading the
/// `day_overrides` table for each request cost a statement and a model decode.
/// Kept as any result computed from the database is (`WriteScopedCache`):
/// read again after a write of this server ends (an override is written
/// through the gate like everything else), and at most 30 s old for another
/// server's override on a shared PostgreSQL (a day off declared late, a few a
/// year).
public typealias WorkCalendarCache = WriteScopedCache<WorkCalendarCacheKey, WorkCalendar>

public enum WorkCalendarCacheKey: Hashable, Sendable {
    case withOverrides
}

extension WriteScopedCache where Key == WorkCalendarCacheKey, Value == WorkCalendar {
    public convenience init(gate: WriteGate) {
        self.init(gate: gate, capacity: 1, lifetime: .seconds(30))
    }

    /// The cached calendar, read from `db` when there is none or it is stale.
    public func calendar(on db: any Database) async throws -> WorkCalendar {
        try await value(for: .withOverrides) { try await WorkCalendar.withOverrides(on: db) }
    }
}

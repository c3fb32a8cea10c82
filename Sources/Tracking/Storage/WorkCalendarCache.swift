import FluentKit
import Foundation
import LegalCalendar

/// The working calendar with the office's overrides, kept between requests:
/// every list and task page classifies deadlines on it, and reading the
/// `day_overrides` table for each request cost a statement and a model decode.
///
/// A change made through this server (`Directory.setOverride` /
/// `removeOverride`) invalidates it when its transaction has committed. Several
/// servers on one PostgreSQL database do not hear of each other's changes, so
/// a copy is also dropped after `lifetime`: another server's override (a
/// day off declared late, a few a year) counts there at most that long after.
public final class WorkCalendarCache: @unchecked Sendable {
    public static let standardLifetime: Duration = .seconds(30)

    private let lock = NSLock()
    private let lifetime: Duration
    private var calendar: WorkCalendar?
    private var loadedAt = ContinuousClock.now
    /// Bumped by every invalidation, so that a read which began before a
    /// change cannot store the calendar it read after the change dropped it.
    private var generation = 0

    public init(lifetime: Duration = WorkCalendarCache.standardLifetime) {
        self.lifetime = lifetime
    }

    /// The cached calendar, read from `db` when there is none or it is too old.
    public func calendar(on db: any Database) async throws -> WorkCalendar {
        let (cached, generation) = lock.withLock { () -> (WorkCalendar?, Int) in
            guard let calendar, ContinuousClock.now - loadedAt < lifetime else { return (nil, self.generation) }
            return (calendar, self.generation)
        }
        if let cached { return cached }
        let fresh = try await WorkCalendar.withOverrides(on: db)
        lock.withLock {
            guard self.generation == generation else { return }
            calendar = fresh
            loadedAt = .now
        }
        return fresh
    }

    /// Drops the cached calendar: the next request reads the table again.
    public func invalidate() {
        lock.withLock {
            calendar = nil
            generation += 1
        }
    }
}

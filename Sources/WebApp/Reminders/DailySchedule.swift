import Foundation
import LegalCalendar

/// Time as the scheduler needs it. Live: `SystemSchedulerClock`; tests use
/// `VirtualSchedulerClock`, which jumps to each wake-up at once.
public protocol SchedulerClock: Sendable {
    func now() -> Date
    /// Returns at `date` (or throws when the task is cancelled).
    func sleep(until date: Date) async throws
}

public struct SystemSchedulerClock: SchedulerClock {
    public init() {}
    public func now() -> Date { Date() }
    public func sleep(until date: Date) async throws {
        let seconds = date.timeIntervalSinceNow
        if seconds > 0 { try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000)) }
    }
}

/// Virtual time: `sleep(until:)` moves the clock there immediately, so a test
/// can live through several days of schedule in milliseconds.
public final class VirtualSchedulerClock: SchedulerClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(start: Date) { current = start }

    public func now() -> Date { lock.withLock { current } }

    public func sleep(until date: Date) async throws {
        try Task.checkCancellation()
        lock.withLock { current = max(current, date) }
        await Task.yield()
    }
}

/// Once a day at `hour` o'clock, Vietnam time (UTC+7, no daylight saving).
public struct DailySchedule: Sendable, Equatable {
    public var hour: Int

    public init(hour: Int) { self.hour = min(23, max(0, hour)) }

    static let vietnamOffset = 7 * 3600

    /// The civil date in Vietnam at `instant`: the digest date of a run.
    public static func vietnamDate(_ instant: Date) -> CivilDate {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + vietnamOffset
        return CivilDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// The first run time strictly after `instant`.
    public func nextRun(after instant: Date) -> Date {
        let day = Self.vietnamDate(instant)
        let todayRun = run(on: day)
        return todayRun > instant ? todayRun : run(on: day.adding(days: 1))
    }

    /// The run time on a Vietnamese civil date.
    func run(on day: CivilDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + hour * 3600 - Self.vietnamOffset))
    }
}

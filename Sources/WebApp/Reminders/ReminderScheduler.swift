import Foundation
import LegalCalendar
import Vapor

/// Runs the reminder job inside the server: once at start-up (a run missed
/// while the server was down is caught up; a run already made sends nothing
/// again) and then every day at the scheduled hour.
final class ReminderScheduler: LifecycleHandler, @unchecked Sendable {
    let schedule: DailySchedule
    let clock: any SchedulerClock
    /// Stops after this many runs (tests); nil runs until shutdown.
    let maxRuns: Int?
    private var task: Task<Void, Never>?
    private let lock = NSLock()

    init(schedule: DailySchedule, clock: any SchedulerClock, maxRuns: Int? = nil) {
        self.schedule = schedule
        self.clock = clock
        self.maxRuns = maxRuns
    }

    func didBootAsync(_ app: Application) async throws {
        let job = ReminderJob(app: app)
        let schedule = schedule, clock = clock, maxRuns = maxRuns, logger = app.logger
        let task = Task {
            var runs = 0
            while !Task.isCancelled {
                let date = DailySchedule.vietnamDate(clock.now())
                do {
                    _ = try await job.run(on: date)
                } catch {
                    logger.report(error: error)
                }
                runs += 1
                if let maxRuns, runs >= maxRuns { return }
                do { try await clock.sleep(until: schedule.nextRun(after: clock.now())) } catch { return }
            }
        }
        lock.withLock { self.task = task }
    }

    func shutdownAsync(_ app: Application) async {
        let task = lock.withLock { self.task }
        task?.cancel()
        await task?.value
    }

    /// Waits for a bounded scheduler to finish its runs (tests).
    func finished() async {
        let task = lock.withLock { self.task }
        await task?.value
    }
}

import Vapor

/// Reports, the dashboard and reminders: their settings, routes and the
/// daily reminder job. The job runs in the server when the settings schedule
/// it; settings read from the environment schedule it except under tests.
func configureReporting(_ app: Application, _ settings: AppSettings) throws {
    var reporting = settings.reporting ?? .fromEnvironment(issuer: settings.organisationName)
    if settings.reporting == nil, app.environment == .testing { reporting.reminders.schedule = nil }
    app.reporting = reporting

    try app.register(collection: ReportsController())
    try app.register(collection: DashboardController())
    try app.register(collection: RemindersController())

    if let schedule = reporting.reminders.schedule {
        let scheduler = ReminderScheduler(schedule: schedule, clock: reporting.reminders.clock, maxRuns: reporting.reminders.maxRuns)
        app.lifecycle.use(scheduler)
        app.reminderScheduler = scheduler
    }
}

extension Application {
    private struct SchedulerKey: StorageKey { typealias Value = ReminderScheduler }

    /// The running daily job, if the settings schedule one.
    var reminderScheduler: ReminderScheduler? {
        get { storage[SchedulerKey.self] }
        set { storage[SchedulerKey.self] = newValue }
    }
}

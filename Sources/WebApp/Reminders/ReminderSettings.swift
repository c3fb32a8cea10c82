import Foundation

/// How reminders go out. From the environment:
/// DONDOC_REMIND_DAYS (working days ahead, default 3), DONDOC_REMIND_HOUR
/// (hour of the daily run, Vietnam time, default 7), DONDOC_SMTP_HOST / _PORT /
/// _USER / _PASSWORD / _FROM, DONDOC_WEBHOOK_URL / DONDOC_WEBHOOK_SECRET,
/// DONDOC_APP_URL (links in e-mails).
public struct ReminderSettings: Sendable {
    public var dueWithinWorkingDays = 3
    /// When the server runs the daily job; nil: the server does not (use `dondoc remind`).
    public var schedule: DailySchedule?
    public var smtp: SMTPSettings?
    public var webhooks: [WebhookEndpoint] = []
    public var appURL = "http://127.0.0.1:8080"
    /// The scheduler's time: the system clock, or virtual time in tests.
    public var clock: any SchedulerClock = SystemSchedulerClock()
    /// Stop the scheduled job after this many runs (tests); nil: run until shutdown.
    public var maxRuns: Int?

    public init(dueWithinWorkingDays: Int = 3, schedule: DailySchedule? = nil, smtp: SMTPSettings? = nil,
                webhooks: [WebhookEndpoint] = [], appURL: String = "http://127.0.0.1:8080") {
        self.dueWithinWorkingDays = dueWithinWorkingDays
        self.schedule = schedule
        self.smtp = smtp
        self.webhooks = webhooks
        self.appURL = appURL
    }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> ReminderSettings {
        var settings = ReminderSettings()
        if let days = env["DONDOC_REMIND_DAYS"].flatMap(Int.init), days >= 0 { settings.dueWithinWorkingDays = days }
        settings.schedule = DailySchedule(hour: env["DONDOC_REMIND_HOUR"].flatMap(Int.init) ?? 7)
        if let host = env["DONDOC_SMTP_HOST"], !host.isEmpty {
            settings.smtp = SMTPSettings(host: host, port: env["DONDOC_SMTP_PORT"].flatMap(Int.init) ?? 25,
                                         username: env["DONDOC_SMTP_USER"], password: env["DONDOC_SMTP_PASSWORD"],
                                         from: env["DONDOC_SMTP_FROM"] ?? "dondoc@localhost")
        }
        if let url = env["DONDOC_WEBHOOK_URL"], !url.isEmpty {
            settings.webhooks = [WebhookEndpoint(url: url, secret: env["DONDOC_WEBHOOK_SECRET"] ?? "")]
        }
        if let url = env["DONDOC_APP_URL"] { settings.appURL = url }
        return settings
    }
}

public struct SMTPSettings: Sendable {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var from: String
    public var timeoutSeconds = 20

    public init(host: String, port: Int = 25, username: String? = nil, password: String? = nil, from: String) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
    }
}

public struct WebhookEndpoint: Sendable {
    public var url: String
    /// The HMAC-SHA256 key of the X-Dondoc-Signature header.
    public var secret: String

    public init(url: String, secret: String) {
        self.url = url
        self.secret = secret
    }
}

import Fluent
import Foundation
import LegalCalendar
import SQLKit
import Tracking
import Vapor

/// The daily reminder run: computes the day's digests and delivers each one
/// once per channel — the app's notification list, e-mail, webhooks — through
/// the delivery ledger, so running it again (after a restart, or by hand with
/// `dondoc remind`) sends nothing twice.
public struct ReminderJob: Sendable {
    /// What one run did.
    public struct Outcome: Sendable, Equatable, CustomStringConvertible {
        public var digests = 0
        public var notified = 0
        public var emailed = 0
        public var posted = 0
        public var alreadyDone = 0
        public var failures: [String] = []

        public var description: String {
            "\(digests) bản nhắc việc; \(notified) thông báo trong ứng dụng, \(emailed) thư điện tử, \(posted) webhook; "
                + "\(alreadyDone) đã gửi trước đó; \(failures.count) lỗi"
        }
    }

    let db: any Database
    let gate: WriteGate
    let settings: ReminderSettings
    let mailer: (any Mailer)?
    let webhooks: WebhookSender
    let logger: Logger
    let organisationID: UUID

    public init(app: Application) {
        let settings = app.reporting.reminders
        self.db = app.db
        self.gate = app.dondoc.gate
        self.settings = settings
        self.mailer = settings.smtp.map { SMTPMailer(settings: $0) }
        self.webhooks = WebhookSender(client: app.client)
        self.logger = app.logger
        self.organisationID = app.dondoc.organisationID
    }

    public func run(on date: CivilDate) async throws -> Outcome {
        var outcome = Outcome()
        // Recurring duties first, so the digests see each duty's current period.
        try await Tracker(db: db, gate: gate, clock: FixedDayClock(date), organisationID: organisationID).rollForwardAllDuties()
        let digests = try await ReminderDigests(db: db, dueWithinWorkingDays: settings.dueWithinWorkingDays).compute(on: date)
        outcome.digests = digests.count
        let recipients = try await ReminderRecipients.load(on: db)
        let ledger = DeliveryLedger(db: db, gate: gate)
        for digest in digests {
            for user in recipients.users(for: digest) {
                try await notify(user, digest, ledger, &outcome)
                if let email = user.email, let mailer, let smtp = settings.smtp {
                    try await sendEmail(email, digest, mailer, smtp, ledger, &outcome)
                }
            }
            for endpoint in settings.webhooks {
                try await post(digest, endpoint, ledger, &outcome)
            }
        }
        logger.info("Nhắc việc ngày \(date.iso): \(outcome)")
        return outcome
    }

    private func notify(_ user: ReminderRecipients.User, _ digest: ReminderDigest, _ ledger: DeliveryLedger,
                        _ outcome: inout Outcome) async throws {
        let notification = NotificationRecord(userID: user.id, digestDate: digest.date.iso, title: digest.subject, body: digest.text,
                                              link: digest.audience == .unit ? SiteRoute.reports.path(query: ["unit": digest.audienceID.uuidString]) : SiteRoute.dashboard.path)
        let claimed = try await ledger.claim(channel: "in_app", recipient: "user:\(user.id)|\(digest.key)", date: digest.date.iso) { db in
            try await notification.create(on: db)
        }
        if claimed == nil { outcome.alreadyDone += 1 } else { outcome.notified += 1 }
    }

    private func sendEmail(_ address: String, _ digest: ReminderDigest, _ mailer: any Mailer, _ smtp: SMTPSettings,
                       _ ledger: DeliveryLedger, _ outcome: inout Outcome) async throws {
        guard let id = try await ledger.claim(channel: "email", recipient: "\(address)|\(digest.key)", date: digest.date.iso) else {
            outcome.alreadyDone += 1
            return
        }
        let body = digest.text + "\n\nXem chi tiết: \(settings.appURL)/notifications"
        do {
            try await mailer.send(MailMessage(from: smtp.from, to: address, subject: digest.subject, body: body))
            try await ledger.finish(id, error: nil)
            outcome.emailed += 1
        } catch {
            try await ledger.finish(id, error: String(describing: error))
            outcome.failures.append("Thư tới \(address): \(error)")
        }
    }

    private func post(_ digest: ReminderDigest, _ endpoint: WebhookEndpoint, _ ledger: DeliveryLedger,
                      _ outcome: inout Outcome) async throws {
        guard let id = try await ledger.claim(channel: "webhook", recipient: "\(endpoint.url)|\(digest.key)", date: digest.date.iso) else {
            outcome.alreadyDone += 1
            return
        }
        do {
            try await webhooks.post(digest, deliveryID: id, to: endpoint)
            try await ledger.finish(id, error: nil)
            outcome.posted += 1
        } catch {
            try await ledger.finish(id, error: String(describing: error))
            outcome.failures.append("Webhook \(endpoint.url): \(error)")
        }
    }
}

/// Who reads a digest: the active members of the unit, or the leader.
struct ReminderRecipients {
    struct User { let id: UUID; let unitID: UUID?; let email: String? }
    let all: [User]

    static func load(on db: any Database) async throws -> ReminderRecipients {
        let rows = try await (db as! any SQLDatabase).raw("SELECT id, unit_id, email FROM users WHERE active = \(bind: true)").all()
        return ReminderRecipients(all: try rows.map {
            User(id: try $0.decode(column: "id", as: UUID.self), unitID: try $0.decode(column: "unit_id", as: UUID?.self),
                 email: try $0.decode(column: "email", as: String?.self).flatMap { $0.isEmpty ? nil : $0 })
        })
    }

    func users(for digest: ReminderDigest) -> [User] {
        switch digest.audience {
        case .unit: return all.filter { $0.unitID == digest.audienceID }
        case .leader: return all.filter { $0.id == digest.audienceID }
        }
    }
}

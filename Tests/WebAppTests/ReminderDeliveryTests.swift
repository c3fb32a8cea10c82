import Fluent
import Foundation
import LegalCalendar
import SQLKit
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The daily reminders, delivered to a real SMTP server and a real webhook
    /// receiver on 127.0.0.1, and not delivered again by a second run of the
    /// same day in a fresh application on the same database.
    @Suite struct ReminderDeliveryTests {
        static let day = CivilDate(year: 2026, month: 11, day: 15)!

        @Test func eachDigestGoesOutOncePerChannelAcrossARestart() async throws {
            guard TestApp.postgresURL == nil else { return }  // the restart needs the same SQLite file
            let sink = try SMTPSink()
            let receiver = try WebhookReceiver()
            defer { sink.server.stop(); receiver.server.stop() }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dondoc-remind-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            var reminders = ReminderSettings(dueWithinWorkingDays: 3)
            reminders.smtp = SMTPSettings(host: "127.0.0.1", port: sink.server.port, username: "dondoc", password: "mật khẩu",
                                          from: "Nhắc việc <nhacviec@ubnd.test>")
            reminders.webhooks = [WebhookEndpoint(url: "http://127.0.0.1:\(receiver.server.port)/dondoc", secret: "khoá-bí-mật")]

            // First process: the demo district, the known book, a unit member with an e-mail address; `dondoc remind`.
            var bookUnit: UUID?
            let first = try await Self.withApp(folder, reminders) { app in
                _ = try await DemoData.load(into: app)
                let book = try await ReportBook.make(app)
                bookUnit = book.unitID
                let member = UserRecord(username: "thunghiem", displayName: "Trần Văn Nam", passwordHash: "-", role: .unitMember,
                                        unitID: book.unitID)
                try await member.create(on: app.db)
                try await (app.db as! any SQLDatabase).raw("UPDATE users SET email = 'nam@ubnd.test' WHERE username = 'thunghiem'").run()
                return try await ReminderJob(app: app).run(on: Self.day)
            }
            #expect(first.failures == [String]())
            #expect(first.emailed == 1)
            #expect(first.posted == first.digests && first.digests >= 2)

            let mail = try #require(sink.mails.all.first)
            #expect(mail.to == ["RCPT TO:<nam@ubnd.test>"] && mail.from == "MAIL FROM:<nhacviec@ubnd.test>")
            #expect(mail.auth == "AUTH PLAIN " + Data("\0dondoc\0mật khẩu".utf8).base64EncodedString())
            #expect(mail.data.contains("Subject: =?UTF-8?B?"))
            let text = SMTPSink.body(mail.data)
            #expect(text.contains("Kính gửi: \(ReportBook.unitName)."))
            #expect(text.contains("Nhiệm vụ c của phòng <thử nghiệm> (Văn bản số 77/KH-TN) - hạn 20/10/2026, quá hạn 18 ngày làm việc"))

            // Every post carries the HMAC-SHA256 of its exact body; the unit's digest lists its overdue tasks.
            let posts = receiver.posts.all
            #expect(posts.count == first.digests)
            struct Payload: Decodable { let deliveryID: UUID; let digest: ReminderDigest }
            var keys: Set<String> = []
            for post in posts {
                #expect(post.path == "/dondoc")
                #expect(post.headers["x-dondoc-signature"] == WebhookSender.signature(of: post.body, secret: "khoá-bí-mật"))
                let payload = try JSONDecoder().decode(Payload.self, from: post.body)
                keys.insert(payload.digest.key)
                if payload.digest.audience == .unit, payload.digest.audienceID == bookUnit {
                    #expect(payload.digest.overdue.map(\.title).sorted().first == "Nhiệm vụ c của phòng <thử nghiệm>")
                    #expect(payload.digest.overdue.count == 4)  // c, d, k, m
                }
            }
            #expect(keys.count == posts.count, "one post per digest")
            #expect(!WebhookSender.signature(of: posts[0].body, secret: "khoá-bí-mật").isEmpty)
            #expect(WebhookSender.signature(of: posts[0].body, secret: "khoá khác") != posts[0].headers["x-dondoc-signature"])

            // Second process on the same file: the server's scheduler runs the same day at start-up, then the next day.
            var scheduled = reminders
            scheduled.schedule = DailySchedule(hour: 7)
            scheduled.clock = VirtualSchedulerClock(start: Date(timeIntervalSince1970: 1_794_704_400))  // 15/11/2026 08:00 in Vietnam
            scheduled.maxRuns = 2
            let notifications = try await Self.withApp(folder, scheduled) { app in
                try await app.asyncBoot()
                await app.reminderScheduler?.finished()
                return try await NotificationRecord.query(on: app.db).all()
            }
            let mails = sink.mails.all
            #expect(mails.count == 2, "the 15th once, then the 16th")
            #expect(SMTPSink.body(mails[1].data).contains("hạn 20/10/2026, quá hạn 19 ngày làm việc"))
            #expect(receiver.posts.all.count == 2 * first.digests)
            #expect(notifications.filter { $0.digestDate == "2026-11-15" }.count == first.notified)
            #expect(notifications.filter { $0.digestDate == "2026-11-16" }.count == first.notified)
        }

        @Test func theNotificationListShowsTheUsersReminders() async throws {
            try await TestApp.run { t in
                _ = try await ReportBook.make(t.app)
                let outcome = try await ReminderJob(app: t.app).run(on: Self.day)
                #expect(outcome.notified > 0 && outcome.emailed == 0 && outcome.posted == 0)
                let page = try await t.send(.GET, "notifications", as: "lanhdao").body.string
                #expect(page.contains("Nhắc việc ngày 15/11/2026 - Phạm Văn Hải (Phó Chủ tịch)"))
                struct Note: Decodable { let read: Bool }
                #expect(try await t.send(.GET, "api/v1/notifications", as: "lanhdao").content.decode([Note].self).contains { !$0.read })
                #expect(try await ReminderJob(app: t.app).run(on: Self.day).notified == 0)
            }
        }

        @Test func theScheduleRunsOnceADayAtTheHourInVietnam() {
            let schedule = DailySchedule(hour: 7)
            let sixThirty = Date(timeIntervalSince1970: 1_794_699_000)  // 15/11/2026 06:30 in Vietnam
            #expect(DailySchedule.vietnamDate(sixThirty) == Self.day)
            #expect(schedule.nextRun(after: sixThirty).timeIntervalSince(sixThirty) == 1800)
            let seven = schedule.nextRun(after: sixThirty)
            #expect(schedule.nextRun(after: seven).timeIntervalSince(seven) == 86_400)
        }

        /// A dondoc application on the SQLite file in `folder`, shut down after `body`.
        static func withApp<T>(_ folder: String, _ reminders: ReminderSettings, _ body: (Application) async throws -> T) async throws -> T {
            var settings = AppSettings(dataDirectory: folder, database: .sqlite(path: folder + "/dondoc.sqlite"),
                                       clock: FixedDayClock(Self.day))
            settings.reporting = ReportingSettings(office: OfficeIdentity(issuer: "Ủy ban nhân dân xã An Phú"), reminders: reminders)
            return try await Application.configured(.testing, settings,
                                                    directory: DirectoryConfiguration(workingDirectory: TestApp.repositoryRoot)) { app in
                app.passwords.use(.bcrypt(cost: 4))
                return try await body(app)
            }
        }
    }
}

import AppCommands
import ArgumentParser
import Foundation
import LegalCalendar
import Tracking
import WebApp

/// `dondoc remind`: the daily reminder run by hand or from cron. Whatever the
/// server already delivered that day is not sent again.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Gửi nhắc việc trong ngày (in-app, e-mail, webhooks), mỗi bản một lần.")

    @ArgumentParser.Option(help: "The digest date, YYYY-MM-DD (default: today in Vietnam).")
    var date: String?
    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder of the SQLite database.")
    var dataDirectory = "./data"

    mutating func run() async throws {
        let day: CivilDate
        if let date {
            guard let parsed = CivilDate(iso: date) else { throw ValidationError("Ngày \"\(date)\" không đúng dạng YYYY-MM-DD.") }
            day = parsed
        } else {
            day = VietnamDayClock().today()
        }
        let outcome = try await AppSession.run(dataDirectory: dataDirectory) { app in
            try await ReminderJob(app: app).run(on: day)
        }
        print("Nhắc việc ngày \(day.vietnamese): \(outcome)")
        for failure in outcome.failures { print("  lỗi: \(failure)") }
    }
}

import ArgumentParser
import Foundation
import Tracking
import AppCommands
import Vapor
import WebApp

/// `dondoc bench-seed`: a database as full as a district's after years of
/// use (by default 5,000 documents and 100,000 tasks) for scripts/bench-web.sh.
/// It loads the demo directory first, so the demo logins work on it.
struct BenchSeed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-seed",
        abstract: "Sinh dữ liệu thử để đo hiệu năng (fill a database with generated documents and tasks).")

    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder of the SQLite database.")
    var dataDirectory = "./data-bench"
    @ArgumentParser.Option(help: "Number of documents.")
    var documents = 5_000
    @ArgumentParser.Option(help: "Number of tasks, spread over the documents.")
    var tasks = 100_000
    @ArgumentParser.Option(help: "Seed of the generator: the same seed builds the same rows.")
    var seed: UInt64 = 2026

    mutating func validate() throws {
        guard documents > 0, tasks >= 0 else { throw ValidationError("Số văn bản phải lớn hơn 0 và số nhiệm vụ không âm.") }
    }

    mutating func run() async throws {
        let (documents, tasks, seed) = (documents, tasks, seed)
        try await AppSession.run(dataDirectory: dataDirectory) { app in
            _ = try await DemoData.load(into: app)
            let organisationID = try await Directory(db: app.db, gate: WriteGate(database: app.db))
                .organisation(named: AppSettings.defaultOrganisationName)
            var plan = BenchSeeder.Plan(today: VietnamDayClock().today())
            plan.documents = documents
            plan.tasks = tasks
            plan.seed = seed
            let started = Date()
            let summary = try await BenchSeeder(db: app.db, organisationID: organisationID).run(plan)
            print("Đã sinh \(summary) trong \(String(format: "%.1f", Date().timeIntervalSince(started))) giây.")
        }
    }
}

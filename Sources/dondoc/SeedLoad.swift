import ArgumentParser
import Foundation
import Tracking
import Vapor
import WebApp

/// `dondoc seed-load --tasks 100000`: synthetic tasks for load tests.
struct SeedLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-load", abstract: "Thêm nhiệm vụ giả lập để đo tải (synthetic tasks for benchmarks).")

    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder of the SQLite database.")
    var dataDirectory = "./data"
    @ArgumentParser.Option(help: "How many tasks to add.")
    var tasks = 100_000

    mutating func run() async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["dondoc"]))
        let database = DatabaseLocation.choose(environment: ProcessInfo.processInfo.environment, dataDirectory: dataDirectory)
        do {
            try await configure(app, AppSettings(dataDirectory: dataDirectory, database: database))
            let started = Date()
            try await seedLoad(app, tasks: tasks)
            print("Đã thêm \(tasks) nhiệm vụ trong \(String(format: "%.1f", Date().timeIntervalSince(started))) giây.")
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

import ArgumentParser
import Foundation
import Tracking
import Vapor
import WebApp

/// `dondoc import FILE...`: reads documents into the database as drafts, the
/// same way an upload does, for a clerk to review in the app.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Nhập văn bản vào cơ sở dữ liệu (import documents as drafts).")

    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder of the SQLite database.")
    var dataDirectory = "./data"
    @ArgumentParser.Argument(help: "TXT, MD, DOCX or PDF files.")
    var files: [String]

    mutating func run() async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["dondoc"]))
        let database = DatabaseLocation.choose(environment: ProcessInfo.processInfo.environment, dataDirectory: dataDirectory)
        var failures = 0
        do {
            try await configure(app, AppSettings(dataDirectory: dataDirectory, database: database))
            let intake = DocumentIntake(app: app)
            for path in files {
                do {
                    let draft = try await intake.receive(file: path)
                    print("\(path): nháp \(draft.id)" + draft.warnings.map { " (\($0))" }.joined())
                } catch {
                    failures += 1
                    print("\(path): \(String(describing: error))")
                }
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        if failures > 0 { throw ExitCode(1) }
    }
}

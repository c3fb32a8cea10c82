import ArgumentParser
import Foundation
import Tracking
import WebApp

/// `dondoc import FILE...`: reads documents into the database as drafts, the
/// same way an upload does, for a clerk to review in the app. A file that
/// cannot be read is reported and skipped; the others still go in.
public struct ImportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Nhập văn bản vào cơ sở dữ liệu (import documents as drafts).")

    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder of the SQLite database.")
    var dataDirectory = "./data"
    @ArgumentParser.Argument(help: "TXT, MD, DOCX or PDF files.")
    var files: [String]

    public init() {}

    public mutating func run() async throws {
        let outcomes = try await importFiles(environment: ProcessInfo.processInfo.environment, console: StandardOutput())
        if outcomes.contains(where: { $0.draft == nil }) { throw ExitCode(1) }
    }

    /// What became of one file: its draft, or why it was refused.
    struct Outcome {
        let path: String
        let draft: DocumentIntake.Draft?
        let message: String?
    }

    /// The command's work, with the database named by `environment` (DATABASE_URL)
    /// or the data folder, and its progress written to `console`.
    func importFiles(environment: [String: String], console: some Console) async throws -> [Outcome] {
        let files = files
        return try await AppSession.run(dataDirectory: dataDirectory, environment: environment) { app in
            let intake = DocumentIntake(app: app)
            var progress = ImportProgress(total: files.count, onTerminal: console.isTerminal)
            var outcomes: [Outcome] = []
            for path in files {
                console.write(progress.starting(path))
                do {
                    let draft = try await intake.receive(file: path)
                    outcomes.append(Outcome(path: path, draft: draft, message: nil))
                    console.write(progress.imported(path, draft: draft.id, warnings: draft.warnings))
                } catch {
                    let message = (error as? TrackingError)?.message ?? String(describing: error)
                    outcomes.append(Outcome(path: path, draft: nil, message: message))
                    console.write(progress.refused(path, message: message))
                }
            }
            console.write(progress.summary())
            return outcomes
        }
    }
}

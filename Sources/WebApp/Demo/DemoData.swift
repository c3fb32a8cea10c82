import Fluent
import Foundation
import LegalCalendar
import Tracking
import Vapor

/// Loads the demo: the unit directory of Fixtures/units, one user per role,
/// the two documents of Fixtures/demo with the tasks they assign, and the
/// corpus documents of Fixtures/corpus/docs as drafts awaiting review.
/// Loading twice adds nothing the second time.
public enum DemoData {
    public static let password = "dondoc2026"

    public struct Login: Sendable {
        public let username: String
        public let role: String
    }

    struct File: Decodable {
        struct User: Decodable { let username: String; let displayName: String; let role: UserRole; let unit: String? }
        struct Task: Decodable {
            let section: String
            let passage: String
            let lead: String
            let support: [String]
            let deadline: CivilDate?
            let deadlineText: String?
            let recurrence: String?
        }
        struct Document: Decodable {
            let file: String
            let type: String
            let number: String
            let issuer: String
            let date: String
            let subject: String
            let signer: String
            let tasks: [Task]
        }
        let users: [User]
        let documents: [Document]
    }

    public static func load(into app: Application, corpus: Bool = true) async throws -> [Login] {
        let fixtures = app.directory.workingDirectory + "Fixtures/"
        let folder = fixtures + "demo/"
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "demo.json")))
        let units = try JSONDecoder().decode(UnitDirectoryFile.self,
                                             from: Data(contentsOf: URL(fileURLWithPath: fixtures + "units/directory.json")))
        let context = app.dondoc
        let directory = Directory(db: app.db, gate: context.gate)
        let actor = Actor.system

        let unitIDs = try await directory.importUnits(units, organisationID: context.organisationID, by: actor)
        let hash = try await app.password.async.hash(password)
        for user in file.users where try await directory.user(named: user.username) == nil {
            try await directory.addUser(username: user.username, displayName: user.displayName, passwordHash: hash,
                                        role: user.role, unitID: user.unit.flatMap { unitIDs[$0] }, by: actor)
        }
        guard let leader = try await UserRecord.query(on: app.db).filter(\.$role == .leader).first() else {
            throw Abort(.internalServerError, reason: "Dữ liệu mẫu thiếu lãnh đạo.")
        }

        let tracker = Tracker(db: app.db, gate: context.gate, clock: context.clock, organisationID: context.organisationID)
        for document in file.documents
        where try await DocumentRecord.query(on: app.db).filter(\.$number == document.number).first() == nil {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + document.file))
            let text = String(decoding: bytes, as: UTF8.self)
            var input = NewDocument(fileName: document.file, format: "txt", original: bytes, text: text)
            input.docType = document.type
            input.number = document.number
            input.issuer = document.issuer
            input.issuedOn = document.date
            input.subject = document.subject
            input.signer = document.signer
            let tasks = try document.tasks.map { task -> NewTask in
                guard let span = text.scalarSpan(of: task.passage) else {
                    throw Abort(.internalServerError, reason: "Dữ liệu mẫu: không thấy đoạn \(task.section) trong \(document.file).")
                }
                var new = NewTask(text: task.passage)
                new.section = task.section
                new.spanStart = span.lowerBound
                new.spanEnd = span.upperBound
                new.leadUnitID = unitIDs[task.lead]
                new.supportUnitIDs = task.support.compactMap { unitIDs[$0] }
                new.leaderID = try leader.requireID()
                new.deadline = task.deadline
                new.deadlineText = task.deadlineText
                new.recurrence = task.recurrence
                return new
            }
            _ = try await tracker.register(input, tasks: tasks, by: actor)
        }
        if corpus { try await loadCorpusDrafts(into: app, from: fixtures + "corpus/docs/") }
        return file.users.map { Login(username: $0.username, role: $0.role.label) }
    }

    /// Each corpus document becomes a draft, as if a clerk had uploaded it.
    private static func loadCorpusDrafts(into app: Application, from folder: String) async throws {
        guard try await DocumentRecord.query(on: app.db).filter(\.$state == .draft).count() == 0,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let intake = DocumentIntake(app: app)
        for name in names.sorted() {
            do {
                _ = try await intake.receive(file: folder + name)
            } catch {
                app.logger.warning("Dữ liệu mẫu: không đọc được \(name): \(error)")
            }
        }
    }
}

/// Adds `tasks` synthetic tasks for a load test (see LoadSeeder).
public func seedLoad(_ app: Application, tasks: Int) async throws {
    try await LoadSeeder.seed(tasks: tasks, organisationID: app.dondoc.organisationID, on: app.db)
}

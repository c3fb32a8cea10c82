import Fluent
import Foundation
import LegalCalendar
import SQLKit
import Tracking
import TrackingRules
import Vapor
@testable import WebApp

/// A book of tasks whose report we know by hand: one unit, Phòng Thử nghiệm,
/// and the cases the counting rules distinguish, in October 2026 (cut-off
/// Saturday 31/10/2026, no holiday in the month).
///
/// | task | deadline | state | completed | at 31/10 |
/// |---|---|---|---|---|
/// | a | Sat 10/10 (rolls to Mon 12/10) | done | 12/10 | done on time |
/// | b | Mon 05/10 | done | Fri 09/10 | done late, 4 working days |
/// | c | Tue 20/10 | in progress, reported 15/10 | | overdue, 8 working days |
/// | d | Tue 03/11 | in progress | | in time, due soon (2 days left) |
/// | e | 30/11 | in progress, reported 20/09 | | in time |
/// | f | none | not started | | no deadline, open |
/// | g | none | done | 15/10 | no deadline, done |
/// | h | 10/11 | done | 02/11 | still open at the cut-off, in time |
/// | i | 01/10 | withdrawn | | excluded |
/// | j | 01/10 | suspended | | excluded |
/// | k | 20/10, document dated 05/11 | in progress | | not yet assigned |
/// | l | 08/10 extended to 22/10 (decided 07/10) | done | 21/10 | done on time within the extension |
/// | m | Sun 25/10 (rolls to Mon 26/10) | awaiting confirmation, reported 02/11 | | overdue, 4 working days |
/// | n | 06/10 extended to 16/10 (decided 20/10, after the work) | done | 14/10 | done late, 6 working days |
/// | o | 27/10 extended to 20/11 (decided 02/11, after the cut-off) | in progress | | overdue, 3 working days |
struct ReportBook {
    let unitID: UUID
    let documentID: UUID
    let leaderID: UUID
    let ids: [String: UUID]

    static let unitName = "Phòng Thử nghiệm & Đánh giá"
    static let documentNumber = "77/KH-TN"

    static func make(_ app: Application) async throws -> ReportBook {
        let db = app.db
        let organisation = app.dondoc.organisationID
        let unit = UnitRecord(organisationID: organisation, code: "thu-nghiem", name: unitName)
        try await unit.create(on: db)
        let unitID = try unit.requireID()
        let leader = try requireUser(try await UserRecord.query(on: db).filter(\.$username == "lanhdao").first())
        let clerk = try requireUser(try await UserRecord.query(on: db).filter(\.$username == "vanthu").first())
        let document = try await makeDocument(db, organisation: organisation, number: documentNumber, issued: "2026-09-01")
        let later = try await makeDocument(db, organisation: organisation, number: "99/KH-TN", issued: "2026-11-05")

        var ids: [String: UUID] = [:]
        func task(_ key: String, deadline: String?, original: String? = nil, state: WorkflowState, completed: String? = nil,
                  document doc: UUID? = nil, reported: [String] = [], extendedTo: String? = nil,
                  decided: String? = nil) async throws {
            let t = TaskRecord()
            t.$organisation.id = organisation
            t.$document.id = doc ?? document
            t.title = "Nhiệm vụ \(key) của phòng <thử nghiệm>"
            t.text = t.title
            t.$leadUnit.id = unitID
            t.$leader.id = try leader.requireID()
            t.deadline = extendedTo ?? deadline
            t.originalDeadline = original ?? deadline
            t.workflowState = state
            t.completedOn = completed
            t.folded = SearchFolding.fold(t.title)
            try await t.create(on: db)
            let id = try t.requireID()
            ids[key] = id
            for day in reported {
                let r = ProgressReportRecord()
                r.$task.id = id
                r.$author.id = try clerk.requireID()
                r.kind = .progress
                r.text = "Đang thực hiện"
                r.reportedOn = day
                r.decision = .approved
                try await r.create(on: db)
            }
            if let extendedTo {
                let e = ExtensionRecord()
                e.$task.id = id
                e.$requestedBy.id = try clerk.requireID()
                e.reason = "Cần thêm thời gian"
                e.previousDeadline = deadline
                e.requestedDeadline = extendedTo
                e.decision = .approved
                e.decidedOn = decided
                try await e.create(on: db)
            }
        }
        try await task("a", deadline: "2026-10-10", state: .done, completed: "2026-10-12")
        try await task("b", deadline: "2026-10-05", state: .done, completed: "2026-10-09")
        try await task("c", deadline: "2026-10-20", state: .inProgress, reported: ["2026-10-15"])
        try await task("d", deadline: "2026-11-03", state: .inProgress)
        try await task("e", deadline: "2026-11-30", state: .inProgress, reported: ["2026-09-20"])
        try await task("f", deadline: nil, state: .notStarted)
        try await task("g", deadline: nil, state: .done, completed: "2026-10-15")
        try await task("h", deadline: "2026-11-10", state: .done, completed: "2026-11-02")
        try await task("i", deadline: "2026-10-01", state: .withdrawn)
        try await task("j", deadline: "2026-10-01", state: .suspended)
        try await task("k", deadline: "2026-10-20", state: .inProgress, document: later)
        try await task("l", deadline: "2026-10-08", state: .done, completed: "2026-10-21", extendedTo: "2026-10-22",
                       decided: "2026-10-07")
        try await task("m", deadline: "2026-10-25", state: .awaitingConfirmation, reported: ["2026-10-10", "2026-11-02"])
        try await task("n", deadline: "2026-10-06", state: .done, completed: "2026-10-14", extendedTo: "2026-10-16",
                       decided: "2026-10-20")
        try await task("o", deadline: "2026-10-27", state: .inProgress, extendedTo: "2026-11-20", decided: "2026-11-02")
        // The book writes its reports directly, around Tracker, so it sets the tasks' report day as bulk loads do.
        try await LastReportColumn.recompute(on: db as! any SQLDatabase)
        try await ReportTally.rebuild(on: db)
        return ReportBook(unitID: unitID, documentID: document, leaderID: try leader.requireID(), ids: ids)
    }

    private static func makeDocument(_ db: any Database, organisation: UUID, number: String, issued: String) async throws -> UUID {
        let d = DocumentRecord()
        d.$organisation.id = organisation
        d.state = .confirmed
        d.docType = "KH"
        d.number = number
        d.issuedOn = issued
        d.subject = "Kế hoạch thử nghiệm"
        d.fileName = "kh.txt"
        d.format = "txt"
        d.original = Data("Kế hoạch".utf8)
        d.text = "Kế hoạch"
        d.folded = "ke hoach"
        try await d.create(on: db)
        return try d.requireID()
    }
}

struct MissingFixture: Error {}

/// Unwraps a fixture user (a plain function: `#require` needs a test context).
func requireUser(_ user: UserRecord?) throws -> UserRecord {
    guard let user else { throw MissingFixture() }
    return user
}

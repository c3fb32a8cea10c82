import Fluent
import Foundation
import Tracking
import TrackingRules
import Vapor
@testable import WebApp

/// Recurring duties added to the known book, period by period, written
/// around Tracker as the book's tasks are (the tally's middleware follows
/// every record), for the cases a period report counts apart:
///
/// | duty | period | deadline | state | at 31/10 |
/// |---|---|---|---|---|
/// | p, monthly | Tháng 9 | 21/09 | done 18/09 | done on time |
/// | | Tháng 10 | 19/10, extended to 30/10 (decided 26/10, after the work) | done 22/10 | done late |
/// | | Tháng 11 | 19/11 | open, reported 28/10 (before the period began) | not yet begun |
/// | q, quarterly, suspended | Quý III | 15/09 | done 10/09 | done on time |
/// | | Quý IV | 15/12 | open | excluded with its duty |
/// | r, monthly, withdrawn | Tháng 10 | 19/10 | open | excluded with its duty |
/// | s, monthly | Tháng 10 | 20/10, extended to 27/10 (decided 15/10) | done 26/10 | done on time within the extension |
extension ReportBook {
    func addDuties(_ app: Application) async throws -> [String: UUID] {
        let db = app.db
        let clerk = try requireUser(try await UserRecord.query(on: db).filter(\.$username == "vanthu").first())
        var duties: [String: UUID] = [:]
        func duty(_ key: String, recurrence: String, state: WorkflowState) async throws -> UUID {
            let t = TaskRecord()
            t.$organisation.id = app.dondoc.organisationID
            t.$document.id = documentID
            t.title = "Báo cáo định kỳ \(key)"
            t.text = t.title
            t.$leadUnit.id = unitID
            t.$leader.id = leaderID
            t.recurrence = recurrence
            t.workflowState = state
            t.folded = SearchFolding.fold(t.title)
            try await t.create(on: db)
            duties[key] = try t.requireID()
            return try t.requireID()
        }
        func period(_ task: UUID, _ code: String, _ label: String, from start: String, to end: String, deadline: String,
                    state: WorkflowState = .inProgress, completed: String? = nil) async throws -> UUID {
            let o = OccurrenceRecord()
            o.$task.id = task
            o.periodCode = code
            o.periodLabel = label
            o.periodStart = start
            o.periodEnd = end
            o.deadline = deadline
            o.workflowState = state
            o.completedOn = completed
            try await o.create(on: db)
            return try o.requireID()
        }
        func extend(_ task: UUID, _ period: UUID, from: String, to: String, decided: String) async throws {
            let e = ExtensionRecord()
            e.$task.id = task
            e.occurrenceID = period
            e.$requestedBy.id = try clerk.requireID()
            e.reason = "Số liệu chốt muộn"
            e.previousDeadline = from
            e.requestedDeadline = to
            e.decision = .approved
            e.decidedOn = decided
            try await e.create(on: db)
        }

        let p = try await duty("p", recurrence: "monthly/before-20", state: .inProgress)
        _ = try await period(p, "2026-09", "Tháng 9/2026", from: "2026-09-01", to: "2026-09-30", deadline: "2026-09-21",
                             state: .done, completed: "2026-09-18")
        let october = try await period(p, "2026-10", "Tháng 10/2026", from: "2026-10-01", to: "2026-10-31", deadline: "2026-10-19",
                                       state: .done, completed: "2026-10-22")
        try await extend(p, october, from: "2026-10-19", to: "2026-10-30", decided: "2026-10-26")
        let november = try await period(p, "2026-11", "Tháng 11/2026", from: "2026-11-01", to: "2026-11-30", deadline: "2026-11-19")
        let early = ProgressReportRecord()
        early.$task.id = p
        early.$occurrence.id = november
        early.$author.id = try clerk.requireID()
        early.kind = .progress
        early.text = "Đã tổng hợp số liệu đầu kỳ"
        early.reportedOn = "2026-10-28"
        early.decision = .approved
        try await early.create(on: db)

        let q = try await duty("q", recurrence: "quarterly-3/on-15", state: .suspended)
        _ = try await period(q, "2026-Q3", "Quý III/2026", from: "2026-07-01", to: "2026-09-30", deadline: "2026-09-15",
                             state: .done, completed: "2026-09-10")
        _ = try await period(q, "2026-Q4", "Quý IV/2026", from: "2026-10-01", to: "2026-12-31", deadline: "2026-12-15")

        let r = try await duty("r", recurrence: "monthly/before-20", state: .withdrawn)
        _ = try await period(r, "2026-10", "Tháng 10/2026", from: "2026-10-01", to: "2026-10-31", deadline: "2026-10-19")

        let s = try await duty("s", recurrence: "monthly/on-20", state: .inProgress)
        let extended = try await period(s, "2026-10", "Tháng 10/2026", from: "2026-10-01", to: "2026-10-31", deadline: "2026-10-20",
                                        state: .done, completed: "2026-10-26")
        try await extend(s, extended, from: "2026-10-20", to: "2026-10-27", decided: "2026-10-15")
        return duties
    }
}

import Foundation
import LegalCalendar
import Reports
import SQLKit
import TrackingRules

/// One row of `task_facts`: an item's `TallyFacts` under its lead unit
/// (`ReportItems`: a one-off task, or one period of a recurring duty), with
/// the task it belongs to (a change of the task counts all its items again)
/// and its deadlines as stored (to find the items a calendar change moves).
struct StoredFacts: Sendable, Equatable {
    var itemID: UUID
    var taskID: UUID
    var unit: UUID?
    var leader: UUID?
    var facts: TallyFacts
    var deadline: CivilDate?
    var originalDeadline: CivilDate?

    /// What the tally should hold for the items of the tasks `ids` now.
    static func current(tasks ids: [UUID], calendar: WorkCalendar, on sql: any SQLDatabase) async throws -> [StoredFacts] {
        try await sql.raw(selectItems("t.id IN (\(binds: ids))")).all().map { try from(item: $0, calendar: calendar) }
    }

    /// The items of the next `limit` tasks after `id` in key order, and the
    /// last of those tasks (nil: none left). A rebuild reads the whole book
    /// page by page.
    static func current(after id: UUID?, limit: Int, calendar: WorkCalendar,
                        on sql: any SQLDatabase) async throws -> (items: [StoredFacts], lastTask: UUID?) {
        let after: SQLQueryString = id.map { "WHERE t.id > \(bind: $0)" } ?? ""
        let page = try await sql.raw("SELECT t.id FROM tasks t \(after) ORDER BY t.id LIMIT \(literal: limit)").all()
        guard let last = try page.last?.decode(column: "id", as: UUID.self) else { return ([], nil) }
        let range: SQLQueryString = id.map { "t.id > \(bind: $0) AND t.id <= \(bind: last)" } ?? "t.id <= \(bind: last)"
        let items = try await sql.raw(selectItems(range)).all().map { try from(item: $0, calendar: calendar) }
        return (items, last)
    }

    private static func selectItems(_ condition: SQLQueryString) -> SQLQueryString {
        "SELECT i.*, d.issued_on FROM (\(ReportItems.select(condition))) i LEFT JOIN documents d ON d.id = i.document_id"
    }

    private static func from(item row: any SQLRow, calendar: WorkCalendar) throws -> StoredFacts {
        func date(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: String?.self).flatMap { CivilDate(iso: $0) }
        }
        let state = WorkflowState(rawValue: try row.decode(column: "workflow_state", as: String.self)) ?? .notStarted
        let deadline = try date("deadline"), original = try date("original_deadline")
        let facts = TallyFacts(state: state, assignedOn: ReportItems.assignedOn(issued: try date("issued_on"), begins: try date("begins_on")),
                               deadline: deadline, originalDeadline: original, completedOn: try date("completed_on"),
                               lastReportOn: try date("last_reported_on"), calendar: calendar)
        return StoredFacts(itemID: try row.decode(column: "item_id", as: UUID.self),
                           taskID: try row.decode(column: "task_id", as: UUID.self),
                           unit: try row.decode(column: "lead_unit_id", as: UUID?.self),
                           leader: try row.decode(column: "leader_id", as: UUID?.self), facts: facts, deadline: deadline, originalDeadline: original)
    }

    /// The rows stored for the items of the tasks `ids` (what the tally counted last).
    static func stored(tasks ids: [UUID], on sql: any SQLDatabase) async throws -> [StoredFacts] {
        try await sql.raw("SELECT * FROM \(ident: ReportTally.factsTable) WHERE task_id IN (\(binds: ids))").all()
            .map(from(stored:))
    }

    static func from(stored row: any SQLRow) throws -> StoredFacts {
        func day(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: Int?.self).map { CivilDate(daysSinceEpoch: $0) }
        }
        let placement = TallyFacts.Placement(rawValue: try row.decode(column: "placement", as: Int.self)) ?? .classifiedAlone
        // The column holds "long ago" for a task without an assignment day: read it back as none.
        let assigned = try day("assigned_on").flatMap { $0 == TallyRules.longAgo ? nil : $0 }
        let facts = TallyFacts(placement: placement, assignedOn: assigned, completedOn: try day("completed_on"),
                               legalDeadline: try day("legal_deadline"),
                               legalOriginalDeadline: try day("legal_original_deadline"), lastReportOn: try day("reported_on"))
        let unit = try row.decode(column: "unit_key", as: UUID.self)
        return StoredFacts(itemID: try row.decode(column: "item_id", as: UUID.self),
                           taskID: try row.decode(column: "task_id", as: UUID.self),
                           unit: unit == ReportTally.noUnit ? nil : unit,
                           leader: try row.decode(column: "leader_id", as: UUID?.self), facts: facts,
                           deadline: try day("deadline"), originalDeadline: try day("original_deadline"))
    }

    /// Writes `rows` (500 to a statement: 12 binds a row).
    static func insert(_ rows: [StoredFacts], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: rows.count, by: 500) {
            let values = rows[start..<min(start + 500, rows.count)].map { row -> SQLQueryString in
                let f = row.facts
                func day(_ date: CivilDate?) -> Int? { date?.daysSinceEpoch }
                return """
                    (\(bind: row.itemID), \(bind: row.taskID), \(bind: row.unit ?? ReportTally.noUnit), \(bind: row.leader), \(bind: f.placement.rawValue), \
                    \(bind: (f.assignedOn ?? TallyRules.longAgo).daysSinceEpoch), \(bind: day(f.completedOn)), \
                    \(bind: day(f.legalDeadline)), \(bind: day(f.legalOriginalDeadline)), \(bind: day(f.lastReportOn)), \
                    \(bind: day(row.deadline)), \(bind: day(row.originalDeadline)))
                    """
            }
            try await sql.raw("""
                INSERT INTO \(ident: ReportTally.factsTable) (item_id, task_id, unit_key, leader_id, placement, assigned_on, completed_on, legal_deadline,
                    legal_original_deadline, reported_on, deadline, original_deadline)
                VALUES \(values.joined(separator: ", "))
                """).run()
        }
    }
}

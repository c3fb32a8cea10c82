import FluentKit
import Foundation
import LegalCalendar
import Reports
import SQLKit
import TrackingRules

/// Loads the facts the pure `Reports` module counts (`Reports.TaskSnapshot`)
/// with set-based queries, whatever the number of tasks: the tasks (or a
/// period report's items, `ReportItems`) with their document, unit and
/// leader; the approved extensions; the last report date.
///
/// How the stored data maps onto a snapshot, and why:
/// - assigned on: the assigning document's date (`documents.issued_on`); a task
///   with no document, or a document without a date, counts as assigned long ago.
/// - original deadline: `original_deadline` (the document's); approved
///   extensions with the day they were decided (`decided_on`), so a report
///   taken before that day, or a task finished before it, keeps the earlier
///   deadline. When `deadline` differs from the last approved extension (a
///   clerk corrected it) it is added last, undated: a correction holds from
///   the start.
/// - last progress report: the latest `reported_on` of any report by a unit
///   (progress or completion): both tell the office where the work stands.
public struct ReportSnapshots: Sendable {
    let sql: any SQLDatabase

    public init(db: any Database) {
        sql = db as! any SQLDatabase
    }

    /// What a period report counts in `subject` (`ReportItems`: each one-off
    /// task, each period of a recurring duty), or only the items `ids`
    /// among them. A period's snapshot carries its duty's id and title and
    /// its own label, dates, extensions, state and last report.
    public func items(_ subject: ReportSubject, only ids: [UUID]? = nil) async throws -> [Reports.TaskSnapshot] {
        if let ids, ids.isEmpty { return [] }
        var extended = subject.condition
        if let ids { extended = "\(extended) AND (e.task_id IN (\(binds: ids)) OR e.occurrence_id IN (\(binds: ids)))" }
        let extensions = try await approvedItemExtensions(extended)
        let rows = try await sql.raw("""
            SELECT i.item_id AS id, t.title, i.document_id, d.number AS document_number, d.issued_on, i.begins_on, i.period_label,
                   i.lead_unit_id, u.name AS unit_name, t.lead_text, l.display_name AS leader_name,
                   i.original_deadline, i.deadline, i.completed_on, i.workflow_state, i.last_reported_on AS last_report, i.task_id
            FROM (\(ReportItems.select(subject.condition, only: ids))) i
            JOIN tasks t ON t.id = i.task_id
            LEFT JOIN documents d ON d.id = i.document_id
            LEFT JOIN units u ON u.id = i.lead_unit_id
            LEFT JOIN users l ON l.id = i.leader_id
            ORDER BY t.created_at, i.task_id, i.begins_on
            """).all()
        return try rows.map { row in
            var snapshot = try Self.snapshot(row, extensions: extensions)
            // The duty is what the lines link to and name; the period says which kỳ.
            snapshot.id = try row.decode(column: "task_id", as: UUID.self).uuidString
            snapshot.period = try row.decode(column: "period_label", as: String?.self)
            let begins = try row.decode(column: "begins_on", as: String?.self).flatMap { CivilDate(iso: $0) }
            snapshot.assignedOn = ReportItems.assignedOn(issued: snapshot.assignedOn, begins: begins)
            return snapshot
        }
    }

    /// The tasks of `subject`, or only those of `ids` among them, one row
    /// each (a recurring duty as its row shows it: its current period), for
    /// the reminders.
    public func load(_ subject: ReportSubject, only ids: [UUID]? = nil) async throws -> [Reports.TaskSnapshot] {
        var condition = subject.condition
        if let ids {
            guard !ids.isEmpty else { return [] }
            condition = "\(condition) AND t.id IN (\(binds: ids))"
        }
        let extensions = try await approvedExtensions(condition)
        let rows = try await sql.raw("""
            SELECT t.id, t.title, t.document_id, d.number AS document_number, d.issued_on,
                   t.lead_unit_id, u.name AS unit_name, t.lead_text, l.display_name AS leader_name,
                   t.original_deadline, t.deadline, t.completed_on, t.workflow_state,
                   (SELECT max(p.reported_on) FROM progress_reports p WHERE p.task_id = t.id) AS last_report
            FROM tasks t
            LEFT JOIN documents d ON d.id = t.document_id
            LEFT JOIN units u ON u.id = t.lead_unit_id
            LEFT JOIN users l ON l.id = t.leader_id
            WHERE \(condition)
            ORDER BY t.created_at, t.id
            """).all()
        return try rows.map { try Self.snapshot($0, extensions: extensions) }
    }

    /// Approved extensions per task, in the order they were decided.
    private func approvedExtensions(_ condition: SQLQueryString) async throws -> [UUID: [DeadlineExtension]] {
        let rows = try await sql.raw("""
            SELECT e.task_id, e.requested_deadline, e.decided_on FROM extensions e JOIN tasks t ON t.id = e.task_id
            WHERE e.decision = 'dong_y' AND \(PeriodExtensions.applyToTaskRow) AND \(condition)
            ORDER BY e.created_at, e.id
            """).all()
        var result: [UUID: [DeadlineExtension]] = [:]
        for row in rows {
            guard let date = CivilDate(iso: try row.decode(column: "requested_deadline", as: String.self)) else { continue }
            let decided = try row.decode(column: "decided_on", as: String?.self).flatMap { CivilDate(iso: $0) }
            let task = try row.decode(column: "task_id", as: UUID.self)
            result[task, default: []].append(DeadlineExtension(newDeadline: date, approvedOn: decided))
        }
        return result
    }

    /// Approved extensions per item, in the order they were decided: a
    /// period's (`occurrence_id`), else a whole task's. `condition` is on the
    /// extensions `e` and their tasks `t`.
    private func approvedItemExtensions(_ condition: SQLQueryString) async throws -> [UUID: [DeadlineExtension]] {
        let rows = try await sql.raw("""
            SELECT COALESCE(e.occurrence_id, e.task_id) AS item_id, e.requested_deadline, e.decided_on
            FROM extensions e JOIN tasks t ON t.id = e.task_id
            WHERE e.decision = 'dong_y' AND \(condition)
            ORDER BY e.decided_on, e.created_at, e.id
            """).all()
        var result: [UUID: [DeadlineExtension]] = [:]
        for row in rows {
            guard let date = CivilDate(iso: try row.decode(column: "requested_deadline", as: String.self)) else { continue }
            let decided = try row.decode(column: "decided_on", as: String?.self).flatMap { CivilDate(iso: $0) }
            result[try row.decode(column: "item_id", as: UUID.self), default: []].append(DeadlineExtension(newDeadline: date, approvedOn: decided))
        }
        return result
    }

    static func snapshot(_ row: any SQLRow, extensions: [UUID: [DeadlineExtension]]) throws -> Reports.TaskSnapshot {
        func date(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: String?.self).flatMap { CivilDate(iso: $0) }
        }
        let id = try row.decode(column: "id", as: UUID.self)
        let inForce = try date("deadline")
        // Without a deadline in force the task is không hạn, whatever it once had.
        var granted = inForce == nil ? [] : extensions[id] ?? []
        let stored = try date("original_deadline")
        let original = inForce == nil ? nil : stored ?? inForce
        if let inForce, inForce != (granted.last?.newDeadline ?? original) {
            granted.append(DeadlineExtension(newDeadline: inForce, reference: "Điều chỉnh hạn"))
        }
        let unitID = try row.decode(column: "lead_unit_id", as: UUID?.self)
        let state = WorkflowState(rawValue: try row.decode(column: "workflow_state", as: String.self)) ?? .notStarted
        return Reports.TaskSnapshot(
            id: id.uuidString,
            title: try row.decode(column: "title", as: String.self),
            sourceDocumentID: try row.decode(column: "document_id", as: UUID?.self)?.uuidString,
            sourceDocumentNumber: try row.decode(column: "document_number", as: String?.self),
            leadUnitID: unitID?.uuidString ?? "",
            leadUnitName: try row.decode(column: "unit_name", as: String?.self)
                ?? row.decode(column: "lead_text", as: String?.self) ?? "Chưa xác định đơn vị chủ trì",
            leaderInCharge: try row.decode(column: "leader_name", as: String?.self),
            assignedOn: try date("issued_on"),
            originalDeadline: original,
            extensions: granted,
            completedOn: try date("completed_on"),
            workflowState: state,
            lastProgressReportOn: try date("last_report"))
    }
}

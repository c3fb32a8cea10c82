import FluentKit
import Foundation
import LegalCalendar
import Reports
import SQLKit
import TrackingRules

/// Loads the facts the pure `Reports` module counts (`Reports.TaskSnapshot`)
/// with three set-based queries, whatever the number of tasks: the tasks with
/// their document, unit and leader; the approved extensions; the last report
/// date of each task.
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

    /// The tasks of `subject`, or only those of `ids` among them.
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

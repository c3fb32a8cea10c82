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
/// - original deadline: `original_deadline` (the document's); the deadline in
///   force is `deadline`. Approved extensions are listed without their approval
///   day (the store does not keep it), which the classifier reads as "in force
///   from the start"; when `deadline` differs from the last approved extension
///   (a clerk corrected it) it is added last, so the deadline in force is
///   always `deadline` — the same column the SQL figures read.
/// - last progress report: the latest `reported_on` of any report by a unit
///   (progress or completion): both tell the office where the work stands.
public struct ReportSnapshots: Sendable {
    let sql: any SQLDatabase

    public init(db: any Database) {
        sql = db as! any SQLDatabase
    }

    public func load(_ subject: ReportSubject) async throws -> [Reports.TaskSnapshot] {
        let extensions = try await approvedExtensions(subject)
        let rows = try await sql.raw("""
            SELECT t.id, t.title, t.document_id, d.number AS document_number, d.issued_on,
                   t.lead_unit_id, u.name AS unit_name, t.lead_text, l.display_name AS leader_name,
                   t.original_deadline, t.deadline, t.completed_on, t.workflow_state,
                   (SELECT max(p.reported_on) FROM progress_reports p WHERE p.task_id = t.id) AS last_report
            FROM tasks t
            LEFT JOIN documents d ON d.id = t.document_id
            LEFT JOIN units u ON u.id = t.lead_unit_id
            LEFT JOIN users l ON l.id = t.leader_id
            WHERE \(subject.condition)
            ORDER BY t.created_at, t.id
            """).all()
        return try rows.map { try Self.snapshot($0, extensions: extensions) }
    }

    /// Approved extensions per task, oldest first.
    private func approvedExtensions(_ subject: ReportSubject) async throws -> [UUID: [CivilDate]] {
        let rows = try await sql.raw("""
            SELECT e.task_id, e.requested_deadline FROM extensions e JOIN tasks t ON t.id = e.task_id
            WHERE e.decision = 'dong_y' AND \(subject.condition)
            ORDER BY e.created_at, e.id
            """).all()
        var result: [UUID: [CivilDate]] = [:]
        for row in rows {
            guard let date = CivilDate(iso: try row.decode(column: "requested_deadline", as: String.self)) else { continue }
            result[try row.decode(column: "task_id", as: UUID.self), default: []].append(date)
        }
        return result
    }

    static func snapshot(_ row: any SQLRow, extensions: [UUID: [CivilDate]]) throws -> Reports.TaskSnapshot {
        func date(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: String?.self).flatMap { CivilDate(iso: $0) }
        }
        let id = try row.decode(column: "id", as: UUID.self)
        let inForce = try date("deadline")
        // Without a deadline in force the task is không hạn, whatever it once had.
        var granted = inForce == nil ? [] : (extensions[id] ?? []).map { DeadlineExtension(newDeadline: $0) }
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

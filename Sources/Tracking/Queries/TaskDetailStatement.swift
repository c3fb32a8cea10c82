import Foundation
import SQLKit

/// The task page's two statements. The task's row, once per coordinating
/// unit; then its record: extensions, reports and history as the parts of
/// one UNION ALL, each part filling its own columns of a shared row and
/// leaving the others NULL. A column two parts share (`item_at`: an
/// extension's, a report's or an audit entry's time) has one type in all, as
/// PostgreSQL requires of a UNION; a bare NULL takes the type of the parts
/// that fill it.
enum TaskDetailStatement {
    enum Part: Int {
        case extensions = 1  // gia hạn
        case reports = 2     // báo cáo tiến độ / hoàn thành
        case history = 3     // nhật ký
    }

    static func task(_ id: UUID) -> SQLQueryString {
        """
        SELECT \(TaskQueries.columns), t.text AS task_text, t.span_start, t.span_end, t.source_spans, t.milestones, t.recurrence,
               CASE WHEN t.span_start IS NOT NULL AND t.span_end IS NOT NULL THEN d.text END AS document_text,
               c.unit_id AS support_id, c.state AS support_state, su.name AS support_name
        FROM tasks t \(TaskQueries.joins)
        LEFT JOIN task_coordinators c ON c.task_id = t.id LEFT JOIN units su ON su.id = c.unit_id
        WHERE t.id = \(bind: id) ORDER BY su.name
        """
    }

    /// The history is the task's own and each of its extensions', each found
    /// by the audit log's entity index.
    static func record(_ id: UUID) -> SQLQueryString {
        """
        \(unsafeRaw: selects.extensions) FROM extensions e WHERE e.task_id = \(bind: id)
        UNION ALL \(unsafeRaw: selects.reports) FROM progress_reports r JOIN users u ON u.id = r.author_id WHERE r.task_id = \(bind: id)
        UNION ALL \(unsafeRaw: selects.history) FROM audit_log a WHERE a.entity_id = \(bind: id)
        UNION ALL \(unsafeRaw: selects.history) FROM extensions x JOIN audit_log a ON a.entity_id = x.id WHERE x.task_id = \(bind: id)
        ORDER BY part, item_at
        """
    }

    /// Every column of the record's shared row, in order.
    static let layout = [
        "item_id", "item_text", "item_decision", "item_at",
        "previous_deadline", "requested_deadline", "decision_note", "decided_on",
        "report_kind", "answer_number", "evidence_file_name", "reported_on",
        "actor_name", "action", "before_json", "after_json",
    ]

    /// Each part's select list, written once.
    private static let selects = (
        extensions: select(.extensions, [
            "item_id": "e.id", "item_text": "e.reason", "item_decision": "e.decision", "item_at": "e.created_at",
            "previous_deadline": "e.previous_deadline", "requested_deadline": "e.requested_deadline",
            "decision_note": "e.decision_note", "decided_on": "e.decided_on",
        ]),
        reports: select(.reports, [
            "item_id": "r.id", "item_text": "r.text", "item_decision": "r.decision", "item_at": "r.created_at",
            "report_kind": "r.kind", "answer_number": "r.answer_number", "evidence_file_name": "r.evidence_file_name",
            "reported_on": "r.reported_on", "actor_name": "u.display_name",
        ]),
        history: select(.history, [
            "item_at": "a.at", "actor_name": "a.actor_name", "action": "a.action",
            "before_json": "a.before_json", "after_json": "a.after_json",
        ]))

    /// `SELECT <part>, <each column of the layout or NULL>` for one part.
    private static func select(_ part: Part, _ expressions: [String: String]) -> String {
        precondition(Set(expressions.keys).isSubset(of: layout), "a column outside the layout")
        let columns = layout.map { "\(expressions[$0] ?? "NULL") AS \($0)" }
        return "SELECT \(part.rawValue) AS part, " + columns.joined(separator: ", ")
    }
}

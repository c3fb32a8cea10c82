import Foundation
import SQLKit

/// The task page's one statement: four SELECTs joined by UNION ALL, each
/// filling its own columns of a shared row and leaving the others NULL, told
/// apart by `part`. A column two parts share (`item_at`: a report's, an
/// extension's or an audit entry's time) has one type in both, as PostgreSQL
/// requires of a UNION; a bare NULL takes the type of the parts that fill it.
enum TaskDetailStatement {
    enum Part: Int {
        case task = 0        // the task's columns, once per coordinating unit
        case extensions = 1  // gia hạn
        case reports = 2     // báo cáo tiến độ / hoàn thành
        case history = 3     // nhật ký
    }

    /// Every column of the shared row, in order.
    static let layout: [String] = TaskQueries.rowColumns.map(\.key) + [
        "task_text", "span_start", "span_end", "source_spans", "milestones", "recurrence", "document_text",
        "support_id", "support_state", "support_name",
        "item_id", "item_text", "item_decision", "item_at",
        "previous_deadline", "requested_deadline", "decision_note", "decided_on",
        "report_kind", "answer_number", "evidence_file_name", "reported_on",
        "actor_name", "action", "before_json", "after_json",
    ]

    static func sql(_ id: UUID) -> SQLQueryString {
        let s = selects
        // The history of the task and of each of its extensions, each found by
        // the audit log's entity index.
        return """
            \(unsafeRaw: s.task) FROM tasks t \(TaskQueries.joins)
                LEFT JOIN task_coordinators c ON c.task_id = t.id LEFT JOIN units su ON su.id = c.unit_id
                WHERE t.id = \(bind: id)
            UNION ALL \(unsafeRaw: s.extensions) FROM extensions e WHERE e.task_id = \(bind: id)
            UNION ALL \(unsafeRaw: s.reports) FROM progress_reports r JOIN users u ON u.id = r.author_id WHERE r.task_id = \(bind: id)
            UNION ALL \(unsafeRaw: s.history) FROM audit_log a WHERE a.entity_id = \(bind: id)
            UNION ALL \(unsafeRaw: s.history) FROM extensions x JOIN audit_log a ON a.entity_id = x.id WHERE x.task_id = \(bind: id)
            ORDER BY part, support_name, item_at
            """
    }

    /// Each part's select list, written once: they never change.
    private static let selects = (
        task: select(.task, Dictionary(uniqueKeysWithValues: Array(TaskQueries.rowColumns)).merging([
            "task_text": "t.text", "span_start": "t.span_start", "span_end": "t.span_end",
            "source_spans": "t.source_spans", "milestones": "t.milestones", "recurrence": "t.recurrence",
            // The document's text only when there is a span to show from it.
            "document_text": "CASE WHEN t.span_start IS NOT NULL AND t.span_end IS NOT NULL THEN d.text END",
            "support_id": "c.unit_id", "support_state": "c.state", "support_name": "su.name",
        ]) { $1 }),
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

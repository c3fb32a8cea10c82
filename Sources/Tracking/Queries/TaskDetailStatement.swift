import Foundation
import SQLKit

/// The task page's two statements. The task's row, once per coordinating
/// unit; then its record: extensions, reports and history as the parts of
/// one UNION ALL over `RecordColumn`.
enum TaskDetailStatement {
    enum Part: Int {
        case extensions = 1  // gia hạn
        case reports = 2     // báo cáo tiến độ / hoàn thành
        case history = 3     // nhật ký
    }

    static func task(_ id: UUID) -> SQLQueryString {
        """
        SELECT \(TaskQueries.columns), t.text AS task_text, t.span_start, t.span_end, t.source_spans, t.milestones, t.recurrence,
               \(excerpt),
               c.unit_id AS support_id, c.state AS support_state, su.name AS support_name
        FROM tasks t \(TaskQueries.joins)
        LEFT JOIN task_coordinators c ON c.task_id = t.id LEFT JOIN units su ON su.id = c.unit_id
        WHERE t.id = \(bind: id) ORDER BY su.name
        """
    }

    /// The document's text around the task's span, cut by the database
    /// (`TaskDetail.Excerpt`'s rule: up to `TaskDetail.context` scalars each
    /// side; both engines count a text's characters in Unicode scalars, as the
    /// extractor's spans do), so that a page reads some 600 characters of the
    /// document instead of all of it once per coordinating unit. A task merged
    /// from several passages also gets the whole text, to cut each passage.
    private static let excerpt: SQLQueryString = {
        let valid: SQLQueryString = "t.span_start >= 0 AND t.span_start <= t.span_end AND t.span_end <= length(d.text)"
        let context = TaskDetail.context
        let from: SQLQueryString = "CASE WHEN t.span_start > \(literal: context) THEN t.span_start - \(literal: context) ELSE 0 END"
        return """
            CASE WHEN \(valid) THEN substr(d.text, CAST(\(from) + 1 AS INTEGER), CAST(t.span_start - \(from) AS INTEGER)) END AS excerpt_before,
            CASE WHEN \(valid) THEN substr(d.text, CAST(t.span_start + 1 AS INTEGER), CAST(t.span_end - t.span_start AS INTEGER)) END AS excerpt_span,
            CASE WHEN \(valid) THEN substr(d.text, CAST(t.span_end + 1 AS INTEGER), \(literal: context)) END AS excerpt_after,
            CASE WHEN t.source_spans IS NOT NULL THEN d.text END AS document_text
            """
    }()

    /// The history is the task's own and each of its extensions', each found
    /// by the audit log's entity index.
    static func record(_ id: UUID) -> SQLQueryString {
        """
        SELECT \(selects.extensions) FROM extensions e WHERE e.task_id = \(bind: id)
        UNION ALL SELECT \(selects.reports) FROM progress_reports r JOIN users u ON u.id = r.author_id WHERE r.task_id = \(bind: id)
        UNION ALL SELECT \(selects.history) FROM audit_log a WHERE a.entity_id = \(bind: id)
        UNION ALL SELECT \(selects.history) FROM extensions x JOIN audit_log a ON a.entity_id = x.id WHERE x.task_id = \(bind: id)
        ORDER BY part, item_at
        """
    }

    /// Each part's select list, written once.
    private static let selects = (
        extensions: RecordColumn.select([
            .part: "\(literal: Part.extensions.rawValue)", .itemID: "e.id", .itemText: "e.reason", .itemDecision: "e.decision",
            .itemAt: "e.created_at", .previousDeadline: "e.previous_deadline", .requestedDeadline: "e.requested_deadline",
            .decisionNote: "e.decision_note", .decidedOn: "e.decided_on",
        ]),
        reports: RecordColumn.values([
            .part: "\(literal: Part.reports.rawValue)", .itemID: "r.id", .itemText: "r.text", .itemDecision: "r.decision",
            .itemAt: "r.created_at", .reportKind: "r.kind", .answerNumber: "r.answer_number",
            .evidenceFileName: "r.evidence_file_name", .reportedOn: "r.reported_on", .actorName: "u.display_name",
        ]),
        history: RecordColumn.values([
            .part: "\(literal: Part.history.rawValue)", .itemAt: "a.at", .actorName: "a.actor_name", .action: "a.action",
            .beforeJSON: "a.before_json", .afterJSON: "a.after_json",
        ]))
}

/// The columns of a task's record (`UnionColumn`), as `TaskDetail.load` reads
/// them by name. `item_*` are an extension's, a report's or an audit entry's.
enum RecordColumn: String, UnionColumn {
    case part
    case itemID = "item_id", itemText = "item_text", itemDecision = "item_decision", itemAt = "item_at"
    case previousDeadline = "previous_deadline", requestedDeadline = "requested_deadline"
    case decisionNote = "decision_note", decidedOn = "decided_on"
    case reportKind = "report_kind", answerNumber = "answer_number", evidenceFileName = "evidence_file_name"
    case reportedOn = "reported_on"
    case actorName = "actor_name", action, beforeJSON = "before_json", afterJSON = "after_json"

    var sqlType: String {
        switch self {
        case .part: "INTEGER"
        case .itemID: "UUID"
        case .itemAt: "TIMESTAMPTZ"
        default: "TEXT"
        }
    }
}

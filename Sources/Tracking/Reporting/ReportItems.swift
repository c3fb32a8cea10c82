import Foundation
import LegalCalendar
import SQLKit

/// What a period report counts, one row per *item*: a one-off task, or one
/// period (kỳ) of a recurring duty (docs/tracking-and-reports.md, "How a
/// recurring duty counts in period reports"). A duty counts once per period
/// begun by the cut-off, each with its own deadline and state; the duty's
/// own row, which mirrors its earliest open period, is not counted besides.
/// A task whose periods are not generated yet counts as a task.
///
/// The tally (`StoredFacts`), the pass over the tasks (`ReportFigureQuery`)
/// and the snapshots the pure classifier counts (`ReportSnapshots.items`)
/// all read this one statement, so they count the same items.
enum ReportItems {
    /// The items of the tasks matching `condition` (on the tasks aliased `t`),
    /// or only those of `ids` among them, with the columns a report reads:
    /// - item_id (the period's id, else the task's) and task_id;
    /// - lead_unit_id, leader_id, document_id: the task's;
    /// - workflow_state: the period's, except that a withdrawn or suspended
    ///   duty takes its open periods with it (its confirmed ones stay done);
    /// - deadline: in force, the period's last approved extension
    ///   (`extensions.occurrence_id`), else its computed deadline, which is
    ///   also its original_deadline;
    /// - completed_on; last_reported_on (a period's: its latest report);
    /// - begins_on: the period's first day (NULL for a task), so a period
    ///   begun after the cut-off is not yet owed; period_label.
    static func select(_ condition: SQLQueryString, only ids: [UUID]? = nil) -> SQLQueryString {
        parts(condition, only: ids).joined(separator: " UNION ALL ")
    }

    /// The two parts of `select`, the one-off tasks and the periods. A pass
    /// that aggregates runs once over each (as `(part) t`) and adds the
    /// results up: SQLite folds a plain subquery into the aggregate and
    /// reads the tasks' covering index, where it would materialise the
    /// UNION ALL first (0.15 instead of 0.05 s over 100,000 tasks).
    static func parts(_ condition: SQLQueryString, only ids: [UUID]? = nil) -> [SQLQueryString] {
        [tasks(condition, only: ids), periods(condition, only: ids)]
    }

    /// The one-off tasks: those without periods.
    static func tasks(_ condition: SQLQueryString, only ids: [UUID]? = nil) -> SQLQueryString {
        let only: SQLQueryString = ids.map { " AND t.id IN (\(binds: $0))" } ?? ""
        return """
            SELECT t.id AS item_id, t.id AS task_id, t.lead_unit_id, t.leader_id, t.document_id, t.workflow_state, t.deadline, \
            t.original_deadline, t.completed_on, t.last_reported_on, CAST(NULL AS TEXT) AS begins_on, CAST(NULL AS TEXT) AS period_label
            FROM tasks t
            WHERE \(condition)\(only) AND NOT EXISTS (SELECT 1 FROM task_occurrences x WHERE x.task_id = t.id)
            """
    }

    /// The periods of the recurring duties. They are read first (CROSS JOIN
    /// keeps SQLite's join order): they are few, where SQLite would otherwise
    /// walk a unit's or a document's tasks and probe each for periods.
    static func periods(_ condition: SQLQueryString, only ids: [UUID]? = nil) -> SQLQueryString {
        let only: SQLQueryString = ids.map { " AND o.id IN (\(binds: $0))" } ?? ""
        return """
            SELECT o.id AS item_id, t.id AS task_id, t.lead_unit_id, t.leader_id, t.document_id, \
            CASE WHEN t.workflow_state IN ('rut', 'tam_hoan') AND o.workflow_state <> 'da_hoan_thanh' THEN t.workflow_state \
            ELSE o.workflow_state END AS workflow_state, \
            COALESCE((SELECT e.requested_deadline FROM extensions e WHERE e.occurrence_id = o.id AND e.decision = 'dong_y' \
            ORDER BY e.decided_on DESC, e.created_at DESC, e.id DESC LIMIT 1), o.deadline) AS deadline, \
            o.deadline AS original_deadline, o.completed_on, \
            (SELECT MAX(p.reported_on) FROM progress_reports p WHERE p.occurrence_id = o.id) AS last_reported_on, \
            o.period_start AS begins_on, o.period_label
            FROM task_occurrences o CROSS JOIN tasks t
            WHERE t.id = o.task_id AND \(condition)\(only)
            """
    }

    /// An item's assignment day: its document's date, or its period's first
    /// day when that is later (a period is owed from its beginning).
    static func assignedOn(issued: CivilDate?, begins: CivilDate?) -> CivilDate? {
        guard let begins else { return issued }
        return max(issued ?? begins, begins)
    }
}

import SQLKit

/// Each task carries the day of its latest progress report
/// (`tasks.last_reported_on`). The update rate of a report (open tasks whose
/// last report falls in the window) then costs one more comparison in the
/// single pass over the tasks, instead of grouping every report by task and
/// looking each task up (measured by `dondoc bench-report`: that lookup cost
/// more than the whole count).
///
/// The app keeps the column itself, in the transaction that writes a report
/// (`Tracker.report`; reports are never changed or removed), not with
/// triggers: the schema stays free of logic so that it ports to the
/// distributed PostgreSQL-compatible engines. Bulk loads that write
/// `progress_reports` with SQL call `recompute(on:)` afterwards.
public enum LastReportColumn {
    static var steps: [SQLStep] {
        [
            SQLStep("tasks_last_reported_on", both: "ALTER TABLE tasks ADD COLUMN last_reported_on TEXT",
                    revert: "ALTER TABLE tasks DROP COLUMN last_reported_on"),
            SQLStep("tasks_last_reported_on_fill", sqlite: fill, postgres: fill),
            // The report's covering index, now with the new column.
            SQLStep("idx_tasks_report_updates", both: """
                CREATE INDEX idx_tasks_report_updates ON tasks (lead_unit_id, workflow_state, deadline, completed_on, \
                original_deadline, last_reported_on, document_id, leader_id, id)
                """, revert: "DROP INDEX idx_tasks_report_updates"),
            SQLStep("drop_idx_tasks_report", both: "DROP INDEX idx_tasks_report", revert: """
                CREATE INDEX idx_tasks_report ON tasks (lead_unit_id, workflow_state, deadline, completed_on, \
                original_deadline, document_id, leader_id, id)
                """),
        ]
    }

    private static let fill = """
        UPDATE tasks SET last_reported_on = (SELECT MAX(p.reported_on) FROM progress_reports p WHERE p.task_id = tasks.id)
        WHERE id IN (SELECT task_id FROM progress_reports)
        """

    /// Sets every task's day from its reports, after reports were written
    /// around `Tracker` (bulk loads, benchmarks, test books).
    public static func recompute(on sql: any SQLDatabase) async throws {
        try await sql.raw(SQLQueryString(fill)).run()
    }
}

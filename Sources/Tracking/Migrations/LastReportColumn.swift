/// Each task carries the day of its latest progress report
/// (`tasks.last_reported_on`), kept by the database itself on every insert,
/// change or removal of a report, whoever writes it. The update rate of a
/// report (open tasks whose last report falls in the window) then costs one
/// more comparison in the single pass over the tasks, instead of grouping
/// every report by task and looking each task up (measured by
/// `dondoc bench-report`: that lookup cost more than the whole count).
enum LastReportColumn {
    static var steps: [SQLStep] {
        [
            SQLStep("tasks_last_reported_on", both: "ALTER TABLE tasks ADD COLUMN last_reported_on TEXT",
                    revert: "ALTER TABLE tasks DROP COLUMN last_reported_on"),
            SQLStep("tasks_last_reported_on_fill", sqlite: fill, postgres: fill),
        ] + sqliteTriggers + postgresTrigger + [
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

    /// The latest report of one task, recomputed (after a change or removal).
    private static func recompute(_ task: String) -> String {
        """
        UPDATE tasks SET last_reported_on = (SELECT MAX(p.reported_on) FROM progress_reports p WHERE p.task_id = \(task)) \
        WHERE id = \(task);
        """
    }

    private static var sqliteTriggers: [SQLStep] {
        [
            // A new report can only move the day forward: no need to look at the others.
            SQLStep("progress_reports_last_insert", sqlite: """
                CREATE TRIGGER progress_reports_last_insert AFTER INSERT ON progress_reports BEGIN
                  UPDATE tasks SET last_reported_on = new.reported_on
                  WHERE id = new.task_id AND (last_reported_on IS NULL OR last_reported_on < new.reported_on);
                END
                """, postgres: nil, revertSQLite: "DROP TRIGGER progress_reports_last_insert"),
            SQLStep("progress_reports_last_update", sqlite: """
                CREATE TRIGGER progress_reports_last_update AFTER UPDATE OF task_id, reported_on ON progress_reports BEGIN
                  \(recompute("old.task_id"))
                  \(recompute("new.task_id"))
                END
                """, postgres: nil, revertSQLite: "DROP TRIGGER progress_reports_last_update"),
            SQLStep("progress_reports_last_delete", sqlite: """
                CREATE TRIGGER progress_reports_last_delete AFTER DELETE ON progress_reports BEGIN
                  \(recompute("old.task_id"))
                END
                """, postgres: nil, revertSQLite: "DROP TRIGGER progress_reports_last_delete"),
        ]
    }

    /// PostgreSQL runs triggers through a function: one step creates it, the next attaches it.
    private static var postgresTrigger: [SQLStep] {
        [
            SQLStep("progress_reports_last_function", sqlite: nil, postgres: """
                CREATE FUNCTION progress_reports_last() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP <> 'INSERT' THEN
                    \(recompute("OLD.task_id"))
                  END IF;
                  IF TG_OP <> 'DELETE' THEN
                    \(recompute("NEW.task_id"))
                  END IF;
                  RETURN NULL;
                END
                $$
                """, revertPostgres: "DROP FUNCTION progress_reports_last()"),
            SQLStep("progress_reports_last_trigger", sqlite: nil, postgres: """
                CREATE TRIGGER progress_reports_last AFTER INSERT OR DELETE OR UPDATE OF task_id, reported_on
                ON progress_reports FOR EACH ROW EXECUTE FUNCTION progress_reports_last()
                """, revertPostgres: "DROP TRIGGER progress_reports_last ON progress_reports"),
        ]
    }
}

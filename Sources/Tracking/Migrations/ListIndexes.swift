/// Indexes found missing by the web benchmark (scripts/bench-web.sh, 100,000
/// tasks): without them the task list sorted every task on each request and
/// the task page scanned every report.
enum ListIndexes {
    static var steps: [SQLStep] {
        [
            // The task list's ORDER BY, expression for expression (TaskQueries.list):
            // the list walks this index and stops after one page instead of
            // sorting the whole table. Both dialects accept expression indexes.
            SQLStep("idx_tasks_list_order", both: """
                CREATE INDEX idx_tasks_list_order ON tasks (
                  (CASE WHEN workflow_state IN ('da_hoan_thanh', 'rut') THEN 1 ELSE 0 END),
                  (CASE WHEN deadline IS NULL THEN 1 ELSE 0 END), deadline, created_at, id)
                """, revert: "DROP INDEX idx_tasks_list_order"),
            SQLStep("idx_progress_reports_task", both: "CREATE INDEX idx_progress_reports_task ON progress_reports (task_id)",
                    revert: "DROP INDEX idx_progress_reports_task"),
            SQLStep("idx_extensions_task", both: "CREATE INDEX idx_extensions_task ON extensions (task_id)",
                    revert: "DROP INDEX idx_extensions_task"),
        ]
    }
}

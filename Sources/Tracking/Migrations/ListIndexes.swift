/// Indexes found missing by the web benchmark (scripts/bench-web.sh, 100,000
/// tasks): the task page and the status classification look up a task's
/// reports and extensions on every request, which scanned both tables.
enum ListIndexes {
    static var steps: [SQLStep] {
        [
            SQLStep("idx_progress_reports_task", both: "CREATE INDEX idx_progress_reports_task ON progress_reports (task_id)",
                    revert: "DROP INDEX idx_progress_reports_task"),
            SQLStep("idx_extensions_task", both: "CREATE INDEX idx_extensions_task ON extensions (task_id)",
                    revert: "DROP INDEX idx_extensions_task"),
        ]
    }
}

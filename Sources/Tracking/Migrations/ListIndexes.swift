/// Indexes found missing by the web benchmark (scripts/bench-web.sh, 100,000
/// tasks): the task page and the status classification look up a task's
/// reports and extensions on every request, which scanned both tables; the
/// counts by workflow state (/metrics, dashboards) read every task row.
/// (A task's reports are found through idx_progress_reports_task, which the
/// reporting migrations create on (task_id, reported_on).)
enum ListIndexes {
    static var steps: [SQLStep] {
        [
            // Counting by state reads this small index instead of the table.
            SQLStep("idx_tasks_workflow_state", both: "CREATE INDEX idx_tasks_workflow_state ON tasks (workflow_state)",
                    revert: "DROP INDEX idx_tasks_workflow_state"),
            SQLStep("idx_extensions_task", both: "CREATE INDEX idx_extensions_task ON extensions (task_id)",
                    revert: "DROP INDEX idx_extensions_task"),
        ]
    }

    /// The dashboard's "documents with the most open tasks" counted open tasks
    /// per document from this index alone (it holds every column the count
    /// filters on, for each report subject): 190 → 25 ms of CPU in sqlite3
    /// on the 100,000-task benchmark file. Replaced by a partial index of the
    /// open tasks (`DashboardIndexes`).
    static var dashboardSteps: [SQLStep] {
        [
            SQLStep("idx_tasks_document_open", both: """
                CREATE INDEX idx_tasks_document_open ON tasks (document_id, workflow_state, deadline, lead_unit_id, leader_id)
                """, revert: "DROP INDEX idx_tasks_document_open"),
        ]
    }
}

/// Indexes that let the dashboard's reads group rows in the order an index
/// already gives instead of sorting them (measured on the 100,000-task
/// benchmark file, docs/benchmarks.md). One statement per step.
enum DashboardIndexes {
    static var steps: [SQLStep] {
        [
            // A report's sums per lead unit and kind (`TallyReader.sums`):
            // the month rows of a leader read in (unit, kind) order, the
            // count carried in the index. The primary key orders them by
            // bucket first, so grouping them sorted ~33,000 rows.
            SQLStep("idx_task_tallies_by_unit", both: """
                CREATE INDEX idx_task_tallies_by_unit ON task_tallies (leader_key, level, unit_key, kind, bucket, n)
                """, revert: "DROP INDEX idx_task_tallies_by_unit"),
            // The dashboard's trend (`TallyReader.totals`): the month rows
            // summed over the units, read in (kind, bucket) order.
            SQLStep("idx_task_tallies_by_kind", both: """
                CREATE INDEX idx_task_tallies_by_kind ON task_tallies (leader_key, level, kind, bucket, n)
                """, revert: "DROP INDEX idx_task_tallies_by_kind"),
            // The documents with the most open tasks: only the open tasks are
            // in this index, in document order, with every column the count
            // and a subject's condition read (the state too, or SQLite reads
            // the table row to check it). The index over all tasks it
            // replaces made the count walk the 100,000 of them.
            SQLStep("idx_tasks_open_by_document", both: """
                CREATE INDEX idx_tasks_open_by_document ON tasks (document_id, deadline, workflow_state, lead_unit_id, leader_id) \
                WHERE workflow_state NOT IN ('da_hoan_thanh', 'rut', 'tam_hoan')
                """, revert: "DROP INDEX idx_tasks_open_by_document"),
            SQLStep("drop_idx_tasks_document_open", both: "DROP INDEX idx_tasks_document_open", revert: """
                CREATE INDEX idx_tasks_document_open ON tasks (document_id, workflow_state, deadline, lead_unit_id, leader_id)
                """),
        ]
    }
}

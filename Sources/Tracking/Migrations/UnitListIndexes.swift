/// A unit's task list read in list order from indexes (TaskQueries.pageIDs):
/// the tasks it leads from `idx_tasks_unit_order`, those it coordinates from
/// `idx_coordinators_unit_order` over the keys each coordinator row keeps of
/// its task (CoordinatorListKeys). Both indexes are the list order of
/// idx_tasks_urgency after the unit, expression for expression, with the
/// state last so a state filter is checked in the index; a page stops after
/// its rows. On the 100,000-task benchmark file the page of a unit's tasks in
/// one state went from 2.0 to 0.15 ms of SQL. One statement per step.
enum UnitListIndexes {
    static var steps: [SQLStep] {
        [
            SQLStep("idx_tasks_unit_order", both: """
                CREATE INDEX idx_tasks_unit_order ON tasks (lead_unit_id, \
                (CASE WHEN workflow_state IN ('da_hoan_thanh', 'rut') THEN 1 ELSE 0 END), \
                (CASE WHEN deadline IS NULL THEN 1 ELSE 0 END), deadline, created_at, id, workflow_state)
                """, revert: "DROP INDEX idx_tasks_unit_order"),
            SQLStep("task_coordinators_task_workflow_state", both: "ALTER TABLE task_coordinators ADD COLUMN task_workflow_state TEXT",
                    revert: "ALTER TABLE task_coordinators DROP COLUMN task_workflow_state"),
            SQLStep("task_coordinators_task_deadline", both: "ALTER TABLE task_coordinators ADD COLUMN task_deadline TEXT",
                    revert: "ALTER TABLE task_coordinators DROP COLUMN task_deadline"),
            // The type of tasks.created_at in each dialect (Fluent's .datetime).
            SQLStep("task_coordinators_task_created_at",
                    sqlite: "ALTER TABLE task_coordinators ADD COLUMN task_created_at REAL",
                    postgres: "ALTER TABLE task_coordinators ADD COLUMN task_created_at TIMESTAMPTZ",
                    revertSQLite: "ALTER TABLE task_coordinators DROP COLUMN task_created_at",
                    revertPostgres: "ALTER TABLE task_coordinators DROP COLUMN task_created_at"),
            SQLStep("task_coordinators_list_keys_fill", sqlite: CoordinatorListKeys.copy,
                    postgres: CoordinatorListKeys.copy),
            SQLStep("idx_coordinators_unit_order", both: """
                CREATE INDEX idx_coordinators_unit_order ON task_coordinators (unit_id, \
                (CASE WHEN task_workflow_state IN ('da_hoan_thanh', 'rut') THEN 1 ELSE 0 END), \
                (CASE WHEN task_deadline IS NULL THEN 1 ELSE 0 END), task_deadline, task_created_at, task_id, task_workflow_state)
                """, revert: "DROP INDEX idx_coordinators_unit_order"),
        ]
    }
}

import FluentKit

/// The tally counts a report's items instead of tasks (`ReportItems`): a
/// recurring duty adds one row of facts per period. `task_facts` is keyed by
/// the item and keeps its task, so a write to a task recounts all its items.
/// One statement per step; the last step counts the book again.
enum ReportItemMigrations {
    static var all: [any Migration] {
        [
            SQLStep("task_facts_item_id", both: "ALTER TABLE task_facts RENAME COLUMN task_id TO item_id",
                    revert: "ALTER TABLE task_facts RENAME COLUMN item_id TO task_id"),
            SQLStep("task_facts_task_id", both: "ALTER TABLE task_facts ADD COLUMN task_id UUID",
                    revert: "ALTER TABLE task_facts DROP COLUMN task_id"),
            SQLStep("idx_task_facts_task", both: "CREATE INDEX idx_task_facts_task ON task_facts (task_id)",
                    revert: "DROP INDEX idx_task_facts_task"),
            // A period's last report and its deadline in force are read per
            // period when its task is counted again, and in the report's pass.
            SQLStep("idx_progress_reports_occurrence", both: """
                CREATE INDEX idx_progress_reports_occurrence ON progress_reports (occurrence_id, reported_on)
                """, revert: "DROP INDEX idx_progress_reports_occurrence"),
            SQLStep("idx_extensions_occurrence", both: "CREATE INDEX idx_extensions_occurrence ON extensions (occurrence_id, decision)",
                    revert: "DROP INDEX idx_extensions_occurrence"),
            CountReportItems(),
        ]
    }
}

/// Counts the book again, period by period for the recurring duties. It runs
/// today's counting code, so when the tally's tables change again this step
/// must count nothing, as `FillReportTally` does, and the new last step count.
struct CountReportItems: AsyncMigration {
    func prepare(on db: any Database) async throws { try await ReportTally.rebuild(on: db) }
    func revert(on db: any Database) async throws {}
}

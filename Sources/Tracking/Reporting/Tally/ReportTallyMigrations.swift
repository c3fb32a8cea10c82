import FluentKit

/// The report tally's two tables, appended last. One statement per step; the
/// last step fills them from the tasks already stored.
enum ReportTallyMigrations {
    static var all: [any Migration] {
        [
            CreateTaskFacts(), CreateTaskTallies(),
            // The open tasks due within the next working days: a short range of legal deadlines.
            SQLStep("idx_task_facts_due", both: """
                CREATE INDEX idx_task_facts_due ON task_facts (legal_deadline, placement, assigned_on, completed_on, unit_key)
                """, revert: "DROP INDEX idx_task_facts_due"),
            // The tasks finished after a cut-off (for the update rate).
            SQLStep("idx_task_facts_completed", both: """
                CREATE INDEX idx_task_facts_completed ON task_facts (completed_on, placement, reported_on, unit_key)
                """, revert: "DROP INDEX idx_task_facts_completed"),
            SQLStep("idx_task_facts_placement", both: "CREATE INDEX idx_task_facts_placement ON task_facts (placement, unit_key)",
                    revert: "DROP INDEX idx_task_facts_placement"),
            FillReportTally(),
        ]
    }
}

/// A task's facts as the tally last counted them (`TallyFacts`), days as
/// numbers since 1970-01-01: what a change must take back.
struct CreateTaskFacts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ReportTally.factsTable)
            .field("task_id", .uuid, .identifier(auto: false))
            .field("unit_key", .uuid, .required)
            .field("placement", .int, .required)
            .field("assigned_on", .int, .required)
            .field("completed_on", .int)
            .field("legal_deadline", .int)
            .field("legal_original_deadline", .int)
            .field("reported_on", .int)
            .field("deadline", .int)
            .field("original_deadline", .int)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(ReportTally.factsTable).delete() }
}

/// The prefix counts: per lead unit, kind (`TallyKind`) and bucket, how many
/// entries; a bucket is a day (level 0) or a month (level 1).
struct CreateTaskTallies: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ReportTally.tallyTable)
            .field("level", .int, .required)
            .field("bucket", .int, .required)
            .field("unit_key", .uuid, .required)
            .field("kind", .int, .required)
            .field("n", .int64, .required)
            .unique(on: "level", "bucket", "unit_key", "kind")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(ReportTally.tallyTable).delete() }
}

struct FillReportTally: AsyncMigration {
    func prepare(on db: any Database) async throws { try await ReportTally.rebuild(on: db) }
    func revert(on db: any Database) async throws {}
}

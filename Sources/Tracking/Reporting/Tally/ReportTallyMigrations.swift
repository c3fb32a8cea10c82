import FluentKit

/// The report tally's two tables, appended last. One statement per step; the
/// last step fills them from the tasks already stored.
enum ReportTallyMigrations {
    static var all: [any Migration] {
        [
            CreateTaskFacts(), CreateTaskTallies.step,
            // The two range reads, each an equality on the placement then a
            // short range: the open tasks due within the next working days
            // (a few days of legal deadlines), and the tasks finished after a
            // cut-off (for the update rate). The placement first also serves
            // the list of tasks counted alone.
            SQLStep("idx_task_facts_due", both: """
                CREATE INDEX idx_task_facts_due ON task_facts (placement, legal_deadline, assigned_on, completed_on, unit_key)
                """, revert: "DROP INDEX idx_task_facts_due"),
            SQLStep("idx_task_facts_completed", both: """
                CREATE INDEX idx_task_facts_completed ON task_facts (placement, completed_on, reported_on, unit_key)
                """, revert: "DROP INDEX idx_task_facts_completed"),
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
            .field("leader_id", .uuid)
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
/// entries; a bucket is a day (level 0) or a month (level 1). Each entry
/// counts twice: under every leader (`ReportTally.everyLeader`) for the whole
/// book and a unit, and under the task's leader (lãnh đạo phụ trách) for a
/// leader's report and dashboard. A report reads
/// ranges of buckets, so on SQLite the rows are stored in key order with
/// their count (WITHOUT ROWID): a range is read from contiguous pages, with
/// no lookup from an index into the table.
enum CreateTaskTallies {
    static let step = SQLStep("create_task_tallies", sqlite: """
        CREATE TABLE task_tallies (level INTEGER NOT NULL, bucket INTEGER NOT NULL, leader_key UUID NOT NULL, \
        unit_key UUID NOT NULL, kind INTEGER NOT NULL, n INTEGER NOT NULL, \
        PRIMARY KEY (leader_key, level, bucket, unit_key, kind)) WITHOUT ROWID
        """, postgres: """
        CREATE TABLE task_tallies (level INTEGER NOT NULL, bucket INTEGER NOT NULL, leader_key UUID NOT NULL, \
        unit_key UUID NOT NULL, kind INTEGER NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (leader_key, level, bucket, unit_key, kind))
        """, revertSQLite: "DROP TABLE task_tallies", revertPostgres: "DROP TABLE task_tallies")
}

/// Counted the book when the tally was new. The counting code now expects
/// the columns of a later step (`ReportItemMigrations`), and an upgrade that
/// runs this step also runs that one's recount (`CountReportItems`) before
/// anything reads the tally, so this step counts nothing itself.
struct FillReportTally: AsyncMigration {
    func prepare(on db: any Database) async throws {}
    func revert(on db: any Database) async throws {}
}

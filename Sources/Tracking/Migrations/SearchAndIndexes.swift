/// Indexes for the list filters, and the folded full-text search: FTS5
/// tables kept in step by triggers on SQLite, a `simple` tsvector GIN index on
/// PostgreSQL. Both index the `folded` column (lower case, no diacritics).
enum SearchAndIndexes {
    static var steps: [SQLStep] {
        [
            SQLStep("idx_tasks_lead_unit", both: "CREATE INDEX idx_tasks_lead_unit ON tasks (lead_unit_id)",
                    revert: "DROP INDEX idx_tasks_lead_unit"),
            SQLStep("idx_tasks_deadline", both: "CREATE INDEX idx_tasks_deadline ON tasks (deadline)",
                    revert: "DROP INDEX idx_tasks_deadline"),
            SQLStep("idx_tasks_document", both: "CREATE INDEX idx_tasks_document ON tasks (document_id)",
                    revert: "DROP INDEX idx_tasks_document"),
            SQLStep("idx_coordinators_unit", both: "CREATE INDEX idx_coordinators_unit ON task_coordinators (unit_id)",
                    revert: "DROP INDEX idx_coordinators_unit"),
            SQLStep("idx_audit_entity", both: "CREATE INDEX idx_audit_entity ON audit_log (entity_id)",
                    revert: "DROP INDEX idx_audit_entity"),
            SQLStep("idx_login_attempts", both: "CREATE INDEX idx_login_attempts ON login_attempts (username, address, at)",
                    revert: "DROP INDEX idx_login_attempts"),
        ] + fullText(table: "tasks") + fullText(table: "documents")
    }

    /// Serves the lists' order (open first, then by deadline) straight from an
    /// index; the expressions must stay identical to TaskQueries' ORDER BY.
    static let urgencyOrder = SQLStep(
        "idx_tasks_urgency",
        both: """
        CREATE INDEX idx_tasks_urgency ON tasks ((CASE WHEN workflow_state IN ('da_hoan_thanh', 'rut') THEN 1 ELSE 0 END), \
        (CASE WHEN deadline IS NULL THEN 1 ELSE 0 END), deadline, created_at, id)
        """,
        revert: "DROP INDEX idx_tasks_urgency")

    private static func fullText(table: String) -> [SQLStep] {
        let fts = "\(table)_fts"
        return [
            SQLStep("\(fts)_table",
                    sqlite: "CREATE VIRTUAL TABLE \(fts) USING fts5(row_id UNINDEXED, folded, tokenize = 'unicode61')",
                    postgres: "CREATE INDEX \(fts) ON \(table) USING GIN (to_tsvector('simple', folded))",
                    revertSQLite: "DROP TABLE \(fts)", revertPostgres: "DROP INDEX \(fts)"),
            SQLStep("\(fts)_insert",
                    sqlite: """
                    CREATE TRIGGER \(fts)_insert AFTER INSERT ON \(table) BEGIN
                      INSERT INTO \(fts) (row_id, folded) VALUES (new.id, new.folded);
                    END
                    """,
                    postgres: nil, revertSQLite: "DROP TRIGGER \(fts)_insert"),
            SQLStep("\(fts)_update",
                    sqlite: """
                    CREATE TRIGGER \(fts)_update AFTER UPDATE OF folded ON \(table) BEGIN
                      DELETE FROM \(fts) WHERE row_id = old.id;
                      INSERT INTO \(fts) (row_id, folded) VALUES (new.id, new.folded);
                    END
                    """,
                    postgres: nil, revertSQLite: "DROP TRIGGER \(fts)_update"),
            SQLStep("\(fts)_delete",
                    sqlite: """
                    CREATE TRIGGER \(fts)_delete AFTER DELETE ON \(table) BEGIN
                      DELETE FROM \(fts) WHERE row_id = old.id;
                    END
                    """,
                    postgres: nil, revertSQLite: "DROP TRIGGER \(fts)_delete"),
        ]
    }
}

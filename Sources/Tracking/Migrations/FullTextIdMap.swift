import SQLKit

/// The SQLite full-text tables rebuilt around an id map, one statement a step.
///
/// They were FTS5 tables holding each row's id in an UNINDEXED column beside
/// a copy of its folded text. Two costs followed from the unindexed id:
/// - a search read the id of every match from the FTS table's stored rows
///   (6,205 tasks match "chuyen doi so" in the 100,000-task benchmark file);
/// - changing or deleting a task found its FTS row by scanning all of them
///   (66 ms on that file), inside the write transaction every other write
///   waits behind.
///
/// Now `<table>_fts_ids` numbers the rows (`doc`, an INTEGER PRIMARY KEY, so
/// a rowid lookup) with a unique index on the id, and `<table>_fts` is a
/// contentless FTS5 table whose rowid is that number
/// (`contentless_delete=1`, SQLite 3.43+: rows can be deleted and updated
/// without their text). A search joins the matches to the map by rowid; a
/// write finds its FTS row through the id's index; the folded text is no
/// longer stored twice. Not the tables' own rowids: `VACUUM` may renumber
/// those (no INTEGER PRIMARY KEY), which would silently detach the index.
///
/// PostgreSQL's GIN index over the table's own column needs none of this.
enum FullTextIdMap {
    static var steps: [SQLStep] { map(table: "tasks") + map(table: "documents") }

    private static func map(table: String) -> [SQLStep] {
        let fts = "\(table)_fts", ids = "\(table)_fts_ids"
        func sqlite(_ name: String, _ statement: String) -> SQLStep {
            SQLStep("\(fts)_map_\(name)", sqlite: statement, postgres: nil)
        }
        let doc = "(SELECT doc FROM \(ids) WHERE row_id = old.id)"
        return [
            sqlite("drop_insert", "DROP TRIGGER \(fts)_insert"),
            sqlite("drop_update", "DROP TRIGGER \(fts)_update"),
            sqlite("drop_delete", "DROP TRIGGER \(fts)_delete"),
            sqlite("drop_table", "DROP TABLE \(fts)"),
            // Same declared type as the table's id, so both compare alike.
            sqlite("ids", "CREATE TABLE \(ids) (doc INTEGER PRIMARY KEY, row_id UUID NOT NULL UNIQUE)"),
            sqlite("table", "CREATE VIRTUAL TABLE \(fts) USING fts5(folded, content = '', contentless_delete = 1, tokenize = 'unicode61')"),
            sqlite("fill_ids", "INSERT INTO \(ids) (row_id) SELECT id FROM \(table)"),
            sqlite("fill", "INSERT INTO \(fts) (rowid, folded) SELECT i.doc, t.folded FROM \(ids) i JOIN \(table) t ON t.id = i.row_id"),
            sqlite("insert", """
                CREATE TRIGGER \(fts)_insert AFTER INSERT ON \(table) BEGIN
                  INSERT INTO \(ids) (row_id) VALUES (new.id);
                  INSERT INTO \(fts) (rowid, folded) VALUES ((SELECT doc FROM \(ids) WHERE row_id = new.id), new.folded);
                END
                """),
            sqlite("update", """
                CREATE TRIGGER \(fts)_update AFTER UPDATE OF folded ON \(table) BEGIN
                  DELETE FROM \(fts) WHERE rowid = \(doc);
                  INSERT INTO \(fts) (rowid, folded) VALUES (\(doc), new.folded);
                END
                """),
            sqlite("delete", """
                CREATE TRIGGER \(fts)_delete AFTER DELETE ON \(table) BEGIN
                  DELETE FROM \(fts) WHERE rowid = \(doc);
                  DELETE FROM \(ids) WHERE row_id = old.id;
                END
                """),
        ]
    }

    /// The condition a search puts on `alias.id`: its row's folded text holds
    /// every word of `phrase` (FTS5 query syntax).
    static func matching(_ phrase: String, table: String, alias: String) -> SQLQueryString {
        let (fts, ids) = ("\(table)_fts", "\(table)_fts_ids")
        return """
            \(unsafeRaw: alias).id IN (SELECT i.row_id FROM \(unsafeRaw: fts) CROSS JOIN \(unsafeRaw: ids) i ON i.doc = \(unsafeRaw: fts).rowid \
            WHERE \(unsafeRaw: fts) MATCH \(bind: phrase))
            """
    }
}

import FluentKit
import SQLKit

/// A migration step that runs exactly one raw SQL statement, chosen by
/// dialect. Used for what Fluent's schema builder cannot say: indexes,
/// full-text search tables and their triggers.
struct SQLStep: AsyncMigration {
    let name: String
    let sqlite: String?
    let postgres: String?
    let revertSQLite: String?
    let revertPostgres: String?

    init(_ name: String, sqlite: String?, postgres: String?, revertSQLite: String? = nil, revertPostgres: String? = nil) {
        self.name = name
        self.sqlite = sqlite
        self.postgres = postgres
        self.revertSQLite = revertSQLite
        self.revertPostgres = revertPostgres
    }

    /// The same statement on both dialects.
    init(_ name: String, both: String, revert: String) {
        self.init(name, sqlite: both, postgres: both, revertSQLite: revert, revertPostgres: revert)
    }

    func prepare(on db: any Database) async throws {
        try await run(isPostgres(db) ? postgres : sqlite, on: db)
    }

    func revert(on db: any Database) async throws {
        try await run(isPostgres(db) ? revertPostgres : revertSQLite, on: db)
    }

    private func run(_ statement: String?, on db: any Database) async throws {
        guard let statement, let sql = db as? any SQLDatabase else { return }
        try await sql.raw(SQLQueryString(statement)).run()
    }
}

func isPostgres(_ db: any Database) -> Bool {
    (db as? any SQLDatabase)?.dialect.name == "postgresql"
}

import FluentKit

/// An extension request may concern one period of a recurring duty
/// (`extensions.occurrence_id`; null for a whole task). The column carries no
/// foreign key: this step runs before the periods table is created on a new
/// database (the recurring steps stay last in the list), and SQLite cannot add
/// the constraint afterwards. `Tracker.requestExtension` checks that the
/// period belongs to the task.
enum PeriodExtensionColumn {
    static var steps: [any Migration] { [AddExtensionOccurrence()] }
}

struct AddExtensionOccurrence: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ExtensionRecord.schema).field("occurrence_id", .uuid).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(ExtensionRecord.schema).deleteField("occurrence_id").update()
    }
}

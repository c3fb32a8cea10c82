import FluentKit

/// Columns for reshaping a draft: the proposals as the clerk merged or split
/// them, and the several passages a merged task comes from.
enum DraftReviewColumns {
    static var steps: [any Migration] { [AddDocumentProposals(), AddTaskSourceSpans()] }
}

struct AddDocumentProposals: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(DocumentRecord.schema).field("proposals_json", .string).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(DocumentRecord.schema).deleteField("proposals_json").update()
    }
}

struct AddTaskSourceSpans: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(TaskRecord.schema).field("source_spans", .string).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(TaskRecord.schema).deleteField("source_spans").update()
    }
}

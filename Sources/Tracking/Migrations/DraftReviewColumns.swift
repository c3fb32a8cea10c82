import FluentKit

/// Columns for reshaping a draft: the proposals as the clerk merged or split
/// them, and the several passages and due dates a merged task comes with.
enum DraftReviewColumns {
    static var steps: [any Migration] { [AddDocumentProposals(), AddTaskSourceSpans(), AddTaskMilestones()] }
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

struct AddTaskMilestones: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(TaskRecord.schema).field("milestones", .string).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(TaskRecord.schema).deleteField("milestones").update()
    }
}

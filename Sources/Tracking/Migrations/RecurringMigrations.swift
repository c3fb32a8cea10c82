import FluentKit

/// The schema of recurring duties tracked period by period, appended after the
/// reporting schema. One statement per step.
enum RecurringMigrations {
    static var all: [any Migration] {
        [
            CreateTaskOccurrences(), AddTaskRecurrenceUntil(), AddReportOccurrence(),
            SQLStep("idx_task_occurrences_deadline", both: "CREATE INDEX idx_task_occurrences_deadline ON task_occurrences (deadline)",
                    revert: "DROP INDEX idx_task_occurrences_deadline"),
        ]
    }
}

/// The periods of recurring duties; (task, period) is unique so rolling a duty
/// forward twice at once cannot owe a period twice.
struct CreateTaskOccurrences: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(OccurrenceRecord.schema)
            .id()
            .field("task_id", .uuid, .required, .references(TaskRecord.schema, .id))
            .field("period_code", .string, .required)
            .field("period_label", .string, .required)
            .field("period_start", .string, .required)
            .field("period_end", .string, .required)
            .field("deadline", .string, .required)
            .field("workflow_state", .string, .required)
            .field("completed_on", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "task_id", "period_code")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(OccurrenceRecord.schema).delete() }
}

/// The last day a recurring duty runs ("đến hết năm 2026"); null when open-ended.
struct AddTaskRecurrenceUntil: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(TaskRecord.schema).field("recurrence_until", .string).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(TaskRecord.schema).deleteField("recurrence_until").update()
    }
}

/// The period a report on a recurring duty answers for.
struct AddReportOccurrence: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ProgressReportRecord.schema)
            .field("occurrence_id", .uuid, .references(OccurrenceRecord.schema, .id)).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(ProgressReportRecord.schema).deleteField("occurrence_id").update()
    }
}

import FluentKit

/// The schema of reports and reminders, appended after the tracking schema.
enum ReportingMigrations {
    static var all: [any Migration] {
        [
            // The report's GROUP BY reads only this index (no table rows): the
            // lead unit first so groups stream out without a sort, then every
            // column the CASE sums and the filters look at, the id last.
            SQLStep("idx_tasks_report", both: """
                CREATE INDEX idx_tasks_report ON tasks (lead_unit_id, workflow_state, deadline, completed_on, \
                original_deadline, document_id, leader_id, id)
                """, revert: "DROP INDEX idx_tasks_report"),
            SQLStep("idx_tasks_original_deadline", both: "CREATE INDEX idx_tasks_original_deadline ON tasks (original_deadline)",
                    revert: "DROP INDEX idx_tasks_original_deadline"),
            SQLStep("idx_progress_reports_task", both: "CREATE INDEX idx_progress_reports_task ON progress_reports (task_id, reported_on)",
                    revert: "DROP INDEX idx_progress_reports_task"),
            SQLStep("idx_documents_issued_on", both: "CREATE INDEX idx_documents_issued_on ON documents (issued_on)",
                    revert: "DROP INDEX idx_documents_issued_on"),
            AddUserEmail(), CreateDeliveries(), CreateNotifications(),
        ]
    }
}

/// Where a user's reminders are e-mailed; optional.
struct AddUserEmail: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(UserRecord.schema).field("email", .string).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(UserRecord.schema).deleteField("email").update()
    }
}

struct CreateDeliveries: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(DeliveryRecord.schema)
            .id()
            .field("channel", .string, .required)
            .field("recipient", .string, .required)
            .field("digest_date", .string, .required)
            .field("status", .string, .required)
            .field("detail", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "channel", "recipient", "digest_date")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(DeliveryRecord.schema).delete() }
}

struct CreateNotifications: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(NotificationRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserRecord.schema, .id))
            .field("digest_date", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("link", .string)
            .field("read", .bool, .required)
            .field("created_at", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(NotificationRecord.schema).delete() }
}

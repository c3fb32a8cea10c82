import FluentKit

// One table per migration: each step is a single DDL statement, so a failure
// leaves the schema at a known step on SQLite and PostgreSQL alike. Enums are
// stored as plain strings (no PostgreSQL enum types) to keep both dialects equal.

struct CreateOrganisations: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(OrganisationRecord.schema)
            .id()
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(OrganisationRecord.schema).delete() }
}

struct CreateUnits: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(UnitRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationRecord.schema, .id))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("aliases", .array(of: .string), .required)
            .field("parent_id", .uuid, .references(UnitRecord.schema, .id))
            .field("valid_from", .string)
            .field("valid_to", .string)
            .field("successor_id", .uuid, .references(UnitRecord.schema, .id))
            .unique(on: "organisation_id", "code")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(UnitRecord.schema).delete() }
}

struct CreateUsers: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(UserRecord.schema)
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("unit_id", .uuid, .references(UnitRecord.schema, .id))
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "username")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(UserRecord.schema).delete() }
}

struct CreateDocuments: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(DocumentRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationRecord.schema, .id))
            .field("state", .string, .required)
            .field("doc_type", .string)
            .field("number", .string)
            .field("issuer", .string)
            .field("issued_on", .string)
            .field("subject", .string)
            .field("signer", .string)
            .field("file_name", .string, .required)
            .field("format", .string, .required)
            .field("original", .data, .required)
            .field("text", .string, .required)
            .field("folded", .string, .required)
            .field("extraction_json", .string)
            .field("created_by", .uuid, .references(UserRecord.schema, .id))
            .field("created_at", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(DocumentRecord.schema).delete() }
}

struct CreateTasks: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(TaskRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationRecord.schema, .id))
            .field("document_id", .uuid, .references(DocumentRecord.schema, .id))
            .field("section", .string)
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("span_start", .int)
            .field("span_end", .int)
            .field("lead_unit_id", .uuid, .references(UnitRecord.schema, .id))
            .field("lead_text", .string)
            .field("leader_id", .uuid, .references(UserRecord.schema, .id))
            .field("deadline", .string)
            .field("original_deadline", .string)
            .field("deadline_text", .string)
            .field("recurrence", .string)
            .field("workflow_state", .string, .required)
            .field("completed_on", .string)
            .field("folded", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(TaskRecord.schema).delete() }
}

struct CreateCoordinators: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(CoordinationRecord.schema)
            .id()
            .field("task_id", .uuid, .required, .references(TaskRecord.schema, .id))
            .field("unit_id", .uuid, .required, .references(UnitRecord.schema, .id))
            .field("state", .string, .required)
            .unique(on: "task_id", "unit_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(CoordinationRecord.schema).delete() }
}

struct CreateProgressReports: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ProgressReportRecord.schema)
            .id()
            .field("task_id", .uuid, .required, .references(TaskRecord.schema, .id))
            .field("author_id", .uuid, .required, .references(UserRecord.schema, .id))
            .field("unit_id", .uuid, .references(UnitRecord.schema, .id))
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("evidence_file_name", .string)
            .field("evidence", .data)
            .field("answer_number", .string)
            .field("reported_on", .string, .required)
            .field("decision", .string, .required)
            .field("decided_by", .uuid, .references(UserRecord.schema, .id))
            .field("created_at", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(ProgressReportRecord.schema).delete() }
}

struct CreateExtensions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ExtensionRecord.schema)
            .id()
            .field("task_id", .uuid, .required, .references(TaskRecord.schema, .id))
            .field("requested_by", .uuid, .required, .references(UserRecord.schema, .id))
            .field("reason", .string, .required)
            .field("previous_deadline", .string)
            .field("requested_deadline", .string, .required)
            .field("decision", .string, .required)
            .field("decision_note", .string)
            .field("decided_by", .uuid, .references(UserRecord.schema, .id))
            .field("created_at", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(ExtensionRecord.schema).delete() }
}

struct CreateAuditLog: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(AuditRecord.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("before_json", .string)
            .field("after_json", .string)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(AuditRecord.schema).delete() }
}

struct CreateApiTokens: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ApiTokenRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserRecord.schema, .id))
            .field("token_hash", .string, .required)
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(ApiTokenRecord.schema).delete() }
}

struct CreateCalendarOverrides: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(DayOverrideRecord.schema)
            .id()
            .field("date", .string, .required)
            .field("is_working_day", .bool, .required)
            .field("name", .string, .required)
            .unique(on: "date")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(DayOverrideRecord.schema).delete() }
}

struct CreateLoginAttempts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(LoginAttemptRecord.schema)
            .id()
            .field("username", .string, .required)
            .field("address", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema(LoginAttemptRecord.schema).delete() }
}

/// The day a leader decided an extension: an extension only counts for work
/// finished after it was granted.
struct AddExtensionDecidedOn: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ExtensionRecord.schema).field("decided_on", .string).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema(ExtensionRecord.schema).deleteField("decided_on").update()
    }
}

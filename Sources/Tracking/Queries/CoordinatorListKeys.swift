import FluentKit
import Foundation
import SQLKit

/// Each coordinator row (`task_coordinators`) carries a copy of its task's
/// list-order keys: `task_workflow_state`, `task_deadline`, `task_created_at`.
/// With them a unit's coordinated tasks are read in list order straight off
/// `idx_coordinators_unit_order`, and a page stops after its rows: before,
/// every task the unit coordinates (about 730 on the benchmark file) was
/// looked up and sorted to show 50.
///
/// The copy is kept in one place, Fluent's model middleware below, in the
/// writer's transaction (no triggers: the schema stays free of logic so it
/// ports to the distributed PostgreSQL-compatible engines). `drift(on:)` finds
/// rows out of step; the app tests check it after every scenario. Bulk loads
/// that write tasks or coordinators with SQL call `recompute(on:)`.
public enum CoordinatorListKeys {
    public static var middleware: [any AnyModelMiddleware] { [Tasks(), Coordinators()] }

    /// A task's keys changed (its state, its deadline in force): its coordinator rows follow.
    struct Tasks: AsyncModelMiddleware {
        func update(model: TaskRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await refresh(task: model.requireID(), on: db)
        }
    }

    /// A coordinator row is written without the keys (the model does not
    /// know them): they are copied from its task right after.
    struct Coordinators: AsyncModelMiddleware {
        func create(model: CoordinationRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db)
            try await refresh(task: model.$task.id, on: db)
        }
        func update(model: CoordinationRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await refresh(task: model.$task.id, on: db)
        }
    }

    static func refresh(task id: UUID, on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("\(unsafeRaw: copy) WHERE task_id = \(bind: id)").run()
    }

    /// Copies every task's keys to its coordinator rows, after a bulk load
    /// wrote them with SQL (benchmarks, test books).
    public static func recompute(on sql: any SQLDatabase) async throws {
        try await sql.raw(SQLQueryString(copy)).run()
    }

    /// The coordinator rows whose keys differ from their task's.
    public static func drift(on db: any Database) async throws -> [UUID] {
        try await (db as! any SQLDatabase).raw("""
            SELECT c.id FROM task_coordinators c JOIN tasks t ON t.id = c.task_id
            WHERE c.task_workflow_state IS DISTINCT FROM t.workflow_state OR c.task_deadline IS DISTINCT FROM t.deadline
               OR c.task_created_at IS DISTINCT FROM t.created_at
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// Correlated subqueries rather than UPDATE … FROM: the one form every
    /// supported engine reads alike.
    static let copy = """
        UPDATE task_coordinators SET \
        task_workflow_state = (SELECT t.workflow_state FROM tasks t WHERE t.id = task_coordinators.task_id), \
        task_deadline = (SELECT t.deadline FROM tasks t WHERE t.id = task_coordinators.task_id), \
        task_created_at = (SELECT t.created_at FROM tasks t WHERE t.id = task_coordinators.task_id)
        """
}

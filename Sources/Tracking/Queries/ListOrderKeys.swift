import SQLKit

/// Where a query reads a task's list-order keys: on the task itself (`t`), or
/// on the copy a coordinator row keeps of them (`c`, CoordinatorListKeys).
/// Both give the same order, so a unit's led and coordinated tasks merge.
struct ListOrderKeys: Sendable {
    let state: SQLQueryString
    let deadline: SQLQueryString
    let createdAt: SQLQueryString
    let id: SQLQueryString

    static let task = ListOrderKeys(state: "t.workflow_state", deadline: "t.deadline", createdAt: "t.created_at", id: "t.id")
    static let coordinator = ListOrderKeys(state: "c.task_workflow_state", deadline: "c.task_deadline",
                                           createdAt: "c.task_created_at", id: "c.task_id")

    /// Open first, then by deadline (none last), then by age: the expressions
    /// of idx_tasks_urgency, idx_tasks_unit_order and idx_coordinators_unit_order.
    var order: SQLQueryString {
        "\(finished), \(undated), \(deadline), \(createdAt), \(id)"
    }

    /// The keys as columns, so a union of pages sorts without reading the tasks.
    var selected: SQLQueryString {
        "\(finished) AS k_finished, \(undated) AS k_undated, \(deadline) AS k_deadline, \(createdAt) AS k_created, \(id) AS id"
    }
    static let selectedOrder: SQLQueryString = "k_finished, k_undated, k_deadline, k_created, id"

    var finished: SQLQueryString { "CASE WHEN \(state) IN ('da_hoan_thanh', 'rut') THEN 1 ELSE 0 END" }
    var undated: SQLQueryString { "CASE WHEN \(deadline) IS NULL THEN 1 ELSE 0 END" }
}

/// A list's filters as SQL: those on the order keys (state, deadline), which
/// a coordinator row's copy answers alone, and those on the task's other
/// columns (alias `t`).
struct ListConditions {
    var onKeys: [@Sendable (ListOrderKeys) -> SQLQueryString] = []
    var onTask: [SQLQueryString] = []

    func sql(_ keys: ListOrderKeys) -> SQLQueryString {
        let all = onKeys.map { $0(keys) } + onTask
        return all.isEmpty ? "1 = 1" : all.joined(separator: " AND ")
    }
}

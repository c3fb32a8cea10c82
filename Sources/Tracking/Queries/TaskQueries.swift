import FluentKit
import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

/// The read side: lists, the unit inbox and search, in SQL that runs the
/// same on SQLite and PostgreSQL (only the full-text match differs).
public struct TaskQueries: Sendable {
    let sql: any SQLDatabase
    let postgres: Bool
    let classifier: StatusClassifier
    /// The day statuses are classified on.
    public let asOf: CivilDate

    public init(db: any Database, classifier: StatusClassifier, asOf: CivilDate) {
        sql = db as! any SQLDatabase  // both supported drivers are SQL databases
        postgres = isPostgres(db)
        self.classifier = classifier
        self.asOf = asOf
    }

    public func list(_ filter: TaskFilter) async throws -> [TaskRow] {
        var conditions = ListConditions()
        if let leader = filter.leaderID { conditions.onTask.append("t.leader_id = \(bind: leader)") }
        if let state = filter.state { conditions.onKeys.append { "\($0.state) = \(bind: state.rawValue)" } }
        if let from = filter.deadlineFrom { conditions.onKeys.append { "\($0.deadline) >= \(bind: from)" } }
        if let to = filter.deadlineTo { conditions.onKeys.append { "\($0.deadline) <= \(bind: to)" } }
        if let document = filter.documentID { conditions.onTask.append("t.document_id = \(bind: document)") }
        if let query = filter.query, let match = textMatch(query, table: "tasks", alias: "t") { conditions.onTask.append(match) }
        let limit = min(max(filter.limit ?? TaskFilter.pageSize, 1), 1000)
        let offset = max(filter.offset ?? 0, 0)

        if let status = filter.status {
            // The official status is computed, not stored. SQL narrows to the
            // rows that can have it; classifying, chunk by chunk, decides.
            conditions.onKeys.append { candidates(for: status, keys: $0) }
            // Most candidates have the status (the stored deadline is the one
            // in force), so the first chunk is about the page; classifying a
            // fixed 500 rows cost a page of 50 ten times what it showed.
            var matching: [TaskRow] = []
            var scanned = 0
            var size = (offset + limit) * 5 / 4 + 10
            while matching.count < offset + limit {
                let chunk = try await fetch(conditions, unit: filter.unitID, limit: size, offset: scanned)
                scanned += chunk.count
                matching += chunk.filter { $0.status == status }
                guard chunk.count == size else { break }
                size = min(size * 2, 2000)
            }
            return Array(matching.dropFirst(offset).prefix(limit))
        }
        return try await fetch(conditions, unit: filter.unitID, limit: limit, offset: offset)
    }

    /// A condition every task with `status` today satisfies (and few others):
    /// the deadline in force is stored, and a deadline on a day off rolls
    /// forward by at most the longest holiday, so a margin covers the roll.
    func candidates(for status: TaskStatus, keys: ListOrderKeys) -> SQLQueryString {
        let (state, deadline) = (keys.state, keys.deadline)
        let open: SQLQueryString = "\(state) NOT IN ('da_hoan_thanh', 'rut', 'tam_hoan')"
        let margin = asOf.adding(days: -15).iso
        switch status {
        case .overdue: return "\(open) AND \(deadline) < \(bind: asOf.iso)"
        case .inProgressOnTime: return "\(open) AND \(deadline) >= \(bind: margin)"
        case .noDeadline: return "\(open) AND \(deadline) IS NULL"
        case .doneOnTime, .doneLate: return "\(state) = 'da_hoan_thanh' AND \(deadline) IS NOT NULL"
        case .doneNoDeadline: return "\(state) = 'da_hoan_thanh' AND \(deadline) IS NULL"
        }
    }

    /// The ids of one page of the tasks that meet `conditions`, in list order.
    ///
    /// A unit's tasks are those it leads and those it coordinates. Each role
    /// gives its own first `offset + limit` tasks in list order with their
    /// keys, and the page is cut from the union by those keys: the led ones
    /// read off idx_tasks_unit_order, the coordinated ones off
    /// idx_coordinators_unit_order through the keys each coordinator row keeps
    /// of its task (CoordinatorListKeys), both stopping after the page. The
    /// task is looked up only when a condition reads more than its keys.
    /// The ids of a page of the list and their place in it (`n`, from 1):
    /// the page is cut in list order, then numbered over its own rows (a
    /// window over the whole list would number every matching task), so
    /// that the statement reading the page can return its rows in any order.
    func pageIDs(_ conditions: ListConditions, unit: UUID?, limit: Int, offset: Int) -> SQLQueryString {
        "SELECT id, ROW_NUMBER() OVER (ORDER BY \(ListOrderKeys.selectedOrder)) AS n FROM (\(pageKeys(conditions, unit: unit, limit: limit, offset: offset))) p"
    }

    /// The order keys of a page of the list.
    private func pageKeys(_ conditions: ListConditions, unit: UUID?, limit: Int, offset: Int) -> SQLQueryString {
        let (task, copy) = (ListOrderKeys.task, ListOrderKeys.coordinator)
        guard let unit else {
            return "SELECT \(task.selected) FROM tasks t WHERE \(conditions.sql(task)) ORDER BY \(task.order) LIMIT \(literal: limit) OFFSET \(literal: offset)"
        }
        let reach = offset + limit
        // CROSS JOIN keeps SQLite reading the coordinator rows in order and
        // probing their tasks; PostgreSQL reads it as the plain join it is.
        let coordinated: SQLQueryString = conditions.onTask.isEmpty
            ? "SELECT \(copy.selected) FROM task_coordinators c WHERE c.unit_id = \(bind: unit) AND \(conditions.sql(copy))"
            : """
              SELECT \(copy.selected) FROM task_coordinators c CROSS JOIN tasks t
              WHERE t.id = c.task_id AND c.unit_id = \(bind: unit) AND \(conditions.sql(copy))
              """
        return """
            SELECT * FROM (
                SELECT * FROM (SELECT \(task.selected) FROM tasks t WHERE t.lead_unit_id = \(bind: unit) AND \(conditions.sql(task))
                               ORDER BY \(task.order) LIMIT \(literal: reach)) led
                UNION
                SELECT * FROM (\(coordinated) ORDER BY \(copy.order) LIMIT \(literal: reach)) coordinated
            ) m
            ORDER BY \(ListOrderKeys.selectedOrder) LIMIT \(literal: limit) OFFSET \(literal: offset)
            """
    }

    static let columns: SQLQueryString = """
        t.id, t.title, t.section, t.document_id, d.number AS document_number, \
        t.lead_unit_id, u.name AS lead_unit_name, t.lead_text, t.leader_id, \
        l.display_name AS leader_name, t.deadline, t.original_deadline, t.deadline_text, \
        t.workflow_state, t.completed_on
        """

    static let joins: SQLQueryString = """
        LEFT JOIN documents d ON d.id = t.document_id \
        LEFT JOIN units u ON u.id = t.lead_unit_id \
        LEFT JOIN users l ON l.id = t.leader_id
        """

    /// Open tasks first, the most urgent on top: overdue (longest late first),
    /// then due soon, then by deadline; tasks without a deadline last.
    public static func byUrgency(_ a: TaskRow, _ b: TaskRow) -> Bool {
        func rank(_ t: TaskRow) -> Int {
            switch t.status {
            case .overdue: return 0
            case .inProgressOnTime: return t.isDueSoon ? 1 : 2
            case .noDeadline: return 3
            default: return 4
            }
        }
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        if a.workingDaysLate != b.workingDaysLate { return a.workingDaysLate > b.workingDaysLate }
        return (a.deadline ?? "9999") < (b.deadline ?? "9999")
    }

    /// Gives each row its official status on `asOf` (TrackingRules), counting
    /// the extensions a leader approved (for a recurring duty, those of the
    /// period the row shows), in the order they were decided.
    func classify(_ rows: inout [TaskRow], extensions: [UUID: [DeadlineExtension]]) {
        for i in rows.indices {
            let timeline = TaskTimeline(
                originalDeadline: (rows[i].originalDeadline ?? rows[i].deadline).flatMap(CivilDate.init(iso:)),
                extensions: extensions[rows[i].id] ?? [],
                completedOn: rows[i].completedOn.flatMap(CivilDate.init(iso:)),
                workflowState: rows[i].workflowState)
            let result = classifier.classify(timeline, asOf: asOf)
            rows[i].status = result.status
            rows[i].statusLabel = result.status?.label ?? rows[i].workflowLabel
            rows[i].isDueSoon = result.isDueSoon
            rows[i].workingDaysLate = result.workingDaysLate
            rows[i].workingDaysLeft = result.workingDaysLeft
        }
    }

    /// Every word of the query, folded, must occur in the row's folded text.
    func textMatch(_ query: String, table: String, alias: String) -> SQLQueryString? {
        let words = SearchFolding.words(query)
        guard !words.isEmpty else { return nil }
        if postgres {
            return "to_tsvector('simple', \(unsafeRaw: alias).folded) @@ plainto_tsquery('simple', \(bind: words.joined(separator: " ")))"
        }
        // FTS5 query syntax: each word quoted, so no word is read as an operator.
        let phrase = words.map { "\"\($0)\"" }.joined(separator: " ")
        return FullTextIdMap.matching(phrase, table: table, alias: alias)
    }

    /// The coordinating unit on a row that joins one (columns support_id,
    /// support_state, support_name), nil on a task's row without any.
    static func supportUnit(_ row: any SQLRow) throws -> SupportUnit? {
        guard let id = try row.uuidIfPresent("support_id"), let name = try row.textIfPresent("support_name") else { return nil }
        let state = WorkflowState(rawValue: try row.text("support_state")) ?? .notStarted
        return SupportUnit(id: id, name: name, state: state, stateLabel: state.label)
    }

    static func row(_ r: any SQLRow) throws -> TaskRow {
        let state = WorkflowState(rawValue: try r.text("workflow_state")) ?? .notStarted
        return TaskRow(
            id: try r.uuid("id"),
            title: try r.text("title"),
            section: try r.textIfPresent("section"),
            documentID: try r.uuidIfPresent("document_id"),
            documentNumber: try r.textIfPresent("document_number"),
            leadUnitID: try r.uuidIfPresent("lead_unit_id"),
            leadUnitName: try r.textIfPresent("lead_unit_name"),
            leadText: try r.textIfPresent("lead_text"),
            leaderID: try r.uuidIfPresent("leader_id"),
            leaderName: try r.textIfPresent("leader_name"),
            deadline: try r.textIfPresent("deadline"),
            originalDeadline: try r.textIfPresent("original_deadline"),
            deadlineText: try r.textIfPresent("deadline_text"),
            workflowState: state,
            workflowLabel: state.label,
            completedOn: try r.textIfPresent("completed_on"),
            supportUnits: [], status: nil, statusLabel: nil, isDueSoon: false, workingDaysLate: 0, workingDaysLeft: nil)
    }
}

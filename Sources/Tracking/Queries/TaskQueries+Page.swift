import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

extension TaskQueries {
    /// One page of tasks in list order, each with its coordinating units and
    /// classified with the extensions approved for it, in one statement. The
    /// page's ids are chosen once (`page`, used three times, so both engines
    /// materialise it) and the result has three parts, told apart by `part`:
    /// the tasks joined to their document, unit and leader; their coordinating
    /// units; their approved extensions. Three statements were three hops to
    /// the database's thread and back per list request.
    ///
    /// Only the page's rows are joined: joining first looked the document,
    /// unit and leader up for every candidate before the page was cut. CROSS
    /// JOIN keeps SQLite reading the page first and probing its coordinators
    /// and extensions (it scanned every coordinator row, 25 ms, not knowing
    /// the page is small); PostgreSQL reads it as the plain join it is.
    func fetch(_ conditions: ListConditions, unit: UUID?, limit: Int, offset: Int) async throws -> [TaskRow] {
        let keys = ListOrderKeys.task
        let query: SQLQueryString = """
            WITH page AS (\(pageIDs(conditions, unit: unit, limit: limit, offset: offset)))
            SELECT \(PageColumn.select([
                .part: "0", .id: "t.id", .title: "t.title", .section: "t.section", .documentID: "t.document_id",
                .documentNumber: "d.number", .leadUnitID: "t.lead_unit_id", .leadUnitName: "u.name", .leadText: "t.lead_text",
                .leaderID: "t.leader_id", .leaderName: "l.display_name", .deadline: "t.deadline",
                .originalDeadline: "t.original_deadline", .deadlineText: "t.deadline_text", .workflowState: "t.workflow_state",
                .completedOn: "t.completed_on", .finished: keys.finished, .undated: keys.undated, .keyDeadline: keys.deadline,
                .created: keys.createdAt,
            ]))
            FROM page JOIN tasks t ON t.id = page.id \(Self.joins)
            UNION ALL
            SELECT \(PageColumn.values([
                .part: "1", .id: "c.task_id", .supportID: "u.id", .supportName: "u.name", .supportState: "c.state", .sortText: "u.name",
            ]))
            FROM page CROSS JOIN task_coordinators c JOIN units u ON u.id = c.unit_id WHERE c.task_id = page.id
            UNION ALL
            SELECT \(PageColumn.values([
                .part: "2", .id: "e.task_id", .requestedDeadline: "e.requested_deadline", .decidedOn: "e.decided_on",
                .sortText: "e.decided_on", .sortTime: "e.created_at",
            ]))
            FROM page CROSS JOIN extensions e
            WHERE e.task_id = page.id AND e.decision = \(bind: Decision.approved.rawValue) AND \(PeriodExtensions.applyToTaskRow)
            ORDER BY part, k_finished, k_undated, k_deadline, k_created, id, sort_text, sort_time
            """
        var rows: [TaskRow] = []
        var support: [UUID: [SupportUnit]] = [:]
        var extensions: [UUID: [DeadlineExtension]] = [:]
        for row in try await sql.raw(query).all() {
            switch try row.decode(column: "part", as: Int.self) {
            case 0:
                rows.append(try Self.row(row))
            case 1:
                if let unit = try Self.supportUnit(row) { support[try row.uuid("id"), default: []].append(unit) }
            default:
                guard let date = CivilDate(iso: try row.text("requested_deadline")) else { continue }
                let decided = try row.textIfPresent("decided_on").flatMap(CivilDate.init(iso:))
                extensions[try row.uuid("id"), default: []]
                    .append(DeadlineExtension(newDeadline: date, approvedOn: decided))
            }
        }
        for i in rows.indices { rows[i].supportUnits = support[rows[i].id] ?? [] }
        classify(&rows, extensions: extensions)
        return rows
    }
}

/// The columns of the page statement (`UnionColumn`).
enum PageColumn: String, UnionColumn {
    /// Which part a row is, then a list row's columns (as `TaskQueries.columns` names them, read by `TaskQueries.row`).
    case part, id, title, section
    case documentID = "document_id", documentNumber = "document_number"
    case leadUnitID = "lead_unit_id", leadUnitName = "lead_unit_name", leadText = "lead_text"
    case leaderID = "leader_id", leaderName = "leader_name"
    case deadline, originalDeadline = "original_deadline", deadlineText = "deadline_text"
    case workflowState = "workflow_state", completedOn = "completed_on"
    /// The list order of the tasks' part (ListOrderKeys).
    case finished = "k_finished", undated = "k_undated", keyDeadline = "k_deadline", created = "k_created"
    /// A coordinating unit (TaskQueries.supportUnit reads these three).
    case supportID = "support_id", supportName = "support_name", supportState = "support_state"
    /// An approved extension.
    case requestedDeadline = "requested_deadline", decidedOn = "decided_on"
    /// The order of units (by name) and of extensions (as decided) within their task.
    case sortText = "sort_text", sortTime = "sort_time"

    var sqlType: String {
        switch self {
        case .part, .finished, .undated: "INTEGER"
        case .id, .documentID, .leadUnitID, .leaderID, .supportID: "UUID"
        case .created, .sortTime: "TIMESTAMPTZ"
        default: "TEXT"
        }
    }
}

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
    /// The statement has no ORDER BY: sorting the union (SQLite merged three
    /// parts, each sorted in a temporary b-tree) was a third of its time.
    /// The tasks are put in the page's order (`n`) here, and units by name
    /// and extensions as decided within their task.
    ///
    /// Only the page's rows are joined: joining first looked the document,
    /// unit and leader up for every candidate before the page was cut. CROSS
    /// JOIN keeps SQLite reading the page first and probing its coordinators
    /// and extensions (it scanned every coordinator row, 25 ms, not knowing
    /// the page is small); PostgreSQL reads it as the plain join it is.
    func fetch(_ conditions: ListConditions, unit: UUID?, limit: Int, offset: Int) async throws -> [TaskRow] {
        let query: SQLQueryString = """
            WITH page AS (\(pageIDs(conditions, unit: unit, limit: limit, offset: offset)))
            SELECT \(PageColumn.select([
                .part: "0", .position: "page.n", .id: "t.id", .title: "t.title", .section: "t.section", .documentID: "t.document_id",
                .documentNumber: "d.number", .leadUnitID: "t.lead_unit_id", .leadUnitName: "u.name", .leadText: "t.lead_text",
                .leaderID: "t.leader_id", .leaderName: "l.display_name", .deadline: "t.deadline",
                .originalDeadline: "t.original_deadline", .deadlineText: "t.deadline_text", .workflowState: "t.workflow_state",
                .completedOn: "t.completed_on",
            ]))
            FROM page JOIN tasks t ON t.id = page.id \(Self.joins)
            UNION ALL
            SELECT \(PageColumn.values([
                .part: "1", .id: "c.task_id", .supportID: "u.id", .supportName: "u.name", .supportState: "c.state",
            ]))
            FROM page CROSS JOIN task_coordinators c JOIN units u ON u.id = c.unit_id WHERE c.task_id = page.id
            UNION ALL
            SELECT \(PageColumn.values([
                .part: "2", .id: "e.task_id", .requestedDeadline: "e.requested_deadline", .decidedOn: "e.decided_on",
                .askedAt: "e.created_at",
            ]))
            FROM page CROSS JOIN extensions e
            WHERE e.task_id = page.id AND e.decision = \(bind: Decision.approved.rawValue) AND \(PeriodExtensions.applyToTaskRow)
            """
        var placed: [(position: Int, row: TaskRow)] = []
        var support: [UUID: [SupportUnit]] = [:]
        var approved: [UUID: [(extension: DeadlineExtension, askedAt: Date?)]] = [:]
        for row in try await sql.raw(query).all() {
            switch try row.decode(column: "part", as: Int.self) {
            case 0:
                placed.append((try row.decode(column: "n", as: Int.self), try Self.row(row)))
            case 1:
                if let unit = try Self.supportUnit(row) { support[try row.uuid("id"), default: []].append(unit) }
            default:
                guard let date = CivilDate(iso: try row.text("requested_deadline")) else { continue }
                let decided = try row.textIfPresent("decided_on").flatMap(CivilDate.init(iso:))
                approved[try row.uuid("id"), default: []]
                    .append((DeadlineExtension(newDeadline: date, approvedOn: decided), try row.decode(column: "asked_at", as: Date?.self)))
            }
        }
        var rows = placed.sorted { $0.position < $1.position }.map(\.row)
        for i in rows.indices {
            rows[i].supportUnits = (support[rows[i].id] ?? []).sorted { $0.name < $1.name }
        }
        classify(&rows, extensions: approved.mapValues(Self.inDecisionOrder))
        return rows
    }

    /// Approved extensions as they were decided (by day, then as asked), as
    /// the classifier applies them.
    private static func inDecisionOrder(_ approved: [(extension: DeadlineExtension, askedAt: Date?)]) -> [DeadlineExtension] {
        approved.sorted { a, b in
            let (x, y) = (a.extension.approvedOn?.iso ?? "", b.extension.approvedOn?.iso ?? "")
            return x != y ? x < y : (a.askedAt ?? .distantPast) < (b.askedAt ?? .distantPast)
        }.map(\.extension)
    }
}

/// The columns of the page statement (`UnionColumn`).
enum PageColumn: String, UnionColumn {
    /// Which part a row is, a task's place in the page, then a list row's
    /// columns (as `TaskQueries.columns` names them, read by `TaskQueries.row`).
    case part, position = "n", id, title, section
    case documentID = "document_id", documentNumber = "document_number"
    case leadUnitID = "lead_unit_id", leadUnitName = "lead_unit_name", leadText = "lead_text"
    case leaderID = "leader_id", leaderName = "leader_name"
    case deadline, originalDeadline = "original_deadline", deadlineText = "deadline_text"
    case workflowState = "workflow_state", completedOn = "completed_on"
    /// A coordinating unit (TaskQueries.supportUnit reads these three).
    case supportID = "support_id", supportName = "support_name", supportState = "support_state"
    /// An approved extension.
    case requestedDeadline = "requested_deadline", decidedOn = "decided_on"
    /// When an extension was asked for (the order of two decided the same day).
    case askedAt = "asked_at"

    var sqlType: String {
        switch self {
        case .part, .position: "INTEGER"
        case .id, .documentID, .leadUnitID, .leaderID, .supportID: "UUID"
        case .askedAt: "TIMESTAMPTZ"
        default: "TEXT"
        }
    }
}

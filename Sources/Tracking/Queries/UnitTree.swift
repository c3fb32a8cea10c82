import FluentKit
import FluentSQL
import Foundation
import LegalCalendar

/// The unit directory as the administrator sees it: a tree of any depth,
/// each unit with its validity and how much open work it leads.
public struct UnitTree: Sendable {
    public struct Node: Codable, Sendable {
        public let id: UUID
        public let code: String
        public let name: String
        /// 0 for a unit without a parent.
        public let depth: Int
        public let validFrom: String?
        public let validTo: String?
        public let successorName: String?
        /// Ended on or before the day the tree was built.
        public let ended: Bool
        public let openTasks: Int
    }

    /// Depth first, siblings by name. A unit whose parent chain loops or
    /// points nowhere is shown as a root, so nothing goes missing.
    public let nodes: [Node]

    public init(units: [UnitRecord], openTasks: [UUID: Int], today: CivilDate) throws {
        var byID: [UUID: UnitRecord] = [:]
        var children: [UUID: [UnitRecord]] = [:]
        for unit in units { byID[try unit.requireID()] = unit }
        var roots: [UnitRecord] = []
        // Vietnamese order, near enough: compared without tones, "Đ" with "D".
        let ordered = units.map { (SearchFolding.fold($0.name), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        for unit in ordered {
            if let parent = unit.$parent.id, byID[parent] != nil { children[parent, default: []].append(unit) } else { roots.append(unit) }
        }
        var nodes: [Node] = []
        var placed: Set<UUID> = []
        func walk(from root: UnitRecord) throws {
            var stack: [(UnitRecord, Int)] = [(root, 0)]
            while let (unit, depth) = stack.popLast() {
                let id = try unit.requireID()
                guard placed.insert(id).inserted else { continue }
                nodes.append(Node(id: id, code: unit.code, name: unit.name, depth: depth, validFrom: unit.validFrom,
                                  validTo: unit.validTo, successorName: unit.$successor.id.flatMap { byID[$0]?.name },
                                  ended: unit.validToDate.map { $0 < today } ?? false, openTasks: openTasks[id] ?? 0))
                for child in (children[id] ?? []).reversed() { stack.append((child, depth + 1)) }
            }
        }
        for root in roots { try walk(from: root) }
        for unit in ordered where !placed.contains(try unit.requireID()) { try walk(from: unit) }
        self.nodes = nodes
    }

    /// Open tasks (not done, not withdrawn) by lead unit, in one grouped query.
    public static func openTaskCounts(on db: any Database) async throws -> [UUID: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let closed = Tracker.closedStates.map { SQLLiteral.string($0.rawValue) }
        let rows = try await sql.select()
            .column("lead_unit_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(TaskRecord.schema)
            .where("lead_unit_id", .isNot, SQLLiteral.null)
            .where("workflow_state", .notIn, SQLGroupExpression(closed))
            .groupBy("lead_unit_id")
            .all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "lead_unit_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}

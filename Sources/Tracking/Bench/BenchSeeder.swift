import FluentKit
import Foundation
import LegalCalendar
import SeededRandom
import SQLKit
import TrackingRules

/// Fills a database with many realistic documents and tasks for the web
/// benchmark. Rows go in through multi-row INSERTs inside large transactions:
/// going through the Tracker one task at a time would take hours for 100,000
/// tasks, and the benchmark measures reads, not this loader.
///
/// The units and users must exist already (the demo directory): tasks are
/// spread over every unit, every leader, deadlines over two years around
/// `today`, and the workflow states a real office shows at that date.
public struct BenchSeeder: Sendable {
    public struct Plan: Sendable {
        public var documents = 5_000
        public var tasks = 100_000
        public var seed: UInt64 = 2026
        public var today: CivilDate
        public init(today: CivilDate) { self.today = today }
    }

    public struct Summary: Sendable, CustomStringConvertible {
        public var documents = 0, tasks = 0, coordinators = 0, reports = 0, auditEntries = 0
        public var description: String {
            "\(documents) văn bản, \(tasks) nhiệm vụ, \(coordinators) đơn vị phối hợp, \(reports) báo cáo, \(auditEntries) dòng nhật ký"
        }
    }

    let db: any Database
    let organisationID: UUID

    public init(db: any Database, organisationID: UUID) {
        self.db = db
        self.organisationID = organisationID
    }

    /// Documents per transaction: about 5,000 tasks with their reports.
    static let documentsPerTransaction = 250

    public func run(_ plan: Plan) async throws -> Summary {
        let people = try await BenchPeople.load(db, organisationID: organisationID)
        var random = SplitMix64(seed: plan.seed)
        // Each task picks its document at random, so documents carry a
        // varying number of tasks (about tasks/documents on average).
        var taskCounts = [Int](repeating: 0, count: max(plan.documents, 1))
        for _ in 0..<plan.tasks { taskCounts[random.below(taskCounts.count)] += 1 }

        var summary = Summary()
        var start = 0
        while start < taskCounts.count {
            let end = min(start + Self.documentsPerTransaction, taskCounts.count)
            var batch = BenchBatch()
            for index in start..<end {
                batch.addDocument(number: index + 1, taskCount: taskCounts[index], plan: plan,
                                  people: people, organisationID: organisationID, random: &random)
            }
            let rows = batch
            try await db.transaction { tx in try await rows.insert(into: tx as! any SQLDatabase) }
            summary.documents += batch.documents.count
            summary.tasks += batch.tasks.count
            summary.coordinators += batch.coordinators.count
            summary.reports += batch.reports.count
            summary.auditEntries += batch.audit.count
            start = end
        }
        // Reports were written around Tracker: set each task's latest report day once, at the end.
        try await LastReportColumn.recompute(on: db as! any SQLDatabase)
        try await CoordinatorListKeys.recompute(on: db as! any SQLDatabase)  // coordinators too were written with SQL
        try await ReportTally.rebuild(on: db)  // the tasks were written with SQL, around the tally's middleware
        return summary
    }
}

/// The units and users the generated rows refer to.
struct BenchPeople: Sendable {
    var units: [(id: UUID, name: String)] = []
    var leaders: [UUID] = []
    var membersByUnit: [UUID: UUID] = [:]
    var clerk: UUID

    static func load(_ db: any Database, organisationID: UUID) async throws -> BenchPeople {
        let sql = db as! any SQLDatabase
        let units = try await sql.raw("SELECT id, name FROM units WHERE organisation_id = \(bind: organisationID) ORDER BY code")
            .all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) }
        let users = try await sql.raw("SELECT id, role, unit_id FROM users WHERE active = \(bind: true)").all()
        var leaders: [UUID] = [], members: [UUID: UUID] = [:], clerk: UUID?
        for user in users {
            let id = try user.decode(column: "id", as: UUID.self)
            switch UserRole(rawValue: try user.decode(column: "role", as: String.self)) {
            case .leader: leaders.append(id)
            case .clerk: clerk = clerk ?? id
            case .unitMember: if let unit = try user.decode(column: "unit_id", as: UUID?.self) { members[unit] = id }
            default: break
            }
        }
        guard !units.isEmpty, !leaders.isEmpty, let clerk else {
            throw TrackingError(.invalid, "Cần có sẵn đơn vị, lãnh đạo và văn thư (chạy với dữ liệu mẫu) trước khi sinh dữ liệu thử.")
        }
        return BenchPeople(units: units.map { (id: $0.0, name: $0.1) }, leaders: leaders, membersByUnit: members, clerk: clerk)
    }
}

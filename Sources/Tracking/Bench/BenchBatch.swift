import Foundation
import LegalCalendar
import SeededRandom
import SQLKit
import TrackingRules

/// The rows of one transaction of the benchmark loader, built in memory and
/// then written with one multi-row INSERT per table and chunk.
struct BenchBatch: Sendable {
    typealias Row = [any Encodable & Sendable]

    var documents: [Row] = []
    var tasks: [Row] = []
    var coordinators: [Row] = []
    var reports: [Row] = []
    var audit: [Row] = []

    static let documentColumns = ["id", "organisation_id", "state", "doc_type", "number", "issuer", "issued_on", "subject",
                                  "signer", "file_name", "format", "original", "text", "folded", "created_by", "created_at"]
    static let taskColumns = ["id", "organisation_id", "document_id", "section", "title", "text", "span_start", "span_end",
                              "lead_unit_id", "leader_id", "deadline", "original_deadline", "deadline_text",
                              "workflow_state", "completed_on", "folded", "created_at", "updated_at"]
    static let coordinatorColumns = ["id", "task_id", "unit_id", "state"]
    static let reportColumns = ["id", "task_id", "author_id", "unit_id", "kind", "text", "reported_on", "decision",
                                "decided_by", "created_at"]
    static let auditColumns = ["id", "at", "actor_id", "actor_name", "action", "entity", "entity_id"]

    mutating func addDocument(number: Int, taskCount: Int, plan: BenchSeeder.Plan, people: BenchPeople,
                              organisationID: UUID, random: inout SplitMix64) {
        let documentID = UUID()
        // Issued in the two years before today; deadlines fall a week to a
        // year later, so they spread over about two years around today.
        let issued = plan.today.adding(days: -(10 + random.below(690)))
        let issuedAt = Self.moment(issued, hour: 8 + random.below(9))
        let kind = random.below(BenchWording.documentKinds.count)
        let topic = random.below(BenchWording.topics.count)
        let leader = people.leaders[random.below(people.leaders.count)]
        let subject = BenchWording.subject(kind, topic: BenchWording.topics[topic], year: issued.year)

        var text = "ỦY BAN NHÂN DÂN HUYỆN\nSố: \(number)/\(BenchWording.documentKinds[kind].code)\n\n"
        text += BenchWording.documentKinds[kind].type.uppercased() + "\n" + subject + "\n\n"
        for index in 0..<taskCount {
            let deadline: CivilDate? = random.chance(90) ? issued.adding(days: 7 + random.below(358)) : nil
            let passage = BenchWording.task(verb: random.below(BenchWording.verbs.count),
                                            topic: random.below(BenchWording.topics.count),
                                            closing: random.below(BenchWording.closings.count), deadline: deadline)
            let section = "\(index + 1)."
            text += section + " "
            let spanStart = text.unicodeScalars.count
            text += passage
            let spanEnd = text.unicodeScalars.count
            text += "\n"
            let lead = people.units[random.below(people.units.count)]
            addTask(documentID: documentID, organisationID: organisationID, section: section, passage: passage,
                    span: (spanStart, spanEnd), lead: lead, leader: random.chance(85) ? leader : nil,
                    deadline: deadline, issued: issued, createdAt: issuedAt, plan: plan, people: people, random: &random)
        }
        text += "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"

        documents.append([
            documentID, organisationID, "da_xac_nhan", BenchWording.documentKinds[kind].type,
            "\(number)/\(BenchWording.documentKinds[kind].code)", "UBND huyện", issued.iso, subject,
            "Chủ tịch UBND huyện", "van-ban-\(number).txt", "txt", Data(text.utf8), text, SearchFolding.fold(text),
            people.clerk, issuedAt,
        ])
    }

    private mutating func addTask(documentID: UUID, organisationID: UUID, section: String, passage: String,
                                  span: (Int, Int), lead: (id: UUID, name: String), leader: UUID?, deadline: CivilDate?,
                                  issued: CivilDate, createdAt: Date, plan: BenchSeeder.Plan, people: BenchPeople,
                                  random: inout SplitMix64) {
        let id = UUID()
        let state = Self.state(deadline: deadline, today: plan.today, random: &random)
        var completedOn: CivilDate?
        if state == .done, let deadline {
            // Most finish on time; some a few days late.
            let day = random.chance(80) ? deadline.adding(days: -random.below(20)) : deadline.adding(days: 1 + random.below(15))
            completedOn = max(issued, min(day, plan.today))
        } else if state == .done {
            completedOn = max(issued, plan.today.adding(days: -random.below(300)))
        }
        let title = Tracker.title(nil, text: passage)
        tasks.append([
            id, organisationID, documentID, section, title, passage, span.0, span.1, lead.id, leader,
            deadline?.iso, deadline?.iso, deadline.map { "trước ngày \($0.vietnamese)" }, state.rawValue,
            completedOn?.iso, SearchFolding.fold(title + " " + passage), createdAt, createdAt,
        ])

        var supportUnits = Set<UUID>()
        for _ in 0..<random.below(3) {
            let unit = people.units[random.below(people.units.count)].id
            if unit != lead.id { supportUnits.insert(unit) }
        }
        for unit in supportUnits { coordinators.append([UUID(), id, unit, WorkflowState.notStarted.rawValue]) }

        let author = people.membersByUnit[lead.id] ?? people.clerk
        // A unit reports after the document reaches it, never before its date.
        let reportDay = max(issued, min(plan.today, (deadline ?? plan.today).adding(days: -random.below(30))))
        switch state {
        case .inProgress:
            addReport(task: id, author: author, unit: lead.id, kind: .progress, day: reportDay, decision: .approved, decidedBy: nil)
        case .awaitingConfirmation:
            addReport(task: id, author: author, unit: lead.id, kind: .completion, day: reportDay, decision: .pending, decidedBy: nil)
        case .done:
            addReport(task: id, author: author, unit: lead.id, kind: .completion, day: completedOn ?? reportDay,
                      decision: .approved, decidedBy: leader ?? people.leaders[0])
        case .returned:
            addReport(task: id, author: author, unit: lead.id, kind: .completion, day: reportDay, decision: .refused,
                      decidedBy: leader ?? people.leaders[0])
        default:
            break
        }
        audit.append([UUID(), createdAt, people.clerk, "văn thư (dữ liệu thử)", "tao_nhiem_vu", "tasks", id])
    }

    private mutating func addReport(task: UUID, author: UUID, unit: UUID, kind: ReportKind, day: CivilDate,
                                    decision: Decision, decidedBy: UUID?) {
        let text = kind == .completion ? "Đơn vị đã hoàn thành nhiệm vụ được giao." : "Đơn vị đang triển khai, đã hoàn thành một phần khối lượng."
        reports.append([UUID(), task, author, unit, kind.rawValue, text, day.iso, decision.rawValue, decidedBy,
                        Self.moment(day, hour: 15)])
    }

    /// What state a task is in on `today`: past its deadline most are done,
    /// ahead of it most are not started or under way.
    static func state(deadline: CivilDate?, today: CivilDate, random: inout SplitMix64) -> WorkflowState {
        let roll = random.below(100)
        let past = deadline.map { $0 < today } ?? random.chance(50)
        let table: [(Int, WorkflowState)] = past
            ? [(60, .done), (75, .inProgress), (85, .notStarted), (91, .awaitingConfirmation), (95, .returned), (98, .suspended), (100, .withdrawn)]
            : [(40, .notStarted), (80, .inProgress), (86, .awaitingConfirmation), (96, .done), (98, .returned), (99, .suspended), (100, .withdrawn)]
        return table.first { roll < $0.0 }!.1
    }

    static func moment(_ day: CivilDate, hour: Int) -> Date {
        // Vietnam is UTC+7.
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + (hour - 7) * 3600))
    }

    /// Writes every table in chunks small enough for SQLite's limit on bound
    /// parameters (32,766), parents before children.
    func insert(into sql: any SQLDatabase) async throws {
        try await Self.insert(documents, into: "documents", columns: Self.documentColumns, sql)
        try await Self.insert(tasks, into: "tasks", columns: Self.taskColumns, sql)
        try await Self.insert(coordinators, into: "task_coordinators", columns: Self.coordinatorColumns, sql)
        try await Self.insert(reports, into: "progress_reports", columns: Self.reportColumns, sql)
        try await Self.insert(audit, into: "audit_log", columns: Self.auditColumns, sql)
    }

    private static func insert(_ rows: [Row], into table: String, columns: [String], _ sql: any SQLDatabase) async throws {
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            var builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] { builder = builder.values(row) }
            try await builder.run()
            start = end
        }
    }
}

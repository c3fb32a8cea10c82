import AppCommands
import ArgumentParser
import FluentKit
import Foundation
import LegalCalendar
import Reports
import SeededRandom
import SQLKit
import Tracking
import Vapor
import WebApp

/// `dondoc bench-report`: fills a fresh SQLite database with a large book of
/// tasks (bulk inserts with SQLKit, many rows per statement, many statements
/// per transaction), then times a year's report figures against a plain
/// `SELECT count(*)` over the same table in the same run. Goal: under 1 s and
/// within 20 times the count.
struct BenchReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-report",
        abstract: "Đo thời gian lập báo cáo năm trên một triệu nhiệm vụ (benchmark).")

    @ArgumentParser.Option(help: "Number of tasks.")
    var tasks = 1_000_000
    @ArgumentParser.Option(help: "The year the tasks are assigned in and the report covers.")
    var year = 2025
    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder for the benchmark database (default: a new temporary folder).")
    var dataDirectory: String?
    @ArgumentParser.Option(help: "Timed repetitions of each query (the best is printed).")
    var repeats = 3

    mutating func run() async throws {
        let folder = dataDirectory ?? NSTemporaryDirectory() + "dondoc-bench-\(UUID().uuidString)"
        let command = self
        try? FileManager.default.removeItem(atPath: folder + "/dondoc.sqlite")
        setenv("DATABASE_URL", "", 1)  // always SQLite
        try await AppSession.run(dataDirectory: folder) { app in
            let sql = app.db as! any SQLDatabase
            let start = ContinuousClock.now
            let book = BenchBook(year: command.year, tasks: command.tasks)
            try await book.fill(app.db)
            print("Đã tạo \(VietnameseNumber.integer(command.tasks)) nhiệm vụ trong \(ContinuousClock.now - start) (\(folder)/dondoc.sqlite).")
            try await sql.raw("ANALYZE").run()

            let count = try await Self.best(command.repeats) {
                _ = try await sql.raw("SELECT count(*) AS n FROM tasks").first()?.decode(column: "n", as: Int.self)
            }
            guard let period = ReportingPeriod(kind: .year, index: 1, year: command.year, basis: .calendar) else { return }
            let window = ReportWindow(period)
            let service = ReportService(db: app.db)
            var figures = ReportFigures()
            let report = try await Self.best(command.repeats) {
                figures = try await service.figures(.all, window: window)
            }
            print(ReportSentence.full(figures.total))
            print(figures.total.completionRate.text + "; " + figures.total.overdueRate.text + "; " + figures.total.updateRate.text)
            print("SELECT count(*): \(Self.milliseconds(count)) ms")
            print("Báo cáo năm \(command.year) (bảng tổng hợp, \(figures.byUnit.count) đơn vị): \(Self.milliseconds(report)) ms "
                  + "= \(String(format: "%.1f", report / count)) lần count(*)")

            // A Decree 09 year (15/12 to 14/12): its cut-off and its window's
            // first day are not month ends, so the tally also reads day rows.
            if let decree09 = ReportingPeriod(kind: .year, index: 1, year: command.year, basis: .decree09) {
                var yearFigures = ReportFigures()
                let time = try await Self.best(command.repeats) {
                    yearFigures = try await service.figures(.all, window: ReportWindow(decree09))
                }
                print("Báo cáo năm \(command.year) theo Nghị định 09 (\(decree09.start.vietnamese)–\(decree09.end.vietnamese)): "
                      + "\(Self.milliseconds(time)) ms = \(String(format: "%.1f", time / count)) lần count(*); "
                      + "\(VietnameseNumber.integer(yearFigures.total.total)) nhiệm vụ")
            }

            // The same figures from a pass over every task: the tally must agree.
            let query = ReportFigureQuery(db: app.db, calendar: try await ReportCalendar.load(on: app.db))
            var passed = ReportFigures()
            let pass = try await Self.best(command.repeats) { passed = try await query.figuresFromTasks(.all, window: window) }
            print("Cùng báo cáo, duyệt từng nhiệm vụ: \(Self.milliseconds(pass)) ms = \(String(format: "%.1f", pass / count)) lần count(*)"
                  + (passed == figures ? "; số liệu trùng khớp" : "; SỐ LIỆU KHÁC NHAU"))
            guard passed == figures else { throw ExitCode.failure }

            // What the tally costs a write: one task's refresh, as each change of a task runs it.
            let ids = try await sql.raw("SELECT id FROM tasks ORDER BY id LIMIT 200").all().map { try $0.decode(column: "id", as: UUID.self) }
            let refresh = try await Self.best(command.repeats) {
                for id in ids { try await app.db.transaction { db in try await ReportTally.refresh(tasks: [id], on: db) } }
            }
            print("Cập nhật bảng tổng hợp cho một nhiệm vụ (mỗi lần ghi): \(Self.milliseconds(refresh / ids.count)) ms")
        }
    }

    /// The fastest of `times` runs: the least disturbed by the other work on the machine.
    static func best(_ times: Int, _ body: () async throws -> Void) async throws -> Duration {
        var best: Duration?
        for _ in 0..<max(1, times) {
            let start = ContinuousClock.now
            try await body()
            let elapsed = ContinuousClock.now - start
            best = min(best ?? elapsed, elapsed)
        }
        return best!
    }

    static func milliseconds(_ d: Duration) -> String {
        String(format: "%.1f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
    }
}

/// A synthetic book of tasks over one year: 24 units, 2,000 documents, tasks
/// spread over them with a realistic mix of states, deadlines (some on days
/// off, some missing, some extended) and progress reports. Deterministic.
struct BenchBook {
    let year: Int
    let tasks: Int
    private let rowsPerStatement = 2_000       // 13 binds a row stays under SQLite's 32,766
    private let statementsPerTransaction = 50  // 100,000 rows per transaction

    func fill(_ db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let organisation = try await sql.raw("SELECT id FROM organisations").first()!.decode(column: "id", as: UUID.self)
        let units = (0..<24).map { _ in UUID() }
        let author = UUID()
        try await db.transaction { db in
            let sql = db as! any SQLDatabase
            for (i, unit) in units.enumerated() {
                try await sql.raw("""
                    INSERT INTO units (id, organisation_id, code, name, aliases) VALUES
                    (\(bind: unit), \(bind: organisation), \(bind: "bench-\(i)"), \(bind: "Đơn vị \(i + 1)"), \(bind: "[]"))
                    """).run()
            }
            try await sql.raw("""
                INSERT INTO users (id, username, display_name, password_hash, role, active)
                VALUES (\(bind: author), 'bench', 'Bench', '-', 'don_vi', \(bind: true))
                """).run()
        }
        let start = CivilDate(year: year, month: 1, day: 1)!
        let documents = (0..<2_000).map { i in (id: UUID(), issued: start.adding(days: i * 365 / 2_000)) }
        try await db.transaction { db in
            let sql = db as! any SQLDatabase
            for chunk in stride(from: 0, to: documents.count, by: 500) {
                let rows = documents[chunk..<min(chunk + 500, documents.count)].enumerated().map { i, d -> SQLQueryString in
                    "(\(bind: d.id), \(bind: organisation), 'da_xac_nhan', \(bind: "\(chunk + i + 1)/TB-UBND"), \(bind: d.issued.iso), 'bench.txt', 'txt', \(bind: Data()), '', '')"
                }
                try await sql.raw("""
                    INSERT INTO documents (id, organisation_id, state, number, issued_on, file_name, format, original, text, folded)
                    VALUES \(rows.joined(separator: ", "))
                    """).run()
            }
        }
        var random = SplitMix64(seed: 2025)
        var reports: [(task: UUID, day: String)] = []
        var index = 0
        while index < tasks {
            // One transaction's statements, made outside it: the transaction body only sends them.
            var statements: [[Row]] = []
            for _ in 0..<statementsPerTransaction where index < tasks {
                let count = min(rowsPerStatement, tasks - index)
                statements.append((0..<count).map { i in makeTask(index + i, documents: documents, units: units, random: &random) })
                index += count
            }
            for row in statements.joined() { if let day = row.reportedOn { reports.append((row.id, day)) } }
            let batch = statements
            try await db.transaction { db in
                let sql = db as! any SQLDatabase
                for rows in batch {
                    let values = rows.map { task -> SQLQueryString in
                        """
                        (\(bind: task.id), \(bind: organisation), \(bind: task.document), \(bind: task.title), '', \
                        \(bind: task.unit), \(bind: task.deadline), \(bind: task.original), \(bind: task.state), \
                        \(bind: task.completed), \(bind: task.folded))
                        """
                    }
                    try await sql.raw("""
                        INSERT INTO tasks (id, organisation_id, document_id, title, text, lead_unit_id, deadline, original_deadline,
                                           workflow_state, completed_on, folded)
                        VALUES \(values.joined(separator: ", "))
                        """).run()
                }
            }
        }
        let progress = reports
        try await db.transaction { db in
            let sql = db as! any SQLDatabase
            for chunk in stride(from: 0, to: progress.count, by: 4_000) {
                let rows = progress[chunk..<min(chunk + 4_000, progress.count)].map { task, day -> SQLQueryString in
                    "(\(bind: UUID()), \(bind: task), \(bind: author), 'tien_do', '', \(bind: day), 'dong_y')"
                }
                try await sql.raw("""
                    INSERT INTO progress_reports (id, task_id, author_id, kind, text, reported_on, decision)
                    VALUES \(rows.joined(separator: ", "))
                    """).run()
            }
            try await LastReportColumn.recompute(on: sql)
        }
        try await ReportTally.rebuild(on: db)  // the tasks were written with SQL, around the tally's middleware
    }

    struct Row: Sendable {
        let id = UUID()
        let title: String
        let folded: String
        let document: UUID
        let unit: UUID
        let deadline: String?
        let original: String?
        let state: String
        let completed: String?
        let reportedOn: String?
    }

    private func makeTask(_ i: Int, documents: [(id: UUID, issued: CivilDate)], units: [UUID], random: inout SplitMix64) -> Row {
        let document = documents[Int(random.next() % UInt64(documents.count))]
        let unit = units[Int(random.next() % UInt64(units.count))]
        let roll = random.next() % 100
        let deadline: CivilDate? = roll < 8 ? nil : document.issued.adding(days: 7 + Int(random.next() % 120))
        let extended = deadline != nil && random.next() % 100 < 5
        let original = extended ? deadline!.adding(days: -15) : deadline
        let stateRoll = random.next() % 100
        let state: String
        var completed: String?
        switch stateRoll {
        case 0..<55:
            state = "da_hoan_thanh"
            completed = (deadline ?? document.issued.adding(days: 30)).adding(days: Int(random.next() % 40) - 25).iso
        case 55..<60: state = "cho_xac_nhan"
        case 60..<85: state = "dang_thuc_hien"
        case 85..<95: state = "chua_thuc_hien"
        case 95..<98: state = "rut"
        default: state = "tam_hoan"
        }
        let reported = state == "dang_thuc_hien" && random.next() % 2 == 0
            ? document.issued.adding(days: Int(random.next() % 200)).iso : nil
        return Row(title: "Nhiệm vụ số \(i + 1)", folded: "nhiem vu so \(i + 1)", document: document.id, unit: unit, deadline: deadline?.iso, original: original?.iso, state: state,
                   completed: completed, reportedOn: reported)
    }
}

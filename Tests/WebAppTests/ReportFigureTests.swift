import Foundation
import LegalCalendar
import Reports
import SQLKit
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    /// Period reports built from the database: the known book's every figure,
    /// and the SQL figures against the pure module's on the same tasks.
    @Suite struct ReportFigureTests {
        static let october = ReportWindow(ReportingPeriod(kind: .month, index: 10, year: 2026, basis: .calendar)!)

        @Test func theKnownBookGivesEveryFigureOfOctober() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let report = try await ReportService(db: t.app.db).report(.unit(book.unitID), window: Self.october)
                let c = report.counts
                let sentenceFigures: [Int] = [c.total, c.done, c.doneOnTime, c.doneLate, c.open, c.openInTime, c.overdue]
                #expect(sentenceFigures == [12, 5, 3, 2, 7, 4, 3])
                let otherFigures: [Int] = [c.noDeadlineDone, c.noDeadlineOpen, c.dueSoon, c.alreadyDue, c.openUpdated, c.doneWithinExtension]
                #expect(otherFigures == [1, 1, 1, 8, 1, 1])
                #expect(report.sentence == "Tổng số nhiệm vụ 12; đã hoàn thành 5 (đúng hạn 3, quá hạn 2); chưa hoàn thành 7 "
                        + "(trong hạn 4, quá hạn 3). Trong đó, số đúng hạn gồm 1 nhiệm vụ không hạn đã hoàn thành; "
                        + "số trong hạn gồm 1 nhiệm vụ không hạn chưa hoàn thành.")
                #expect(c.completionRate.text == "Tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn): 62,5% (5/8)")
                #expect(c.overdueRate.text == "Tỷ lệ quá hạn (trên tổng số nhiệm vụ): 25,0% (3/12)")
                #expect(c.updateRate.text == "Tỷ lệ cập nhật tiến độ (trên số nhiệm vụ chưa hoàn thành): 14,3% (1/7)")
                #expect(report.overdueTasks.map(\.task.id) == ["c", "m", "o"].map { book.ids[$0]!.uuidString })
                #expect(report.overdueTasks.map(\.classification.workingDaysLate) == [8, 4, 3])
                #expect(report.overdueTasks.allSatisfy { $0.task.sourceDocumentNumber == ReportBook.documentNumber })
                #expect(Set(report.excluded.map(\.task.id)) == [book.ids["i"]!.uuidString, book.ids["j"]!.uuidString])
                #expect(!report.rows.contains { $0.task.id == book.ids["k"]!.uuidString })
                #expect(report.units.map(\.unitName) == [ReportBook.unitName])
                #expect(report.scopePhrase == "do \(ReportBook.unitName) chủ trì")
                // September: a, b, g, l and m were not yet finished or due; c, d, e, f open too.
                #expect(report.previous?.window.label == "Tháng 9/2026")
            }
        }

        static let windows = [
            october,
            ReportWindow(ReportingPeriod(kind: .month, index: 11, year: 2026, basis: .decree09)!),
            ReportWindow(ReportingPeriod(kind: .year, index: 1, year: 2026, basis: .calendar)!),
            ReportWindow(ReportingPeriod(kind: .quarter, index: 3, year: 2026, basis: .calendar)!),
            ReportWindow(start: CivilDate(year: 2026, month: 10, day: 5)!, end: CivilDate(year: 2026, month: 10, day: 25)!),
            ReportWindow(start: CivilDate(year: 2026, month: 11, day: 1)!, end: CivilDate(year: 2026, month: 11, day: 15)!),
        ]

        /// On every window and scope, the figures the app reads (the tally for
        /// the whole book, a unit and a leader; the pass over the items for a
        /// document) and the pass over the items itself equal the pure
        /// module's, in total and unit by unit.
        static func expectAgreement(_ t: TestApp, _ book: ReportBook) async throws {
            let service = ReportService(db: t.app.db)
            let pass = ReportFigureQuery(db: t.app.db, calendar: try await service.workCalendar())
            let subjects: [ReportSubject] = [.all, .unit(book.unitID), .document(book.documentID), .leader(book.leaderID)]
            for window in windows {
                for subject in subjects {
                    let pure = try await service.report(subject, window: window)
                    var pureByUnit: [UUID?: StatusCounts] = [:]
                    for unit in pure.units { pureByUnit[UUID(uuidString: unit.unitID)] = unit.counts }
                    let read = try await service.figures(subject, window: window)
                    #expect(read.total == pure.counts, "\(subject) \(window.label)")
                    #expect(read.byUnit == pureByUnit, "\(subject) \(window.label) by unit")
                    let sql = try await pass.figuresFromTasks(subject, window: window)
                    #expect(sql.total == pure.counts, "\(subject) \(window.label) SQL pass")
                    #expect(sql.byUnit == pureByUnit, "\(subject) \(window.label) SQL pass by unit")
                }
            }
        }

        @Test func theSQLFiguresEqualThePureModulesOnEveryWindowAndScope() async throws {
            try await TestApp.run { t in
                try await Self.expectAgreement(t, try await ReportBook.make(t.app))
            }
        }

        /// The same with recurring duties counted period by period
        /// (`ReportBook.addDuties`): extensions of one period decided before
        /// and after its completion, a period reported on before it began,
        /// the periods of a suspended and of a withdrawn duty; and again once
        /// a day off moves a period's deadline.
        @Test func theFiguresAgreeWithRecurringDutiesCountedPeriodByPeriod() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let duties = try await book.addDuties(t.app)
                #expect(try await ReportTally.drift(on: t.app.db).isEmpty, "the middleware followed every period, report and extension")
                let report = try await ReportService(db: t.app.db).report(.unit(book.unitID), window: Self.october)
                let c = report.counts
                // The book's twelve, and p's September (on time) and October (late: granted after the work),
                // q's third quarter (done before its duty was suspended), s's October (on time within its extension).
                let figures: [Int] = [c.total, c.done, c.doneOnTime, c.doneLate, c.open, c.overdue, c.doneWithinExtension]
                #expect(figures == [16, 9, 6, 3, 7, 3, 2])
                #expect(report.rows.filter { $0.task.id == duties["p"]!.uuidString }.map(\.task.period) == ["Tháng 9/2026", "Tháng 10/2026"],
                        "November had not begun")
                #expect(report.excluded.count == 4, "i, j, q's fourth quarter and r's October")
                try await Self.expectAgreement(t, book)

                // P's October deadline, Mon 19/10, becomes a day off: it rolls to Tue 20/10, still before the 22nd.
                let o = DayOverrideRecord()
                o.date = "2026-10-19"
                o.isWorkingDay = false
                o.name = "Nghỉ địa phương"
                try await o.create(on: t.app.db)
                try await Self.expectAgreement(t, book)
            }
        }

        /// The report page's overview (from the tally, reading only the items it
        /// lists) says what the report built item by item says, with and
        /// without recurring duties.
        @Test(arguments: [false, true])
        func theOverviewEqualsTheReportBuiltTaskByTask(withDuties: Bool) async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                if withDuties { _ = try await book.addDuties(t.app) }
                let service = ReportService(db: t.app.db)
                let windows = [Self.october, ReportWindow(ReportingPeriod(kind: .year, index: 1, year: 2026, basis: .calendar)!),
                               ReportWindow(start: CivilDate(year: 2026, month: 10, day: 5)!, end: CivilDate(year: 2026, month: 10, day: 25)!)]
                let subjects: [ReportSubject] = [.all, .unit(book.unitID), .document(book.documentID), .leader(book.leaderID)]
                for window in windows {
                    for subject in subjects {
                        let full = try await service.report(subject, window: window)
                        let overview = try await service.overview(subject, window: window)
                        #expect(overview.counts == full.counts, "\(subject) \(window.label)")
                        #expect(overview.previous == full.previous, "\(subject) \(window.label) previous")
                        #expect(overview.units == full.units, "\(subject) \(window.label) units")
                        #expect(overview.overdueTasks == full.overdueTasks, "\(subject) \(window.label) overdue")
                        #expect(overview.excludedCount == full.excluded.count, "\(subject) \(window.label) excluded")
                        #expect(overview.scopePhrase == full.scopePhrase, "\(subject)")
                        #expect(overview.comparison == ReportSentence.comparison(full))
                    }
                }
                #expect(try await service.overview(.unit(book.unitID), window: Self.october).overdueTasks.count == 3)
            }
        }

        /// The dashboard's trend counts twelve month ends at once (from the
        /// tally, or one pass over a document's items); each must be what that
        /// month's own report says, on every scope, with and without
        /// recurring duties.
        @Test(arguments: [false, true])
        func theOnePassMonthEndsEqualEachMonthsFigures(withDuties: Bool) async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                if withDuties { _ = try await book.addDuties(t.app) }
                let service = ReportService(db: t.app.db)
                let today = CivilDate(year: 2026, month: 11, day: 15)!
                let windows = (0..<12).map { offset -> ReportWindow in
                    let month = today.adding(months: offset - 11)
                    let period = ReportingPeriod(kind: .month, index: month.month, year: month.year, basis: .calendar)!
                    return ReportWindow(start: period.start, end: min(period.end, today), label: period.label)
                }
                let subjects: [ReportSubject] = [.all, .unit(book.unitID), .document(book.documentID), .leader(book.leaderID)]
                for subject in subjects {
                    let ends = try await service.monthEnds(subject, windows: windows)
                    var perMonth: [MonthEndCounts] = []
                    for window in windows { perMonth.append(MonthEndCounts(try await service.report(subject, window: window).counts)) }
                    #expect(ends == perMonth, "\(subject)")
                }
                // The book's October has overdue tasks and a rate: the months are not all empty.
                let october = try await service.monthEnds(.unit(book.unitID), windows: [Self.october])
                #expect(october.map(\.overdue) == [3])
                #expect(october.map(\.completionRate) == [withDuties ? 0.75 : 0.625], "done 5 of 8, or 9 of 12 with the duties' periods")
            }
        }

        /// The update rate reads `tasks.last_reported_on`, which each report
        /// written through the app moves forward, never back.
        @Test func eachTaskKeepsTheDayOfItsLatestReport() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let sql = t.app.db as! any SQLDatabase
                func stale() async throws -> Int {
                    try await sql.raw("""
                        SELECT COUNT(*) AS n FROM tasks t WHERE t.last_reported_on IS DISTINCT FROM
                        (SELECT MAX(p.reported_on) FROM progress_reports p WHERE p.task_id = t.id)
                        """).first()!.decode(column: "n", as: Int.self)
                }
                func lastReport(_ id: UUID) async throws -> String? {
                    try await sql.raw("SELECT last_reported_on FROM tasks WHERE id = \(bind: id)")
                        .first()!.decode(column: "last_reported_on", as: String?.self)
                }
                #expect(try await lastReport(book.ids["c"]!) == "2026-10-15")
                #expect(try await lastReport(book.ids["f"]!) == nil)
                #expect(try await stale() == 0)

                // Sở Tài chính reports on its demo task today (15/11/2026), then reports it
                // finished on 10/11: the later report of an earlier day does not move the day back.
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                struct Report: Encodable, Sendable { let text: String; let completed: Bool; var completedOn: String? = nil }
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc",
                                         json: Report(text: "Đã hoàn thành dự thảo", completed: false)).status == .ok)
                #expect(try await lastReport(task.id) == "2026-11-15")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc",
                                         json: Report(text: "Đã trình", completed: true, completedOn: "2026-11-10")).status == .ok)
                #expect(try await lastReport(task.id) == "2026-11-15")
                #expect(try await stale() == 0)
            }
        }

        @Test func aDayOffAddedByTheAdministratorMovesTheDeadlineInBothCounts() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                // Task b's deadline Mon 05/10 becomes a day off: it rolls to Tue 06/10, still late (finished Fri 09/10);
                // task c's deadline Tue 20/10 a day off rolls to Wed 21/10: still overdue, one working day fewer.
                for day in ["2026-10-05", "2026-10-20"] {
                    let o = DayOverrideRecord()
                    o.date = day
                    o.isWorkingDay = false
                    o.name = "Nghỉ địa phương"
                    try await o.create(on: t.app.db)
                }
                let service = ReportService(db: t.app.db)
                let pure = try await service.report(.unit(book.unitID), window: Self.october)
                #expect(try await service.figures(.unit(book.unitID), window: Self.october).total == pure.counts)
                #expect(pure.overdueTasks.map(\.classification.workingDaysLate) == [7, 4, 3])
            }
        }
    }
}

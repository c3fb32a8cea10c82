import Fluent
import Foundation
import LegalCalendar
import Reports
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    /// A plan dated 05/01/2026 asks Sở Tài chính to report "trước ngày 20"
    /// every month. January is confirmed on time, February late (after Tết),
    /// March is not reported, April has begun: the period reports count each
    /// month begun by their cut-off as one item, and the tally, the pass over
    /// the items and the pure classifier say the same on every scope.
    @Suite struct RecurringDutyReportTests {
        static func day(_ m: Int, _ d: Int) -> CivilDate { CivilDate(year: 2026, month: m, day: d)! }
        static let title = "Báo cáo tình hình giải ngân vốn đầu tư công"
        static let firstQuarter = ReportWindow(ReportingPeriod(kind: .quarter, index: 1, year: 2026, basis: .calendar)!)
        static let january = ReportWindow(ReportingPeriod(kind: .month, index: 1, year: 2026, basis: .calendar)!)
        static let april = ReportWindow(ReportingPeriod(kind: .month, index: 4, year: 2026, basis: .calendar)!)
        static let aprilSoFar = ReportWindow(start: day(4, 1), end: day(4, 15))

        struct Duty {
            let task: UUID
            let unit: UUID
            let leader: UUID
            let document: UUID
            var subjects: [ReportSubject] { [.all, .unit(unit), .leader(leader), .document(document)] }
        }

        /// The duty as the office lives it, up to 15/04/2026; with
        /// `extendingMarch`, on 02/04 the leader grants March until 30/04.
        static func monthlyDuty(_ t: TestApp, _ clock: MovableDayClock, extendingMarch: Bool = false) async throws -> Duty {
            let unit = try await t.unitID("Sở Tài chính")
            let leader = try requireUser(try await UserRecord.query(on: t.app.db).filter(\.$username == "lanhdao").first())
            let document = try await Self.plan(t.app.db, organisation: t.app.dondoc.organisationID)
            var duty = NewTask(text: "Định kỳ hằng tháng, trước ngày 20, báo cáo UBND tình hình giải ngân vốn đầu tư công.")
            duty.title = title
            duty.documentID = document
            duty.leadUnitID = unit
            duty.leaderID = try leader.requireID()
            duty.recurrence = "monthly/before-20"
            let created = try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [duty]])
            let task = try #require(try created.content.decode(AppTests.RecurringDutyFlowTests.Created2.self).ids.first)

            clock.move(to: day(1, 15))
            try await Self.reportAndConfirm(t, task, period: "2026-01", on: "2026-01-15")
            clock.move(to: day(2, 27))
            try await Self.reportAndConfirm(t, task, period: "2026-02", on: "2026-02-27")
            if extendingMarch {
                clock.move(to: day(4, 2))
                let march = try #require(try await RecurringDutyFlowTests.periods(t, task).first { $0.periodCode == "2026-03" })
                let asked = try await RecurringDutyFlowTests.ask(t, task, period: march.id, until: "2026-04-30")
                let request = try asked.content.decode(RecurringDutyFlowTests.Asked.self).id
                try #require(try await RecurringDutyFlowTests.decide(t, request, approve: true).status == .noContent)
            }
            clock.move(to: day(4, 15))
            let periods = try await RecurringDutyFlowTests.periods(t, task)
            try #require(periods.map(\.periodCode) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"])
            try #require(periods.map(\.status) == [.doneOnTime, .doneLate, extendingMarch ? .inProgressOnTime : .overdue,
                                                   .inProgressOnTime, .inProgressOnTime])
            return Duty(task: task, unit: unit, leader: try leader.requireID(), document: document)
        }

        static func reportAndConfirm(_ t: TestApp, _ task: UUID, period code: String, on day: String) async throws {
            let period = try #require(try await RecurringDutyFlowTests.periods(t, task).first { $0.periodCode == code })
            let report = ReportInputBody(completed: true, text: "Báo cáo \(period.periodLabel).", completedOn: day)
            try #require(try await t.send(.POST, "api/v1/tasks/\(task)/occurrences/\(period.id)/reports", as: "stc", json: report).status == .ok)
            var decision = DecisionInput(approve: true)
            decision.occurrenceID = period.id
            try #require(try await t.send(.POST, "api/v1/tasks/\(task)/completion", as: "lanhdao", json: decision).status == .noContent)
        }

        static func plan(_ db: any Database, organisation: UUID) async throws -> UUID {
            let d = DocumentRecord()
            d.$organisation.id = organisation
            d.state = .confirmed
            d.docType = "KH"
            d.number = "03/KH-UBND"
            d.issuedOn = "2026-01-05"
            d.subject = "Kế hoạch theo dõi giải ngân vốn đầu tư công năm 2026"
            d.fileName = "kh.txt"
            d.format = "txt"
            d.original = Data("Kế hoạch".utf8)
            d.text = "Kế hoạch"
            d.folded = "ke hoach"
            try await d.create(on: db)
            return try d.requireID()
        }

        /// The counts of `subject` in `window` by every path, which must agree:
        /// the pure classifier over the items' snapshots (`PeriodReport`), the
        /// pass over the items in SQL, the tally (whole book, unit, leader),
        /// the report page's overview and the dashboard's month-end trend.
        static func counts(_ t: TestApp, _ subject: ReportSubject, _ window: ReportWindow) async throws -> StatusCounts {
            let service = ReportService(db: t.app.db)
            let pure = try await service.report(subject, window: window).counts
            let pass = ReportFigureQuery(db: t.app.db, calendar: try await service.workCalendar())
            #expect(try await pass.figuresFromTasks(subject, window: window).total == pure, "SQL pass, \(subject) \(window.label)")
            #expect(try await service.figures(subject, window: window).total == pure, "tally, \(subject) \(window.label)")
            #expect(try await service.overview(subject, window: window).counts == pure, "overview, \(subject) \(window.label)")
            #expect(try await service.monthEnds(subject, windows: [window]) == [MonthEndCounts(pure)], "trend, \(subject) \(window.label)")
            return pure
        }

        /// [total, done on time, done late, open in time, overdue]
        static func figures(_ c: StatusCounts) -> [Int] { [c.total, c.doneOnTime, c.doneLate, c.openInTime, c.overdue] }

        @Test func eachMonthBegunByTheCutOffIsOneItemWithItsOwnStatus() async throws {
            let clock = MovableDayClock(Self.day(1, 6))
            try await TestApp.run(clock: clock) { t in
                let duty = try await Self.monthlyDuty(t, clock)
                for subject in duty.subjects {
                    // January alone: February had not begun on 31/01.
                    #expect(Self.figures(try await Self.counts(t, subject, Self.january)) == [1, 1, 0, 0, 0], "\(subject)")
                    // The first quarter: January on time, February late, March overdue; not the duty's row besides.
                    let quarter = try await Self.counts(t, subject, Self.firstQuarter)
                    #expect(Self.figures(quarter) == [3, 1, 1, 0, 1], "\(subject)")
                    #expect(quarter.alreadyDue == 3)
                    // On 15/04 April has begun and is not yet due; May has not begun.
                    let sofar = try await Self.counts(t, subject, Self.aprilSoFar)
                    #expect(Self.figures(sofar) == [4, 1, 1, 1, 1], "\(subject)")
                    #expect(sofar.dueSoon == 1, "April is due on Monday 20/04, three working days after the cut-off")
                    // At the end of April, April is overdue too.
                    #expect(Self.figures(try await Self.counts(t, subject, Self.april)) == [4, 1, 1, 0, 2], "\(subject)")
                }
                let report = try await ReportService(db: t.app.db).report(.unit(duty.unit), window: Self.firstQuarter)
                #expect(report.sentence.hasPrefix("Tổng số nhiệm vụ 3; đã hoàn thành 2 (đúng hạn 1, quá hạn 1); chưa hoàn thành 1 (trong hạn 0, quá hạn 1)."))
                #expect(report.overdueTasks.map(\.task.reportTitle) == ["\(Self.title) — Tháng 3/2026"])
                #expect(report.overdueTasks.map(\.task.id) == [duty.task.uuidString], "the line links to the duty")
            }
        }

        @Test func anExtensionOfOnePeriodCountsForThatPeriodOnly() async throws {
            let clock = MovableDayClock(Self.day(1, 6))
            try await TestApp.run(clock: clock) { t in
                let duty = try await Self.monthlyDuty(t, clock, extendingMarch: true)
                for subject in duty.subjects {
                    // Granted on 02/04, after the quarter's cut-off: March was overdue on 31/03.
                    #expect(Self.figures(try await Self.counts(t, subject, Self.firstQuarter)) == [3, 1, 1, 0, 1], "\(subject)")
                    // On 15/04 March is in time until 30/04, and so is April.
                    #expect(Self.figures(try await Self.counts(t, subject, Self.aprilSoFar)) == [4, 1, 1, 2, 0], "\(subject)")
                    // On 30/04 March is due that very day (in time); April, not extended, is overdue.
                    let april = try await Self.counts(t, subject, Self.april)
                    #expect(Self.figures(april) == [4, 1, 1, 1, 1], "\(subject)")
                }
                let report = try await ReportService(db: t.app.db).report(.all, window: Self.april)
                #expect(report.overdueTasks.map(\.task.reportTitle) == ["\(Self.title) — Tháng 4/2026"])
                let march = try #require(report.rows.first { $0.task.period == "Tháng 3/2026" })
                // 30/04 and 01/05 are holidays, then a weekend: the extension's legal deadline is Monday 04/05.
                #expect(march.classification.effectiveDeadline == Self.day(5, 4))
                #expect(march.classification.originalDeadline == Self.day(3, 19))
            }
        }

        /// The dashboard's lists and the công văn đôn đốc count the same items
        /// as the reports: each overdue period is a line, and the plan has two
        /// open items on 15/04.
        @Test func theDashboardListsCountThePeriodsToo() async throws {
            let clock = MovableDayClock(Self.day(1, 6))
            try await TestApp.run(clock: clock) { t in
                let duty = try await Self.monthlyDuty(t, clock)
                let lists = DashboardQueries(db: t.app.db, calendar: try await ReportService(db: t.app.db).workCalendar())
                let oldest = try await lists.oldestOverdue(.unit(duty.unit), today: Self.day(4, 15))
                #expect(oldest.map(\.title) == ["\(Self.title) — Tháng 3/2026"])
                #expect(oldest.map(\.id) == [duty.task])
                #expect(oldest.map(\.workingDaysLate) == [19], "due Thu 19/03, 15/04 included")
                let plan = try #require(try await lists.busiestDocuments(.all, today: Self.day(4, 15)).first { $0.id == duty.document })
                let report = try await Self.counts(t, .document(duty.document), Self.aprilSoFar)
                let listed: [Int] = [plan.openTasks, plan.overdueTasks]
                #expect(listed == [2, 1], "March and April open, May not begun")
                #expect(listed == [report.open, report.overdue])

                clock.move(to: Self.day(4, 22))
                let page = try await t.send(.GET, "dashboard", as: "lanhdao").body.string
                #expect(page.contains("\(Self.title) — Tháng 3/2026"))
                #expect(page.contains("\(Self.title) — Tháng 4/2026"), "April is overdue too from 21/04")
                // The công văn đôn đốc to the unit lists both overdue periods.
                let dispatch = try await t.send(.GET, "reminders/dispatch/\(duty.unit)", as: "vanthu")
                let letter = try #require(try ReportDownloadTests.unzip(dispatch.body)["word/document.xml"])
                #expect(letter.contains("còn 2 nhiệm vụ đã quá hạn"))
                #expect(letter.contains("\(Self.title) — Tháng 3/2026") && letter.contains("\(Self.title) — Tháng 4/2026"))
            }
        }

        @Test func theDrillDownAndTheExportsNameEachPeriod() async throws {
            let clock = MovableDayClock(Self.day(1, 6))
            try await TestApp.run(clock: clock) { t in
                let duty = try await Self.monthlyDuty(t, clock)
                let query = "period=2026-Q1&basis=calendar&unit=\(duty.unit)"
                let overdue = try await t.send(.GET, "reports/tasks?figure=qua_han&" + query, as: "vanthu").body.string
                #expect(overdue.contains("\(Self.title) — Tháng 3/2026"))
                let page = try await t.send(.GET, "reports?" + query, as: "lanhdao").body.string
                #expect(page.contains("\(Self.title) — Tháng 3/2026"))

                let csv = try await t.send(.GET, "reports/download?format=csv&" + query, as: "lanhdao")
                let lines = String(decoding: Array(csv.body.readableBytesView).dropFirst(3), as: UTF8.self).split(separator: "\r\n")
                #expect(lines.count == 4, "a header and the three months of the quarter")
                for month in 1...3 {
                    #expect(lines.contains { $0.contains("\(Self.title) — Tháng \(month)/2026") }, "month \(month)")
                }
                let xlsx = try await t.send(.GET, "reports/download?format=xlsx&" + query, as: "vanthu")
                #expect(xlsx.status == .ok)
                let docx = try await t.send(.GET, "reports/download?format=docx&" + query, as: "lanhdao")
                #expect(docx.status == .ok)
                let sharedStrings = try #require(try ReportDownloadTests.unzip(xlsx.body)["xl/sharedStrings.xml"])
                #expect(sharedStrings.contains("\(Self.title) — Tháng 2/2026"))
                let document = try #require(try ReportDownloadTests.unzip(docx.body)["word/document.xml"])
                #expect(document.contains("\(Self.title) — Tháng 3/2026"))
            }
        }
    }
}

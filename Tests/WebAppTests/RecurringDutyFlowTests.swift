import Fluent
import Foundation
import LegalCalendar
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    /// A plan dated 05/3/2026 asks Sở Tài chính to report "trước ngày 20" every
    /// month until the end of 2026: each month is tracked on its own.
    @Suite struct RecurringDutyFlowTests {
        struct Draft: Decodable { let id: UUID }
        struct Detail: Decodable { let proposals: [NewTask]; let tasks: [TaskRow] }
        struct Created2: Decodable { let ids: [UUID] }
        struct ProposalIDs: Decodable { struct Ref: Decodable { let id: UUID }; let proposals: [Ref] }

        static func day(_ m: Int, _ d: Int) -> CivilDate { CivilDate(year: 2026, month: m, day: d)! }

        /// Uploads and confirms the plan as the clerk; returns the monthly duty's task.
        static func confirmPlan(_ t: TestApp) async throws -> TaskRow {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: TestApp.repositoryRoot + "Tests/WebAppTests/Documents/ke-hoach-bao-cao-giai-ngan.txt"))
            let uploaded = try await t.send(.POST, "api/v1/documents", as: "vanthu",
                                            json: ["fileName": "ke-hoach-bao-cao-giai-ngan.txt", "contentBase64": bytes.base64EncodedString()])
            let draft = try uploaded.content.decode(Draft.self)
            let proposals = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self).proposals
            let monthly = try #require(proposals.first { $0.text.contains("hằng tháng") })
            #expect(monthly.recurrence == "monthly/before-20")
            #expect(monthly.recurrenceUntil == day(12, 31))
            #expect(proposals.first { $0.text.contains("chậm tiến độ") }?.recurrence == nil)
            let confirmed = try await t.send(.POST, "api/v1/documents/\(draft.id)/confirm", as: "vanthu",
                                             json: ConfirmBody(tasks: proposals, aliases: nil))
            try #require(confirmed.status == .ok)
            return try #require(try await t.tasks(as: "stc").first { $0.documentID == draft.id })
        }

        static func periods(_ t: TestApp, _ task: UUID, as user: String = "lanhdao") async throws -> [OccurrenceRow] {
            try await t.send(.GET, "api/v1/tasks/\(task)/occurrences", as: user).content.decode([OccurrenceRow].self)
        }

        @Test func confirmingAPlanWithAMonthlyDutyCreatesItsPeriods() async throws {
            let clock = MovableDayClock(Self.day(3, 10))
            try await TestApp.run(clock: clock) { t in
                let task = try await Self.confirmPlan(t)
                let periods = try await Self.periods(t, task.id)
                // March has begun; April is shown as the next one.
                #expect(periods.map(\.periodLabel) == ["Tháng 3/2026", "Tháng 4/2026"])
                #expect(periods.map(\.deadline) == ["2026-03-19", "2026-04-20"])  // 19/4 is a Sunday
                #expect(periods.map(\.status) == [.inProgressOnTime, .inProgressOnTime])
                #expect(periods.map(\.isCurrent) == [true, false])
                #expect(task.deadline == "2026-03-19")
                #expect(task.isDueSoon == false)
            }
        }

        @Test func reportingOnMarchMakesAprilTheCurrentPeriod() async throws {
            let clock = MovableDayClock(Self.day(3, 17))
            try await TestApp.run(clock: clock) { t in
                let task = try await Self.confirmPlan(t)
                let report = ReportInputBody(completed: true, text: "Báo cáo giải ngân tháng 3: đạt 18% kế hoạch.",
                                             answerNumber: "112/BC-STC", completedOn: "2026-03-17")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: report).status == .ok)
                var periods = try await Self.periods(t, task.id)
                #expect(periods[0].workflowState == .awaitingConfirmation)
                #expect(periods[0].reports.map(\.text) == ["Báo cáo giải ngân tháng 3: đạt 18% kế hoạch."])
                #expect(try await t.detail(task.id).task.workflowState == .awaitingConfirmation)

                let confirm = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: DecisionInput(approve: true))
                #expect(confirm.status == .noContent)
                periods = try await Self.periods(t, task.id)
                #expect(periods[0].status == .doneOnTime)
                #expect(periods[0].completedOn == "2026-03-17")
                #expect(periods.first(where: \.isCurrent)?.periodLabel == "Tháng 4/2026")
                let now = try await t.detail(task.id).task
                #expect(now.deadline == "2026-04-20")
                #expect(now.workflowState == .notStarted)
                #expect(now.status == .inProgressOnTime)
            }
        }

        @Test func periodsGoOverdueAsTheClockMovesAndTheTaskShowsTheEarliest() async throws {
            let clock = MovableDayClock(Self.day(3, 10))
            try await TestApp.run(clock: clock) { t in
                let task = try await Self.confirmPlan(t)
                clock.move(to: Self.day(5, 25))
                let periods = try await Self.periods(t, task.id)
                #expect(periods.map(\.periodCode) == ["2026-03", "2026-04", "2026-05", "2026-06"])
                #expect(periods.map(\.status) == [.overdue, .overdue, .overdue, .inProgressOnTime])
                #expect(periods[2].workingDaysLate == 4)  // due Tue 19/5; 20, 21, 22, 25 May
                let row = try await t.detail(task.id).task
                #expect(row.deadline == "2026-03-19")
                #expect(row.status == .overdue)

                // April is reported late on its own route; March stays the task's current period.
                let april = periods[1]
                let late = ReportInputBody(completed: true, text: "Báo cáo tháng 4 (gửi muộn).", completedOn: "2026-05-25")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/occurrences/\(april.id)/reports", as: "stc", json: late).status == .ok)
                var decision = DecisionInput(approve: true)
                decision.occurrenceID = april.id
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: decision).status == .noContent)
                let after = try await Self.periods(t, task.id)
                #expect(after[1].status == .doneLate)
                #expect(after.first(where: \.isCurrent)?.periodCode == "2026-03")
            }
        }

        @Test func theDailyJobRollsDutiesForward() async throws {
            let clock = MovableDayClock(Self.day(3, 10))
            try await TestApp.run(clock: clock) { t in
                let task = try await Self.confirmPlan(t)
                _ = try await ReminderJob(app: t.app).run(on: Self.day(7, 2))
                let periods = try await OccurrenceRecord.query(on: t.app.db).filter(\.$task.$id == task.id).all()
                #expect(Set(periods.map(\.periodCode)) == ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"])
            }
        }

        @Test func aPlanConfirmedLateOwesEveryMonthSinceItsDateAndEndsWithItsLastPeriod() async throws {
            let clock = MovableDayClock(Self.day(12, 1))
            try await TestApp.run(clock: clock) { t in
                let task = try await Self.confirmPlan(t)
                let periods = try await Self.periods(t, task.id)
                // Owed from the plan's date; nothing after "đến hết năm 2026" although December has begun.
                #expect(periods.map(\.periodCode) == (3...12).map { String(format: "2026-%02d", $0) })
                for period in periods {
                    let report = ReportInputBody(completed: true, text: "Báo cáo \(period.periodLabel).", completedOn: "2026-12-01")
                    #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/occurrences/\(period.id)/reports", as: "stc", json: report).status == .ok)
                    var decision = DecisionInput(approve: true)
                    decision.occurrenceID = period.id
                    #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: decision).status == .noContent)
                }
                let done = try await t.detail(task.id).task
                #expect(done.workflowState == .done)
                #expect(done.completedOn == "2026-12-01")
                #expect(done.status == .doneOnTime, "the task shows its last period, due 18/12")
                let after = try await Self.periods(t, task.id)
                #expect(after.filter { $0.status == .doneLate }.count == 9, "March to November were reported late")
                let more = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: ReportInputBody(completed: false, text: "Thêm"))
                #expect(more.status == .conflict)
            }
        }

        @Test func theTaskPageListsThePeriods() async throws {
            let clock = MovableDayClock(Self.day(4, 22))
            try await TestApp.run(clock: clock) { t in
                let task = try await Self.confirmPlan(t)
                let html = try await t.page("/tasks/\(task.id)", session: try await t.browserSession(as: "stc"))
                #expect(html.contains("Theo dõi theo kỳ"))
                #expect(html.contains("Hằng tháng, trước ngày 20"))
                #expect(html.contains("Tháng 3/2026"))
                #expect(html.contains("Kỳ hiện tại: <strong>Tháng 3/2026</strong>"))
                #expect(html.contains("20/04/2026"))
                #expect(html.contains("Chưa hoàn thành - quá hạn"))
                #expect(!html.contains("<h2>Xin gia hạn</h2>"), "periods have their own deadlines: no form for the whole task")
                #expect(html.contains("Xin gia hạn kỳ này"))
            }
        }

        @Test(arguments: [true, false])
        func theDraftPageOffersPeriodTrackingWhichTheClerkMayUntick(_ ticked: Bool) async throws {
            let clock = MovableDayClock(Self.day(3, 10))
            try await TestApp.run(clock: clock) { t in
                let bytes = try Data(contentsOf: URL(fileURLWithPath: TestApp.repositoryRoot + "Tests/WebAppTests/Documents/ke-hoach-bao-cao-giai-ngan.txt"))
                let draft = try await t.send(.POST, "api/v1/documents", as: "vanthu",
                                             json: ["fileName": "ke-hoach.txt", "contentBase64": bytes.base64EncodedString()]).content.decode(Draft.self)
                let detail = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu")
                let proposals = try detail.content.decode(Detail.self).proposals
                let ids = try detail.content.decode(ProposalIDs.self).proposals.map(\.id)
                let session = try await t.browserSession(as: "vanthu")
                let html = try await t.page("/documents/\(draft.id)", session: session)
                #expect(html.contains("Theo dõi theo kỳ: Hằng tháng, trước ngày 20, đến hết 31/12/2026"))
                let csrf = try #require(html.range(of: "name=\"_csrf\" value=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
                var form = ["_csrf": csrf]
                for (i, p) in proposals.enumerated() {
                    form["tasks[\(i)][id]"] = ids[i].uuidString
                    form["tasks[\(i)][accept]"] = "on"
                    form["tasks[\(i)][text]"] = p.text
                    form["tasks[\(i)][leadUnitID]"] = p.leadUnitID?.uuidString ?? ""
                    form["tasks[\(i)][deadline]"] = p.deadline?.iso ?? ""
                    form["tasks[\(i)][trackByPeriod]"] = p.recurrence != nil && ticked ? "on" : nil
                }
                let confirmed = try await t.app.testing().sendRequest(.POST, "/documents/\(draft.id)/confirm", beforeRequest: { request in
                    request.headers.cookie = [SessionKeys.cookie: .init(string: session)]
                    request.headers.add(name: .accept, value: "text/html")
                    try request.content.encode(form, as: .urlEncodedForm)
                })
                #expect(confirmed.status == .seeOther)
                let task = try #require(try await t.tasks(as: "stc").first { $0.documentID == draft.id })
                #expect(try await Self.periods(t, task.id).map(\.periodCode) == (ticked ? ["2026-03", "2026-04"] : []))
            }
        }

        @Test func theOccurrenceRoutesAreDescribedInTheOpenAPIDocument() async throws {
            try await TestApp.run { t in
                let body = try await t.send(.GET, "api/openapi.json", as: nil).body
                let spec = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
                let paths = try #require(spec?["paths"] as? [String: [String: Any]])
                #expect(paths["/api/v1/tasks/{taskID}/occurrences"]?["get"] != nil)
                #expect(paths["/api/v1/tasks/{taskID}/occurrences/{occurrenceID}/reports"]?["post"] != nil)
            }
        }

        @Test func aDutyTypedInWithoutADocumentIsOwedFromTheDayItIsCreated() async throws {
            let clock = MovableDayClock(Self.day(3, 10))
            try await TestApp.run(clock: clock) { t in
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                var quarterly = NewTask(text: "Báo cáo tình hình thu ngân sách, trước ngày 15 của tháng cuối quý.")
                quarterly.leadUnitID = units.first { $0.name == "Sở Tài chính" }?.id
                quarterly.recurrence = "quarterly-3/before-15"
                var daily = NewTask(text: "Cập nhật số liệu mưa lũ hằng ngày.")
                daily.recurrence = "daily"
                let created = try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [quarterly, daily]])
                let ids = try created.content.decode(Created2.self).ids
                let periods = try await Self.periods(t, ids[0])
                #expect(periods.map(\.periodLabel) == ["Quý I/2026", "Quý II/2026"])
                #expect(periods.first?.deadline == "2026-03-16", "14/3/2026 is a Saturday")
                #expect(try await Self.periods(t, ids[1]).isEmpty, "a daily duty stays one task")
            }
        }

        @Test func onlyTheLeadUnitReportsOnAPeriod() async throws {
            let clock = MovableDayClock(Self.day(3, 10))
            try await TestApp.run(clock: clock) { t in
                let task = try await Self.confirmPlan(t)
                let march = try #require(try await Self.periods(t, task.id).first)
                let report = ReportInputBody(completed: true, text: "Không phải việc của đơn vị tôi")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/occurrences/\(march.id)/reports", as: "skhcn", json: report).status == .forbidden)
                #expect(try await t.send(.GET, "api/v1/tasks/\(task.id)/occurrences", as: "skhcn").status == .forbidden)
                // A period of another task is not found through this one.
                let other = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                #expect(try await t.send(.POST, "api/v1/tasks/\(other.id)/occurrences/\(march.id)/reports", as: "stc", json: report).status == .notFound)
                #expect(try await Self.periods(t, task.id).first?.reports.isEmpty == true)
                // Nor does anyone move the duty's deadline by hand: each period has its own.
                #expect(try await t.send(.PATCH, "api/v1/tasks/\(task.id)", as: "vanthu",
                                         json: ["deadline": "2026-06-30"]).status == .conflict)
            }
        }
    }
}

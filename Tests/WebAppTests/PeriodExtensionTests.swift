import Foundation
import LegalCalendar
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests.RecurringDutyFlowTests {
    struct Asked: Decodable { let id: UUID }
    struct Ask: Encodable { let reason: String; let requestedDeadline: String }

    static func ask(_ t: TestApp, _ task: UUID, period: UUID, until day: String, as user: String = "stc",
                    reason: String = "Số liệu Kho bạc tháng này chốt muộn.") async throws -> TestingHTTPResponse {
        try await t.send(.POST, "api/v1/tasks/\(task)/occurrences/\(period)/extensions", as: user,
                         json: Ask(reason: reason, requestedDeadline: day))
    }

    static func decide(_ t: TestApp, _ request: UUID, approve: Bool) async throws -> TestingHTTPResponse {
        try await t.send(.POST, "api/v1/extensions/\(request)/decision", as: "lanhdao", json: DecisionInput(approve: approve))
    }

    @Test func oneMonthIsExtendedAndTheOthersKeepTheirDeadlines() async throws {
        let clock = MovableDayClock(Self.day(3, 17))
        try await TestApp.run(clock: clock) { t in
            let task = try await Self.confirmPlan(t)
            let march = try #require(try await Self.periods(t, task.id).first)
            let asked = try await Self.ask(t, task.id, period: march.id, until: "2026-03-27")
            #expect(asked.status == .ok)
            let request = try asked.content.decode(Asked.self).id
            // One request at a time per period, whichever route names it (the task's own goes to the current period).
            #expect(try await Self.ask(t, task.id, period: march.id, until: "2026-03-30").status == .conflict)
            let again = try await t.send(.POST, "api/v1/tasks/\(task.id)/extensions", as: "stc",
                                         json: Ask(reason: "Lần nữa", requestedDeadline: "2026-03-30"))
            #expect(again.status == .conflict)
            #expect(try again.content.decode(ErrorBody.self).error.contains("Kỳ Tháng 3/2026 đã có một đề nghị gia hạn"))
            var periods = try await Self.periods(t, task.id)
            #expect(periods[0].pendingExtension?.requestedDeadline == "2026-03-27")
            #expect(periods[0].deadline == "2026-03-19")

            #expect(try await Self.decide(t, request, approve: true).status == .noContent)
            periods = try await Self.periods(t, task.id)
            #expect(periods[0].deadline == "2026-03-27")
            #expect(periods[0].originalDeadline == "2026-03-19")
            #expect(periods[0].pendingExtension == nil)
            #expect(periods[1].deadline == "2026-04-20" && periods[1].originalDeadline == "2026-04-20")
            var row = try await t.detail(task.id).task
            #expect(row.deadline == "2026-03-27")
            #expect(row.originalDeadline == "2026-03-19")
            let extended = try #require(try await ReportSnapshots(db: t.app.db).load(.all, only: [task.id]).first)
            #expect(extended.extensions.map(\.newDeadline.iso) == ["2026-03-27"])

            // Past the original deadline, within the extension: in time, in the list and the inbox too.
            clock.move(to: Self.day(3, 25))
            periods = try await Self.periods(t, task.id)
            #expect(periods[0].status == .inProgressOnTime)
            row = try #require(try await t.send(.GET, "api/v1/inbox", as: "stc").content.decode([TaskRow].self).first { $0.id == task.id })
            #expect(row.status == .inProgressOnTime)
            #expect(row.deadline == "2026-03-27")
            #expect(try await t.tasks(as: "lanhdao", query: "?status=\(TaskStatus.overdue.rawValue)").allSatisfy { $0.id != task.id })

            // Finished after 19/3 but within the extension: done on time.
            let report = ReportInputBody(completed: true, text: "Báo cáo tháng 3.", completedOn: "2026-03-25")
            #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: report).status == .ok)
            #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: DecisionInput(approve: true)).status == .noContent)
            periods = try await Self.periods(t, task.id)
            #expect(periods[0].status == .doneOnTime)
            // April is now the task's period, with its own deadline: March's extension no longer applies to the row.
            row = try await t.detail(task.id).task
            #expect(row.deadline == "2026-04-20" && row.originalDeadline == "2026-04-20")
            #expect(row.status == .inProgressOnTime)
            // The reports read the row the same way: March's extension is not April's.
            let snapshot = try #require(try await ReportSnapshots(db: t.app.db).load(.all, only: [task.id]).first)
            #expect(snapshot.originalDeadline?.iso == "2026-04-20")
            #expect(snapshot.extensions.isEmpty)

            // Both steps are in the audit log and the task's history.
            let history = try await t.detail(task.id).history.map(\.action)
            #expect(history.contains(AuditAction.requestExtension.rawValue))
            #expect(history.contains(AuditAction.approveExtension.rawValue))
        }
    }

    @Test func anExtensionGrantedAfterThePeriodWasFinishedLateDoesNotExcuseIt() async throws {
        let clock = MovableDayClock(Self.day(3, 24))
        try await TestApp.run(clock: clock) { t in
            let task = try await Self.confirmPlan(t)
            let march = try #require(try await Self.periods(t, task.id).first)
            let request = try await Self.ask(t, task.id, period: march.id, until: "2026-03-31").content.decode(Asked.self).id
            let report = ReportInputBody(completed: true, text: "Báo cáo tháng 3 (muộn).", completedOn: "2026-03-24")
            #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/occurrences/\(march.id)/reports", as: "stc", json: report).status == .ok)
            clock.move(to: Self.day(3, 26))
            #expect(try await Self.decide(t, request, approve: true).status == .noContent)
            var decision = DecisionInput(approve: true)
            decision.occurrenceID = march.id
            #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: decision).status == .noContent)
            let periods = try await Self.periods(t, task.id)
            #expect(periods[0].deadline == "2026-03-31")
            #expect(periods[0].status == .doneLate, "approved on 26/3, after the work was reported on 24/3")
        }
    }

    @Test func badRequestsForAPeriodAreRefusedAndChangeNothing() async throws {
        let clock = MovableDayClock(Self.day(3, 17))
        try await TestApp.run(clock: clock) { t in
            let task = try await Self.confirmPlan(t)
            let periods = try await Self.periods(t, task.id)
            let (march, april) = (periods[0], periods[1])
            let other = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
            let refusals: [(TestingHTTPResponse, HTTPStatus, String?)] = [
                (try await Self.ask(t, task.id, period: march.id, until: "2026-03-18"), .unprocessableEntity, "Hạn mới phải sau hạn hiện tại"),
                (try await Self.ask(t, task.id, period: march.id, until: "2026-03-27", reason: "  "), .unprocessableEntity, "lý do"),
                (try await Self.ask(t, other.id, period: march.id, until: "2026-03-27"), .notFound, nil),
                (try await Self.ask(t, task.id, period: march.id, until: "2026-03-27", as: "skhcn"), .forbidden, nil),
                (try await Self.ask(t, task.id, period: march.id, until: "2026-03-27", as: "lanhdao"), .forbidden, nil),
            ]
            for (response, status, words) in refusals {
                #expect(response.status == status)
                if let words { #expect(try response.content.decode(ErrorBody.self).error.contains(words)) }
            }
            // A refused request leaves the period as it was.
            let request = try await Self.ask(t, task.id, period: april.id, until: "2026-04-30").content.decode(Asked.self).id
            #expect(try await Self.decide(t, request, approve: false).status == .noContent)
            #expect(try await Self.decide(t, request, approve: true).status == .conflict)
            let after = try await Self.periods(t, task.id)
            #expect(after.map(\.deadline) == ["2026-03-19", "2026-04-20"])
            #expect(after[1].extensions.map(\.decision) == [.refused])
            #expect(try await t.detail(task.id).task.deadline == "2026-03-19")

            // A period already done takes no request.
            let report = ReportInputBody(completed: true, text: "Báo cáo tháng 3.", completedOn: "2026-03-17")
            _ = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: report)
            _ = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: DecisionInput(approve: true))
            let done = try await Self.ask(t, task.id, period: march.id, until: "2026-03-27")
            #expect(done.status == .conflict)
            #expect(try done.content.decode(ErrorBody.self).error.contains("Kỳ Tháng 3/2026 đã hoàn thành"))
        }
    }

    @Test func theTaskPageAsksForAndDecidesOnePeriodsExtension() async throws {
        let clock = MovableDayClock(Self.day(3, 17))
        try await TestApp.run(clock: clock) { t in
            let task = try await Self.confirmPlan(t)
            let march = try #require(try await Self.periods(t, task.id).first)
            let unit = try await t.browserSession(as: "stc")
            var html = try await t.page("/tasks/\(task.id)", session: unit)
            #expect(html.contains("Xin gia hạn kỳ này"))
            #expect(html.contains("name=\"occurrence\" value=\"\(march.id.uuidString)\""))
            let asked = try await Self.postForm("/tasks/\(task.id)/extensions", [
                "_csrf": try Self.csrf(html), "occurrence": march.id.uuidString,
                "requestedDeadline": "27/03/2026", "reason": "Số liệu Kho bạc chốt muộn.",
            ], session: unit, on: t)
            #expect(asked.status == .seeOther)

            let leader = try await t.browserSession(as: "lanhdao")
            html = try await t.page("/tasks/\(task.id)", session: leader)
            let request = try #require(try await Self.periods(t, task.id).first?.pendingExtension)
            #expect(html.contains("Đề nghị gia hạn đến 27/03/2026 — Số liệu Kho bạc chốt muộn."))
            #expect(html.contains("action=\"/extensions/\(request.id.uuidString)/decision\""))
            let decided = try await Self.postForm("/extensions/\(request.id.uuidString)/decision",
                                                  ["_csrf": try Self.csrf(html), "approve": "yes"], session: leader, on: t)
            #expect(decided.status == .seeOther)
            html = try await t.page("/tasks/\(task.id)", session: leader)
            #expect(html.contains("hạn ban đầu 19/03/2026"))
            #expect(html.contains("Kỳ hiện tại: <strong>Tháng 3/2026</strong>, hạn 27/03/2026"))
        }
    }

    static func csrf(_ html: String) throws -> String {
        try #require(html.range(of: "name=\"_csrf\" value=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
    }

    static func postForm(_ path: String, _ fields: [String: String], session: String, on t: TestApp) async throws -> TestingHTTPResponse {
        try await t.app.testing().sendRequest(.POST, path, beforeRequest: { request in
            request.headers.cookie = [SessionKeys.cookie: .init(string: session)]
            request.headers.add(name: .accept, value: "text/html")
            try request.content.encode(fields, as: .urlEncodedForm)
        })
    }
}

import Foundation
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    @Suite struct TaskFlowTests {
        @Test func aUnitMemberListsOnlyTheTasksItsUnitLeadsOrSupports() async throws {
            try await TestApp.run { t in
                let all = try await t.tasks(as: "lanhdao")
                let mine = try await t.tasks(as: "stc", query: "?unit=\(UUID())")  // asking for another unit changes nothing
                #expect(all.count == 7)
                #expect(!mine.isEmpty)
                #expect(mine.allSatisfy { $0.leadUnitName == "Sở Tài chính" })
                let culture = try await t.tasks(as: "skhcn")
                #expect(culture.count == 2)
            }
        }

        @Test func aCompletionReportWaitsForTheLeaderAndThenCountsTheReportedDay() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let report = ReportInputBody(completed: true, text: "Đã rà soát, có báo cáo số 45/BC-STC.",
                                             answerNumber: "45/BC-STC", completedOn: "2026-11-14")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: report).status == .ok)
                #expect(try await t.detail(task.id).task.workflowState == .awaitingConfirmation)

                let confirm = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao",
                                               json: DecisionInput(approve: true))
                #expect(confirm.status == .noContent)
                let done = try await t.detail(task.id)
                #expect(done.task.workflowState == .done)
                #expect(done.task.completedOn == "2026-11-14")
                #expect(done.reports.first?.answerNumber == "45/BC-STC")
                #expect(done.history.map(\.action).suffix(2) == ["bao_cao_hoan_thanh", "xac_nhan_hoan_thanh"])
            }
        }

        @Test func aRefusedCompletionSendsTheTaskBackToTheUnit() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                _ = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc",
                                     json: ReportInputBody(completed: true, text: "Xong."))
                _ = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao",
                                     json: DecisionInput(approve: false, note: "Thiếu số liệu quý III"))
                #expect(try await t.detail(task.id).task.workflowState == .returned)
                let again = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: DecisionInput(approve: true))
                #expect(again.status == .conflict)
            }
        }

        @Test func anApprovedExtensionMovesTheDeadlineButKeepsTheOriginal() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let asked = try await t.send(.POST, "api/v1/tasks/\(task.id)/extensions", as: "stc",
                                             json: ExtensionBody(reason: "Chờ số liệu của Chi cục Thuế", requestedDeadline: "2026-11-30"))
                #expect(asked.status == .ok)
                let id = try asked.content.decode(Created.self).id
                let twice = try await t.send(.POST, "api/v1/tasks/\(task.id)/extensions", as: "stc",
                                             json: ExtensionBody(reason: "Lần nữa", requestedDeadline: "2026-12-05"))
                #expect(twice.status == .conflict)

                let decided = try await t.send(.POST, "api/v1/extensions/\(id)/decision", as: "lanhdao", json: DecisionInput(approve: true))
                #expect(decided.status == .noContent)
                let detail = try await t.detail(task.id)
                #expect(detail.task.deadline == "2026-11-30")
                #expect(detail.task.originalDeadline == "2026-11-20")
                #expect(detail.extensions.first?.decision == .approved)
                #expect(detail.history.contains { $0.action == "dong_y_gia_han" })
            }
        }

        @Test func onlyTheLeadUnitMayAskForMoreTime() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Khoa học và Công nghệ", containing: "chuyển đổi số")
                let body = ExtensionBody(reason: "Lý do", requestedDeadline: "2027-01-31")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/extensions", as: "stc", json: body).status == .forbidden)
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/extensions", as: "skhcn", json: body).status == .ok)
            }
        }

        @Test func aClerkCreatesATaskThatSearchFindsWithoutDiacritics() async throws {
            try await TestApp.run { t in
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                let tnmt = try #require(units.first { $0.name == "Sở Nông nghiệp và Môi trường" })
                var task = NewTask(text: "Kiểm tra việc khai thác đất san lấp trái phép tại đồi Gò Đá, báo cáo trước ngày 30/11/2026.")
                task.leadUnitID = tnmt.id
                task.deadline = .init(year: 2026, month: 11, day: 30)
                let created = try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [task]])
                #expect(created.status == .ok)

                let found = try await t.tasks(as: "lanhdao", query: "?q=khai%20thac%20dat%20go%20da")
                #expect(found.map(\.leadUnitName) == ["Sở Nông nghiệp và Môi trường"])
                let none = try await t.tasks(as: "lanhdao", query: "?q=khai%20thac%20vang")
                #expect(none.isEmpty)
                let accented = try await t.tasks(as: "lanhdao", query: "?q=khai%20th%C3%A1c")  // "khai thác"
                #expect(accented.count == 1)
            }
        }

        @Test func theListFiltersByUnitStateAndDeadline() async throws {
            try await TestApp.run { t in
                let units = try await t.send(.GET, "api/v1/units", as: "lanhdao").content.decode([UnitOut].self)
                let xa = try #require(units.first { $0.name == "UBND xã Tân Hợp" })
                let supported = try await t.tasks(as: "lanhdao", query: "?unit=\(xa.id)")
                #expect(supported.count == 2)  // it leads none and supports two
                let dueSoon = try await t.tasks(as: "lanhdao", query: "?deadlineFrom=2026-11-18&deadlineTo=2026-11-24")
                #expect(dueSoon.compactMap(\.deadline) == ["2026-11-18", "2026-11-20", "2026-11-24"])
                let notStarted = try await t.tasks(as: "lanhdao", query: "?state=chua_thuc_hien")
                #expect(notStarted.count == 7)
            }
        }

        @Test func badInputIsRefusedWithAVietnameseMessageAndChangesNothing() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let empty = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: ReportInputBody(completed: false, text: "  "))
                #expect(empty.status == .unprocessableEntity)
                #expect(try empty.content.decode(ErrorBody.self).error == "Nội dung báo cáo không được để trống.")
                let future = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc",
                                              json: ReportInputBody(completed: true, text: "Xong", completedOn: "2026-12-01"))
                #expect(future.status == .unprocessableEntity)
                let missing = try await t.send(.GET, "api/v1/tasks/\(UUID())", as: "lanhdao")
                #expect(missing.status == .notFound)
                let garbage = try await t.app.testing().sendRequest(.POST, "api/v1/tasks", beforeRequest: { request in
                    request.headers.bearerAuthorization = .init(token: t.tokens["vanthu"]!)
                    request.headers.contentType = .json
                    request.body = .init(string: "{not json")
                })
                #expect(garbage.status == .badRequest)
                #expect(try garbage.content.decode(ErrorBody.self).error == "Dữ liệu gửi lên không hợp lệ.")
                #expect(try await t.detail(task.id).reports.isEmpty)
                #expect(try await t.tasks(as: "lanhdao").count == 7)
            }
        }
    }
}

struct ReportInputBody: Codable, Sendable {
    var completed: Bool
    var text: String
    var answerNumber: String? = nil
    var completedOn: String? = nil
}

struct ExtensionBody: Codable, Sendable {
    let reason: String
    let requestedDeadline: String
}

struct Created: Decodable { let id: UUID }
struct ErrorBody: Decodable { let error: String }
struct UnitOut: Decodable { let id: UUID; let name: String }

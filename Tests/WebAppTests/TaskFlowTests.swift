import Foundation
import LegalCalendar
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
                                             answerNumber: "45/BC-STC", completedOn: "2026-11-14",
                                             evidenceFileName: "bao-cao-45.txt", evidence: Data("Báo cáo số 45/BC-STC".utf8))
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: report).status == .ok)
                #expect(try await t.detail(task.id).task.workflowState == .awaitingConfirmation)

                let confirm = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao",
                                               json: DecisionInput(approve: true))
                #expect(confirm.status == .noContent)
                let done = try await t.detail(task.id)
                #expect(done.task.workflowState == .done)
                #expect(done.task.completedOn == "2026-11-14")
                #expect(done.reports.first?.answerNumber == "45/BC-STC")
                let reportID = try #require(done.reports.first?.id)
                let file = try await t.send(.GET, "api/v1/reports/\(reportID)/evidence", as: "lanhdao")
                #expect(file.body.string == "Báo cáo số 45/BC-STC")
                #expect(file.headers.contentDisposition?.filename == "bao-cao-45.txt")
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

        @Test func aBlankDeadlinePhraseFromAFormIsStoredAsNone() async throws {
            try await TestApp.run { t in
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                let unit = try #require(units.first { $0.name == "Sở Nông nghiệp và Môi trường" })
                var task = NewTask(text: "Rà soát danh sách hộ nghèo phát sinh trên địa bàn.")
                task.leadUnitID = unit.id
                task.deadlineText = "  "  // what an empty form field posts
                let created = try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [task]])
                #expect(created.status == .ok)

                let row = try await t.task(ledBy: "Sở Nông nghiệp và Môi trường", containing: "hộ nghèo")
                #expect(row.deadlineText == nil)
                #expect(row.status == .noDeadline)
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
    var evidenceFileName: String? = nil
    var evidence: Data? = nil
}

struct ExtensionBody: Codable, Sendable {
    let reason: String
    let requestedDeadline: String
}

struct Created: Decodable { let id: UUID }
struct ErrorBody: Decodable { let error: String }
struct UnitOut: Decodable { let id: UUID; let name: String }

extension AppTests {
    @Suite struct TaskChangeTests {
        @Test func aLeaderReassignsATaskAndTheNewUnitSeesIt() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let units = try await t.send(.GET, "api/v1/units", as: "lanhdao").content.decode([UnitOut].self)
                let science = try #require(units.first { $0.name == "Sở Khoa học và Công nghệ" })
                let moved = try await t.send(.POST, "api/v1/tasks/\(task.id)/reassign", as: "lanhdao",
                                             json: ["unitID": science.id])
                #expect(moved.status == .noContent)
                #expect(try await t.tasks(as: "skhcn").contains { $0.id == task.id })
                #expect(try await t.tasks(as: "stc").allSatisfy { $0.id != task.id })
                #expect(try await t.send(.GET, "api/v1/tasks/\(task.id)", as: "stc").status == .forbidden)
                #expect(try await t.detail(task.id).history.last?.label == "Giao lại cho đơn vị khác")
            }
        }

        @Test func aClerkCorrectsATaskAndTheAuditKeepsBeforeAndAfter() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                var changes = TaskChanges()
                changes.deadline = .init(year: 2026, month: 11, day: 27)
                changes.title = "Rà soát các khoản thu đạt thấp"
                #expect(try await t.send(.PATCH, "api/v1/tasks/\(task.id)", as: "vanthu", json: changes).status == .noContent)
                let detail = try await t.detail(task.id)
                #expect(detail.task.title == "Rà soát các khoản thu đạt thấp")
                #expect(detail.task.deadline == "2026-11-27")
                let edit = try #require(detail.history.last)
                #expect(edit.action == "sua_nhiem_vu")
                #expect(edit.before?.contains("2026-11-20") == true)
                #expect(edit.after?.contains("2026-11-27") == true)
                #expect(try await t.tasks(as: "lanhdao", query: "?q=ra%20soat%20khoan%20thu%20dat%20thap").count == 1)
            }
        }

        @Test func aCoordinatingUnitReportsOnlyOnItsOwnPart() async throws {
            try await TestApp.run { t in
                let units = try await t.send(.GET, "api/v1/units", as: "quantri").content.decode([UnitOut].self)
                let finance = try #require(units.first { $0.name == "Sở Tài chính" })
                let science = try #require(units.first { $0.name == "Sở Khoa học và Công nghệ" })
                var task = NewTask(text: "Xây dựng cơ sở dữ liệu giá đất phục vụ định giá, hoàn thành trước ngày 30/12/2026.")
                task.leadUnitID = science.id
                task.supportUnitIDs = [finance.id]
                let created = try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [task]])
                struct IDs: Decodable { let ids: [UUID] }
                let id = try #require(try created.content.decode(IDs.self).ids.first)

                let report = try await t.send(.POST, "api/v1/tasks/\(id)/reports", as: "stc",
                                              json: ReportInputBody(completed: true, text: "Đã cung cấp bảng giá đất."))
                #expect(report.status == .ok)
                let detail = try await t.detail(id)
                #expect(detail.task.workflowState == .notStarted)  // the lead unit's work is untouched
                #expect(detail.task.supportUnits.map(\.state) == [.done])
                #expect(detail.reports.first?.decision == .approved)
                let asked = try await t.send(.POST, "api/v1/tasks/\(id)/extensions", as: "stc",
                                             json: ExtensionBody(reason: "Chờ số liệu", requestedDeadline: "2027-01-15"))
                #expect(asked.status == .forbidden)
            }
        }
    }
}

extension AppTests {
    /// Official statuses come from TrackingRules on the working calendar, as
    /// of the test clock's day: Sunday 15/11/2026.
    @Suite struct TaskStatusTests {
        @Test func statusesAndUrgencyFollowTheWorkingCalendar() async throws {
            try await TestApp.run { t in
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                let finance = try #require(units.first { $0.name == "Sở Tài chính" })
                var late = NewTask(text: "Quyết toán kinh phí diễn tập phòng chống thiên tai, trước ngày 11/11/2026.")
                late.leadUnitID = finance.id
                late.deadline = .init(year: 2026, month: 11, day: 11)
                _ = try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [late]])

                let inbox = try await t.send(.GET, "api/v1/inbox", as: "stc").content.decode([TaskRow].self)
                #expect(inbox.map(\.deadline) == ["2026-11-11", "2026-11-20"])  // the overdue one first
                #expect(inbox[0].status == .overdue)
                #expect(inbox[0].workingDaysLate == 2)  // Thursday 12 and Friday 13; the weekend does not count
                #expect(inbox[1].status == .inProgressOnTime)

                let all = try await t.tasks(as: "lanhdao")
                let dams = try #require(all.first { $0.deadline == "2026-11-18" })
                #expect(dams.isDueSoon)           // three working days away
                #expect(dams.workingDaysLeft == 3)
                #expect(try await t.tasks(as: "lanhdao", query: "?status=khong_han").count == 2)
                #expect(try await t.tasks(as: "lanhdao", query: "?status=chua_hoan_thanh_qua_han").count == 1)
            }
        }

        @Test func aTaskFinishedWithinAnApprovedExtensionIsOnTime() async throws {
            try await TestApp.run { t in
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                let finance = try #require(units.first { $0.name == "Sở Tài chính" })
                var task = NewTask(text: "Tổng hợp nhu cầu vốn đầu tư công năm 2027, trước ngày 13/11/2026.")
                task.leadUnitID = finance.id
                task.deadline = .init(year: 2026, month: 11, day: 13)
                struct IDs: Decodable { let ids: [UUID] }
                let id = try #require(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [task]]).content.decode(IDs.self).ids.first)
                #expect(try await t.detail(id).task.status == .overdue)

                let asked = try await t.send(.POST, "api/v1/tasks/\(id)/extensions", as: "stc",
                                             json: ExtensionBody(reason: "Chờ số liệu của các xã", requestedDeadline: "2026-11-30"))
                let extensionID = try asked.content.decode(Created.self).id
                _ = try await t.send(.POST, "api/v1/extensions/\(extensionID)/decision", as: "lanhdao", json: DecisionInput(approve: true))
                #expect(try await t.detail(id).task.status == .inProgressOnTime)

                _ = try await t.send(.POST, "api/v1/tasks/\(id)/reports", as: "stc",
                                     json: ReportInputBody(completed: true, text: "Đã tổng hợp.", completedOn: "2026-11-15"))
                _ = try await t.send(.POST, "api/v1/tasks/\(id)/completion", as: "lanhdao", json: DecisionInput(approve: true))
                let done = try await t.detail(id).task
                #expect(done.status == .doneOnTime)  // late against the original 13/11, on time within the extension
                #expect(done.originalDeadline == "2026-11-13")
                #expect(done.statusLabel == "Đã hoàn thành đúng hạn")
            }
        }
    }
}

extension AppTests {
    @Suite struct CalendarTests {
        @Test func aDayOffDeclaredByTheAdministratorMovesTheUrgency() async throws {
            try await TestApp.run { t in
                let before = try #require(try await t.tasks(as: "lanhdao").first { $0.deadline == "2026-11-18" })
                #expect(before.workingDaysLeft == 3)
                let dayOff = DayOverride(date: .init(year: 2026, month: 11, day: 16)!, isWorkingDay: false, name: "Nghỉ bù ngày bầu cử")
                #expect(try await t.send(.POST, "api/v1/calendar/overrides", as: "quantri", json: dayOff).status == .noContent)
                #expect(try await t.send(.POST, "api/v1/calendar/overrides", as: "lanhdao", json: dayOff).status == .forbidden)
                let after = try #require(try await t.tasks(as: "lanhdao").first { $0.deadline == "2026-11-18" })
                #expect(after.workingDaysLeft == 2)
                let listed = try await t.send(.GET, "api/v1/calendar/overrides", as: "stc").content.decode([DayOverrideEntry].self)
                #expect(listed.map(\.day) == [dayOff])

                // The server keeps the calendar between requests: withdrawing the
                // day off counts from the next request on, like declaring it.
                let id = try #require(listed.first).id
                #expect(try await t.send(.DELETE, "api/v1/calendar/overrides/\(id)", as: "quantri").status == .noContent)
                let restored = try #require(try await t.tasks(as: "lanhdao").first { $0.deadline == "2026-11-18" })
                #expect(restored.workingDaysLeft == 3)
            }
        }
    }
}

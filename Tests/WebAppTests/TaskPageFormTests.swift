import Foundation
import LegalCalendar
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The task page's forms: days typed dd/mm/yyyy whatever the browser's
    /// language, and only the forms that fit where the task stands.
    @Suite struct TaskPageFormTests {
        @Test func theExtensionFormTakesADayTypedTheVietnameseWay() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let session = try await t.browserSession(as: "stc")
                let page = try await t.page("tasks/\(task.id)", session: session)
                #expect(!page.contains("type=\"date\""))
                #expect(page.contains("name=\"requestedDeadline\" required placeholder=\"dd/mm/yyyy\""))
                #expect(page.contains("pattern=\"\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}\""))

                let american = try await t.submit("tasks/\(task.id)/extensions",
                                                  [("requestedDeadline", "11/30/2026"), ("reason", "Chờ số liệu")], session: session)
                #expect(american.status == .unprocessableEntity)
                #expect(american.body.string.contains("Hạn mới đề nghị &quot;11/30/2026&quot; không đúng dạng ngày/tháng/năm (ví dụ 30/11/2026)."))
                #expect(try await t.detail(task.id).extensions.isEmpty)

                let asked = try await t.submit("tasks/\(task.id)/extensions",
                                               [("requestedDeadline", "30/11/2026"), ("reason", "Chờ số liệu của Chi cục Thuế")], session: session)
                #expect(asked.status == .seeOther)
                #expect(try await t.detail(task.id).extensions.map(\.requestedDeadline) == ["2026-11-30"])
            }
        }

        @Test func daysAreReadDayFirstOrISOAndAnythingElseIsRefused() throws {
            #expect(try FormDate.parse("30/11/2026", field: "Hạn") == CivilDate(year: 2026, month: 11, day: 30))
            #expect(try FormDate.parse(" 5/2/2027 ", field: "Hạn") == CivilDate(year: 2027, month: 2, day: 5))
            #expect(try FormDate.parse("05-02-2027", field: "Hạn") == CivilDate(year: 2027, month: 2, day: 5))
            #expect(try FormDate.parse("2027-02-05", field: "Hạn") == CivilDate(year: 2027, month: 2, day: 5))
            #expect(try FormDate.parseOptional("  ", field: "Hạn") == nil)
            for bad in ["11/30/2026", "31/02/2026", "2027/02/05", "30/11/26", "ngày mai", ""] {
                #expect(throws: TrackingError.self, "\(bad)") { try FormDate.parse(bad, field: "Hạn") }
            }
            let error = #expect(throws: TrackingError.self) { try FormDate.parse("31/02/2026", field: "Ngày") }
            #expect(error?.message == "Ngày \"31/02/2026\" không đúng dạng ngày/tháng/năm (ví dụ 30/11/2026).")
        }

        @Test func afterTheLeadUnitReportsCompletionItIsNotAskedToReportOrExtendAgain() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let unit = try await t.browserSession(as: "stc")
                var page = try await t.page("tasks/\(task.id)", session: unit)
                #expect(page.contains("Gửi báo cáo"))
                #expect(page.contains("Xin gia hạn"))

                let reported = try await t.submit("tasks/\(task.id)/reports", [("text", "Đã rà soát xong các khoản thu."), ("completed", "on")],
                                                  session: unit)
                #expect(reported.status == .seeOther)
                page = try await t.page("tasks/\(task.id)", session: unit)
                #expect(page.contains("Chờ xác nhận"))
                #expect(!page.contains("Gửi báo cáo"))
                #expect(!page.contains("Xin gia hạn"))
                let leader = try await t.page("tasks/\(task.id)", session: try await t.browserSession(as: "lanhdao"))
                #expect(leader.contains("Xác nhận hoàn thành</button>"))

                _ = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: DecisionInput(approve: false, note: "Thiếu số liệu"))
                page = try await t.page("tasks/\(task.id)", session: unit)
                #expect(page.contains("Gửi báo cáo"))  // returned: the unit works on it again
            }
        }

        @Test func aTaskWithoutADeadlineOffersNoExtension() async throws {
            try await TestApp.run { t in
                var open = NewTask(text: "Theo dõi, đôn đốc thu hồi các khoản tạm ứng ngân sách quá hạn.")
                open.leadUnitID = try await t.unitID("Sở Tài chính")
                _ = try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [open]])
                let row = try await t.task(ledBy: "Sở Tài chính", containing: "tạm ứng")
                let page = try await t.page("tasks/\(row.id)", session: try await t.browserSession(as: "stc"))
                #expect(page.contains("Không hạn"))
                #expect(page.contains("Gửi báo cáo"))
                #expect(!page.contains("Xin gia hạn"))
            }
        }
    }
}

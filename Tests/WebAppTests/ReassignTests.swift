import Foundation
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    /// A leader hands a task to other units from the task page or the API;
    /// the change and its note are in the history.
    @Suite struct ReassignTests {
        @Test func aLeaderReassignsLeadAndCoordinatingUnitsFromTheTaskPage() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let science = try await t.unitID("Sở Khoa học và Công nghệ")
                let finance = try await t.unitID("Sở Tài chính")
                let session = try await t.browserSession(as: "lanhdao")
                let page = try await t.page("tasks/\(task.id)", session: session)
                #expect(page.contains("action=\"/tasks/\(task.id)/reassign\""))

                let moved = try await t.submit("tasks/\(task.id)/reassign", [
                    ("unitID", science.uuidString), ("support[]", finance.uuidString),
                    ("note", "Sở KH&CN đang quản lý cơ sở dữ liệu thu"),
                ], session: session)
                #expect(moved.status == .seeOther)
                #expect(moved.location == "/tasks/\(task.id)")

                let detail = try await t.detail(task.id)
                #expect(detail.task.leadUnitID == science)
                #expect(detail.task.supportUnits.map(\.id) == [finance])
                #expect(detail.task.workflowState == .notStarted)
                let event = try #require(detail.history.last)
                #expect(event.action == "giao_lai")
                #expect(event.note == "Sở KH&CN đang quản lý cơ sở dữ liệu thu")
                #expect(event.before?.contains(finance.uuidString) == true)
                #expect(try await t.page("tasks/\(task.id)", session: session).contains("Sở KH&amp;CN đang quản lý cơ sở dữ liệu thu"))
                // The new lead unit sees the task; the old one still does, as a coordinating unit.
                #expect(try await t.tasks(as: "skhcn").contains { $0.id == task.id })
                #expect(try await t.send(.GET, "api/v1/tasks/\(task.id)", as: "stc").status == .ok)
            }
        }

        @Test func coordinatingUnitsChangeThroughTheAPIAndTheirProgressIsKept() async throws {
            try await TestApp.run { t in
                let finance = try await t.unitID("Sở Tài chính")
                let science = try await t.unitID("Sở Khoa học và Công nghệ")
                let construction = try await t.unitID("Sở Xây dựng")
                var new = NewTask(text: "Xây dựng bảng giá ca máy xây dựng năm 2027, trình UBND tỉnh trước ngày 15/12/2026.")
                new.leadUnitID = construction
                new.supportUnitIDs = [finance, science]
                struct IDs: Decodable { let ids: [UUID] }
                let id = try #require(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [new]]).content.decode(IDs.self).ids.first)
                _ = try await t.send(.POST, "api/v1/tasks/\(id)/reports", as: "stc", json: ReportInputBody(completed: true, text: "Đã góp ý đơn giá."))
                _ = try await t.send(.POST, "api/v1/tasks/\(id)/reports", as: "skhcn", json: ReportInputBody(completed: false, text: "Đang rà soát."))

                struct Body: Encodable { let unitID: UUID; let supportUnitIDs: [UUID]; let note: String }
                let changed = try await t.send(.POST, "api/v1/tasks/\(id)/reassign", as: "lanhdao",
                                               json: Body(unitID: construction, supportUnitIDs: [finance], note: "Sở KH&CN không cần phối hợp"))
                #expect(changed.status == .noContent)
                let detail = try await t.detail(id)
                #expect(detail.task.supportUnits.map(\.id) == [finance])
                #expect(detail.task.supportUnits.first?.state == .done)  // the part already done stays done
                #expect(detail.task.workflowState == .notStarted)
                #expect(try await t.send(.GET, "api/v1/tasks/\(id)", as: "skhcn").status == .forbidden)

                let unchanged = try await t.send(.POST, "api/v1/tasks/\(id)/reassign", as: "lanhdao",
                                                 json: Body(unitID: construction, supportUnitIDs: [finance], note: "Lần nữa"))
                #expect(unchanged.status == .unprocessableEntity)
                #expect(try unchanged.content.decode(ErrorBody.self).error
                        == "Đơn vị chủ trì và đơn vị phối hợp không thay đổi, không có gì để giao lại.")
            }
        }

        @Test func aUnitMemberCanNeitherReassignNorSeeTheForm() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let science = try await t.unitID("Sở Khoa học và Công nghệ")
                let session = try await t.browserSession(as: "stc")
                #expect(try await !t.page("tasks/\(task.id)", session: session).contains("/reassign\""))
                let refused = try await t.submit("tasks/\(task.id)/reassign", [("unitID", science.uuidString), ("note", "Tự chuyển")],
                                                 session: session)
                #expect(refused.status == .forbidden)
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reassign", as: "stc",
                                         json: ["unitID": science.uuidString]).status == .forbidden)
                #expect(try await t.detail(task.id).task.leadUnitName == "Sở Tài chính")
                #expect(try await !t.page("tasks/\(task.id)", session: try await t.browserSession(as: "vanthu")).contains("/reassign\""))
            }
        }
    }
}

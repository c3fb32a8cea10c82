import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// What a clerk reads on the pages: days written the Vietnamese way, and
    /// a task without a deadline saying so.
    @Suite struct PageRenderingTests {
        @Test func theTaskPageWritesDaysTheVietnameseWayAndSaysWhenThereIsNoDeadline() async throws {
            try await TestApp.run { t in
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                let unit = try #require(units.first { $0.name == "Sở Nông nghiệp và Môi trường" })
                var dated = NewTask(text: "Tổng hợp số liệu thiệt hại do mưa lũ, báo cáo trước ngày 30/11/2026.")
                dated.leadUnitID = unit.id
                dated.deadline = .init(year: 2026, month: 11, day: 30)
                var open = NewTask(text: "Theo dõi diễn biến sạt lở bờ sông trên địa bàn.")
                open.leadUnitID = unit.id
                #expect(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [dated, open]]).status == .ok)

                let session = try await t.browserSession(as: "lanhdao")
                let datedRow = try await t.task(ledBy: unit.name, containing: "mưa lũ")
                let datedPage = try await t.page("tasks/\(datedRow.id)", session: session)
                #expect(datedPage.contains("30/11/2026"))
                #expect(!datedPage.contains("2026-11-30"))

                let openRow = try await t.task(ledBy: unit.name, containing: "sạt lở")
                let openPage = try await t.page("tasks/\(openRow.id)", session: session)
                #expect(openPage.contains("Không hạn"))
                #expect(!openPage.contains("<span class=\"muted\">()</span>"))

                let list = try await t.page("tasks", session: session)
                #expect(list.contains("30/11/2026"))
            }
        }

        /// The list comes a page at a time; Trước / Sau move the window and keep the filters.
        @Test func theTaskListPagesWithItsFiltersKept() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "lanhdao")
                let all = try await t.send(.GET, "api/v1/tasks?limit=1000", as: "lanhdao").content.decode([TaskRow].self)
                try #require(all.count > 3)
                let state = try #require(all.first?.workflowState)
                let inState = all.filter { $0.workflowState == state }
                let first = try await t.page("tasks?state=\(state.rawValue)&limit=2", session: session)
                let links = pagerLinks(first)
                #expect(links.previous == nil)
                #expect(links.next == (inState.count > 2 ? "/tasks?state=\(state.rawValue)&limit=2&offset=2" : nil))
                let second = try await t.page("tasks?state=\(state.rawValue)&limit=2&offset=2", session: session)
                #expect(pagerLinks(second).previous == "/tasks?state=\(state.rawValue)&limit=2")
                #expect(inState.count <= 2 || second.contains("/tasks/\(inState[2].id)"))
                // Without a limit a page holds fifty rows.
                let api = try await t.send(.GET, "api/v1/tasks", as: "lanhdao").content.decode([TaskRow].self)
                #expect(api.count == min(all.count, TaskFilter.pageSize))
            }
        }

        private func pagerLinks(_ page: String) -> (previous: String?, next: String?) {
            func link(_ rel: String) -> String? {
                guard let tag = page.range(of: "rel=\"\(rel)\"") else { return nil }
                let before = page[..<tag.lowerBound]
                guard let href = before.range(of: "href=\"", options: .backwards) else { return nil }
                let value = before[href.upperBound...]
                return value.firstIndex(of: "\"").map { String(value[..<$0]).replacingOccurrences(of: "&amp;", with: "&") }
            }
            return (link("prev"), link("next"))
        }
    }
}

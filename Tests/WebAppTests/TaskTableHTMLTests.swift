import Foundation
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The task list's rows, written in Swift (TaskTableHTML), say what the
    /// template's loop said: the link, the document, the units, the day, the
    /// status with its lateness, every text escaped.
    @Suite struct TaskTableHTMLTests {
        @Test func aListRowShowsTheTaskEscapedWithItsDayStatusAndUnits() async throws {
            try await TestApp.run { t in
                let unit = try #require(try await t.tasks(as: "lanhdao").compactMap(\.leadUnitID).first)
                var late = NewTask(text: "Báo cáo <b>ngay</b> & \"đúng hạn\" về Sở's kế hoạch.")
                late.title = "Báo cáo <b>ngay</b> & \"đúng hạn\" về Sở's kế hoạch"
                late.leadUnitID = unit
                late.deadline = .init(year: 2026, month: 10, day: 1)
                #expect(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [late]]).status == .ok)
                let row = try #require(try await t.tasks(as: "lanhdao", query: "?limit=1000").first { $0.title.hasPrefix("Báo cáo <b>") })
                #expect(row.status == .overdue && row.workingDaysLate > 0)

                let html = TaskTableHTML.rows([row])
                #expect(html.hasPrefix("<tr class=\"state-\(row.workflowState.rawValue)\">"))
                #expect(html.contains("<a href=\"/tasks/\(row.id.uuidString)\">Báo cáo &lt;b&gt;ngay&lt;/b&gt; &amp; &quot;đúng hạn&quot; về Sở&#39;s kế hoạch</a>"))
                #expect(html.contains("<td>\(try #require(row.leadUnitName))</td>"))
                #expect(html.contains("<td class=\"date\">01/10/2026</td>"))
                #expect(html.contains("<td class=\"status-chua_hoan_thanh_qua_han\">\(try #require(row.statusLabel))"
                                      + "<div class=\"muted\">trễ \(row.workingDaysLate) ngày làm việc</div></td>"))
                #expect(html.contains("<td>\(row.workflowLabel)</td>"))

                // The page shows it so, and a task with coordinating units lists them.
                let session = try await t.browserSession(as: "lanhdao")
                let page = try await t.page("tasks?unit=\(unit)&limit=1000", session: session)
                #expect(page.contains(html))
                let coordinated = try #require(try await t.tasks(as: "lanhdao", query: "?limit=1000").first { !$0.supportUnits.isEmpty })
                #expect(TaskTableHTML.rows([coordinated]).contains("<td>" + coordinated.supportUnits.map { "<div>\($0.name)</div>" }.joined() + "</td>"))
            }
        }
    }
}

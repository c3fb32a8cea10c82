import Foundation
import LegalCalendar
import Reports
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The leadership dashboard and its server-drawn charts.
    @Suite struct DashboardTests {
        @Test func theLeaderSeesTheTasksInTheirChargeWithLinksAndCharts() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let page = try await t.send(.GET, "dashboard", as: "lanhdao")
                #expect(page.status == .ok)
                let html = page.body.string
                #expect(html.contains("Tổng quan nhiệm vụ do đồng chí phụ trách"))
                #expect(html.contains("<svg") && html.contains("role=\"img\""))
                #expect(html.contains("<title id=\"don-vi-title\">Tỷ lệ hoàn thành theo đơn vị chủ trì</title>"))
                #expect(html.contains("Phòng Thử nghiệm &amp; Đánh giá"))
                #expect(html.contains("/reports?from=2026-01-01&amp;to=2026-11-15&amp;unit=\(book.unitID)")
                        || html.contains("/reports?from=2026-01-01&to=2026-11-15&unit=\(book.unitID)"))
                #expect(html.contains("/reports/tasks?figure=qua_han&"))
                // The overdue tile shows what the pure report counts for the same window and leader.
                let window = ReportWindow(start: CivilDate(year: 2026, month: 1, day: 1)!, end: t.today)
                let report = try await ReportService(db: t.app.db).report(.leader(book.leaderID), window: window)
                #expect(html.contains("<span>Quá hạn chưa hoàn thành</span><strong>\(report.counts.overdue)</strong>"))
                #expect(html.contains("/tasks/\(book.ids["c"]!)"), "the oldest overdue task is listed")
                #expect(html.contains("77/KH-TN"), "its document has the most open tasks")
                let everything = try await t.send(.GET, "dashboard?scope=all", as: "lanhdao").body.string
                #expect(everything.contains("Tổng quan thực hiện nhiệm vụ"))
                #expect(try await t.send(.GET, "dashboard", as: "stc").status == .forbidden)
            }
        }

        @Test func aBarChartEscapesItsLabelsAndNamesEachBar() {
            let chart = BarChart(title: "Tỷ lệ <hoàn thành>", description: "Mô tả & chú thích",
                                 bars: [.init(label: "Phòng \"A\" & B", value: 75, valueText: "75,0%", link: "/reports?unit=1&x=2"),
                                        .init(label: "Phòng C", value: 150, valueText: "150%", link: nil)],
                                 scale: 100)
            let svg = chart.svg
            #expect(svg.contains("<title id=\"bar-chart-title\">Tỷ lệ &lt;hoàn thành&gt;</title>"))
            #expect(svg.contains("<desc id=\"bar-chart-desc\">Mô tả &amp; chú thích</desc>"))
            #expect(svg.contains("<title>Phòng &quot;A&quot; &amp; B: 75,0%</title>"))
            #expect(svg.contains("<a href=\"/reports?unit=1&amp;x=2\">"))
            #expect(!svg.contains("\"A\" & B"))
            // A value over the scale is drawn full length, never past the track.
            #expect(svg.contains("width=\"340\" height=\"18\" fill=\"#1f5fa8\""))
            #expect(svg.components(separatedBy: "fill=\"#1f5fa8\"").count == 3)
        }

        @Test func aTrendChartBreaksItsLineWhereAMonthHasNoRate() {
            let months: [(String, Int, Double?)] = [("T1/26", 3, 0.5), ("T2/26", 4, 0.75), ("T3/26", 0, nil), ("T4/26", 2, 1.0),
                                                    ("T5/26", 1, 0.9)]
            let points = months.map { TrendChart.Point(label: $0.0, count: $0.1, rate: $0.2, link: "/reports/tasks?figure=qua_han") }
            let svg = TrendChart(title: "Diễn biến", description: "Cột và đường", countName: "Quá hạn", rateName: "Tỷ lệ hoàn thành",
                                 points: points).svg
            #expect(svg.components(separatedBy: "<polyline").count == 3, "two segments around the gap")
            #expect(svg.components(separatedBy: "<circle").count == 5)
            #expect(svg.contains("<title>T3/26: Quá hạn 0; Tỷ lệ hoàn thành chưa có số liệu</title>"))
            #expect(svg.contains("<title>T2/26: Quá hạn 4; Tỷ lệ hoàn thành 75,0%</title>"))
        }
    }
}

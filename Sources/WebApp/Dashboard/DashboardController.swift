import Fluent
import Foundation
import LegalCalendar
import Reports
import Tracking
import Vapor

/// The leadership dashboard: the year so far, counted in the database. Every
/// figure, bar and column links to the tasks behind it. A leader sees the
/// tasks in their charge unless they ask for everything (`?scope=all`).
struct DashboardController: RouteCollection {
    struct Tile: Encodable { let label: String; let value: String; let note: String; let link: String }
    struct Page: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let title: String
        let subtitle: String
        let tiles: [Tile]
        let unitChart: String
        let trendChart: String
        let oldest: [DashboardQueries.OverdueTask]
        let documents: [DashboardQueries.BusyDocument]
        let isLeader: Bool
        let mine: Bool
        let reportLink: String
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .dashboard, action: .readReports) { request, principal in
            try await page(request, principal)
        }
    }

    private func page(_ request: Request, _ principal: Principal) async throws -> View {
        let today = request.application.dondoc.clock.today()
        let mine = principal.role == .leader && (try? request.query.get(String.self, at: "scope")) != "all"
        var query = ReportQuery()
        query.leader = mine ? principal.id : nil
        // The year so far: from 1 January to today, today being the cut-off.
        query.from = CivilDate(year: today.year, month: 1, day: 1)!.iso
        query.to = today.iso
        let window = try query.window(today: today)
        let calendar = try await request.directory.workCalendar()
        let service = ReportService(db: request.db, calendar: calendar)
        let figures = try await service.figures(query.subject, window: window)
        let total = figures.total
        let qs = query.queryString
        func link(_ figure: ReportFigure) -> String { SiteRoute.reportTasks.path(encodedQuery: "figure=\(figure.rawValue)&" + qs) }
        // Tỷ lệ đúng hạn: done on time ÷ done (the official rates are on the report page).
        let onTime: Double? = total.done == 0 ? nil : Double(total.doneOnTime) / Double(total.done)
        let tiles = [
            Tile(label: "Tỷ lệ hoàn thành", value: VietnameseNumber.percent(total.completionRate.value),
                 note: "trên \(VietnameseNumber.integer(total.alreadyDue)) nhiệm vụ đã đến hạn", link: link(.done)),
            Tile(label: "Tỷ lệ đúng hạn", value: VietnameseNumber.percent(onTime),
                 note: "trên \(VietnameseNumber.integer(total.done)) nhiệm vụ đã hoàn thành", link: link(.doneOnTime)),
            Tile(label: "Quá hạn chưa hoàn thành", value: VietnameseNumber.integer(total.overdue),
                 note: "tỷ lệ quá hạn " + VietnameseNumber.percent(total.overdueRate.value) + " trên tổng số", link: link(.overdue)),
            Tile(label: "Tỷ lệ cập nhật tiến độ", value: VietnameseNumber.percent(total.updateRate.value),
                 note: "\(VietnameseNumber.integer(total.open - total.openUpdated)) nhiệm vụ chưa cập nhật", link: link(.notUpdated)),
            Tile(label: "Sắp đến hạn", value: VietnameseNumber.integer(total.dueSoon), note: "trong 3 ngày làm việc", link: link(.dueSoon)),
            Tile(label: "Tổng số nhiệm vụ", value: VietnameseNumber.integer(total.total),
                 note: "\(VietnameseNumber.integer(total.done)) đã hoàn thành", link: link(.total)),
        ]
        return try await request.view.render("dashboard", Page(
            me: TaskPagesController.me(principal), csrf: request.csrfToken,
            title: mine ? "Tổng quan nhiệm vụ do đồng chí phụ trách" : "Tổng quan thực hiện nhiệm vụ",
            subtitle: "Năm \(today.year), số liệu tính đến hết ngày \(today.vietnamese)",
            tiles: tiles,
            unitChart: try await unitChart(request, figures: figures, query: query),
            trendChart: try await trendChart(service, query: query, today: today),
            oldest: try await DashboardQueries(db: request.db, calendar: calendar).oldestOverdue(query.subject, today: today),
            documents: try await DashboardQueries(db: request.db, calendar: calendar).busiestDocuments(query.subject, today: today),
            isLeader: principal.role == .leader, mine: mine, reportLink: SiteRoute.reports.path(encodedQuery: qs)))
    }

    /// One bar per lead unit: its completion rate, linking to its report.
    private func unitChart(_ request: Request, figures: ReportFigures, query: ReportQuery) async throws -> String {
        let names = Dictionary(uniqueKeysWithValues: try await request.directory.unitNames().map { ($0.id, $0.name) })
        let bars = figures.byUnit.map { unit, counts -> BarChart.Bar in
            var scoped = query
            scoped.unit = unit
            return BarChart.Bar(label: unit.flatMap { names[$0] } ?? "Chưa xác định đơn vị",
                                value: (counts.completionRate.value ?? 0) * 100,
                                valueText: VietnameseNumber.percent(counts.completionRate.value),
                                link: unit == nil ? nil : SiteRoute.reports.path(encodedQuery: scoped.queryString))
        }.sorted { ($0.value, $1.label) > ($1.value, $0.label) }
        return BarChart(title: "Tỷ lệ hoàn thành theo đơn vị chủ trì",
                        description: "Mỗi thanh là tỷ lệ nhiệm vụ đã hoàn thành trên số nhiệm vụ đã đến hạn của một đơn vị.",
                        bars: bars, scale: 100, id: "don-vi").svg
    }

    /// The last twelve months, each counted at its last day (today for the
    /// current one), all twelve in one pass over the tasks.
    private func trendChart(_ service: ReportService, query: ReportQuery, today: CivilDate) async throws -> String {
        let windows = (0..<12).compactMap { offset -> ReportWindow? in
            let month = today.adding(months: offset - 11)
            guard let period = ReportingPeriod(kind: .month, index: month.month, year: month.year, basis: .calendar) else { return nil }
            return ReportWindow(start: period.start, end: min(period.end, today), label: period.label)
        }
        let ends = try await service.monthEnds(query.subject, windows: windows)
        let points = zip(windows, ends).map { window, counts -> TrendChart.Point in
            var scoped = query
            scoped.from = window.start.iso
            scoped.to = window.end.iso
            let month = window.start
            return TrendChart.Point(label: "T\(month.month)/\(month.year % 100 < 10 ? "0" : "")\(month.year % 100)",
                                    count: counts.overdue, rate: counts.completionRate,
                                    link: SiteRoute.reportTasks.path(encodedQuery: "figure=\(ReportFigure.overdue.rawValue)&" + scoped.queryString))
        }
        return TrendChart(title: "Diễn biến 12 tháng", description: "Cột: số nhiệm vụ quá hạn chưa hoàn thành cuối mỗi tháng; "
                            + "đường: tỷ lệ hoàn thành trên số nhiệm vụ đã đến hạn.",
                          countName: "Quá hạn chưa hoàn thành", rateName: "Tỷ lệ hoàn thành", points: points, id: "xu-huong").svg
    }
}

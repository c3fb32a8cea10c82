import Fluent
import Foundation
import LegalCalendar
import Reports
import Tracking
import Vapor

/// What the dashboard shows of the year so far: the same for everyone who
/// looks at one scope on one day, so a server computes it once per change
/// (`DashboardContent.Cache`) rather than once per request. The reader's own
/// parts (their name, the form token) are added by the controller.
struct DashboardContent: Sendable, Encodable {
    struct Tile: Sendable, Encodable { let label: String; let value: String; let note: String; let link: String }

    /// What the content depends on: whose tasks (a leader's own, or all of
    /// them: nil) and the day, which is the cut-off, so midnight changes it.
    struct Key: Hashable, Sendable {
        let leader: UUID?
        let day: CivilDate
    }

    /// The server's computed dashboards. Dropped by every write transaction
    /// this server ends; another server's or process's writes (a shared
    /// PostgreSQL, `dondoc import`, `dondoc remind`) show within `lifetime`.
    /// A few entries: the whole book and each leader's own.
    typealias Cache = WriteScopedCache<Key, Rendered>
    static let lifetime: Duration = .seconds(10)
    static let capacity = 16

    let title: String
    let subtitle: String
    let tiles: [Tile]
    let unitChart: String
    let trendChart: String
    let oldest: [DashboardQueries.OverdueTask]
    let documents: [DashboardQueries.BusyDocument]
    let mine: Bool
    let reportLink: String

    /// The content as the page shows it: the heading's words, and the rest
    /// drawn once into HTML (`dashboard-content.leaf`), so that a page served
    /// from the cache only fills in the layout around it (drawing the tiles,
    /// charts and lists was half the time of such a request).
    struct Rendered: Sendable, Encodable {
        let title: String
        let subtitle: String
        let mine: Bool
        let reportLink: String
        let html: String
    }

    func rendered(by views: any ViewRenderer) async throws -> Rendered {
        let html = String(buffer: try await views.render("dashboard-content", self).data)
        return Rendered(title: title, subtitle: subtitle, mine: mine, reportLink: reportLink, html: html)
    }

    static func compute(_ key: Key, db: any Database, directory: Directory) async throws -> DashboardContent {
        let today = key.day
        var query = ReportQuery()
        query.leader = key.leader
        // The year so far: from 1 January to today, today being the cut-off.
        query.from = CivilDate(year: today.year, month: 1, day: 1)!.iso
        query.to = today.iso
        let window = try query.window(today: today)
        let calendar = try await directory.workCalendar()
        let service = ReportService(db: db, calendar: calendar)
        let figures = try await service.figures(query.subject, window: window)
        let names = Dictionary(uniqueKeysWithValues: try await directory.unitNames().map { ($0.id, $0.name) })
        let lists = DashboardQueries(db: db, calendar: calendar)
        return DashboardContent(
            title: key.leader != nil ? "Tổng quan nhiệm vụ do đồng chí phụ trách" : "Tổng quan thực hiện nhiệm vụ",
            subtitle: "Năm \(today.year), số liệu tính đến hết ngày \(today.vietnamese)",
            tiles: tiles(figures.total, query: query),
            unitChart: unitChart(figures, names: names, query: query),
            trendChart: try await trendChart(service, query: query, today: today),
            oldest: try await lists.oldestOverdue(query.subject, today: today),
            documents: try await lists.busiestDocuments(query.subject, today: today),
            mine: key.leader != nil, reportLink: SiteRoute.reports.path(encodedQuery: query.queryString))
    }

    private static func tiles(_ total: StatusCounts, query: ReportQuery) -> [Tile] {
        let qs = query.queryString
        func link(_ figure: ReportFigure) -> String { SiteRoute.reportTasks.path(encodedQuery: "figure=\(figure.rawValue)&" + qs) }
        // Tỷ lệ đúng hạn: done on time ÷ done (the official rates are on the report page).
        let onTime: Double? = total.done == 0 ? nil : Double(total.doneOnTime) / Double(total.done)
        return [
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
    }

    /// One bar per lead unit: its completion rate, linking to its report.
    private static func unitChart(_ figures: ReportFigures, names: [UUID: String], query: ReportQuery) -> String {
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
    private static func trendChart(_ service: ReportService, query: ReportQuery, today: CivilDate) async throws -> String {
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

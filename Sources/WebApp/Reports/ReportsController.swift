import Fluent
import Foundation
import LegalCalendar
import Reports
import SQLKit
import Tracking
import TrackingRules
import Vapor

/// Period reports: the page, the tasks behind each figure, the downloads
/// (XLSX, CSV, DOCX in the Decree 30 layout) and the JSON API.
struct ReportsController: RouteCollection {
    struct TaskListPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let title: String
        let windowLabel: String
        let back: String
        let tasks: [ReportPage.OverdueLine]
        let statuses: [String]
    }
    struct ReportJSON: Content {
        let window: ReportWindow
        let sentence: String
        let comparison: String?
        let counts: StatusCounts
        let rates: [ReportRate]
        let units: [UnitResult]
        let overdue: [ReportPage.OverdueLine]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .reports, action: .readReports) { request, principal in
            try await page(request, principal)
        }
        routes.guarded(.GET, .reportTasks, action: .readReports) { request, principal in
            try await taskList(request, principal)
        }
        routes.guarded(.GET, .reportDownload, action: .readReports) { request, _ in
            let query = ReportQuery.read(request)
            let format = try ReportFile.Format(try? request.query.get(String.self, at: "format"))
            let report = try await build(request, query)
            return try ReportFile.report(report, format: format, office: request.application.reporting.office,
                                         today: request.application.dondoc.clock.today()).response()
        }
        routes.guarded(.GET, .api(.reports), action: .readReports) { request, _ in
            let report = try await overview(request, ReportQuery.read(request))
            return ReportJSON(window: report.window, sentence: report.sentence, comparison: report.comparison,
                              counts: report.counts,
                              rates: [report.counts.completionRate, report.counts.overdueRate, report.counts.updateRate],
                              units: report.units, overdue: ReportPage.overdueLines(report.overdueTasks))
        }
    }

    private func build(_ request: Request, _ query: ReportQuery) async throws -> PeriodReport {
        let window = try query.window(today: request.application.dondoc.clock.today())
        return try await ReportService(db: request.db, calendar: try await request.directory.workCalendar())
            .report(query.subject, window: window)
    }

    /// The figures, ranking and most overdue tasks (the page, the JSON):
    /// from the tally, whatever the size of the book.
    private func overview(_ request: Request, _ query: ReportQuery) async throws -> ReportOverview {
        let window = try query.window(today: request.application.dondoc.clock.today())
        return try await ReportService(db: request.db, calendar: try await request.directory.workCalendar())
            .overview(query.subject, window: window)
    }

    private func page(_ request: Request, _ principal: Principal) async throws -> View {
        let query = ReportQuery.read(request)
        let report = try await overview(request, query)
        let qs = query.queryString
        let choices = try await ReportChoices.load(request, query)
        let c = report.counts
        let title = (["Báo cáo nhiệm vụ", report.scopePhrase, report.window.label].filter { !$0.isEmpty }).joined(separator: " ")
        return try await request.view.render("report", ReportPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken, title: title,
            windowLabel: report.window.label,
            windowRange: "Từ ngày \(report.window.start.vietnamese) đến hết ngày \(report.window.end.vietnamese)",
            sentence: report.sentence, comparison: report.comparison,
            figures: ReportPage.figures(report, query: qs),
            rates: [ReportPage.rate(c.completionRate), ReportPage.rate(c.overdueRate), ReportPage.rate(c.updateRate)],
            units: ReportPage.unitLines(report, query: query), overdue: ReportPage.overdueLines(report.overdueTasks),
            overdueTotal: c.overdue > report.overdueTasks.count ? c.overdue : nil,
            overdueLink: SiteRoute.reportTasks.path(encodedQuery: "figure=\(ReportFigure.overdue.rawValue)&" + qs),
            excluded: report.excludedCount, query: query, queryString: qs,
            unitOptions: choices.units, leaderOptions: choices.leaders, documentOptions: choices.documents,
            canDraftReminder: AccessPolicy.allows(principal, .draftReminder)))
    }

    /// The tasks behind one figure.
    private func taskList(_ request: Request, _ principal: Principal) async throws -> View {
        let query = ReportQuery.read(request)
        let figureName = try? request.query.get(String.self, at: "figure")
        guard let figure = figureName.flatMap(ReportFigure.init(rawValue:)) else {
            throw Abort(.badRequest, reason: "Chỉ tiêu \"\(figureName ?? "")\" không có.")
        }
        let report = try await build(request, query)
        let rows = report.rows.filter(figure.includes)
        return try await request.view.render("report-tasks", TaskListPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken,
            title: figure.label + (report.scopePhrase.isEmpty ? "" : " " + report.scopePhrase),
            windowLabel: report.window.label, back: SiteRoute.reports.path(encodedQuery: query.queryString),
            tasks: ReportPage.overdueLines(rows), statuses: rows.map { $0.classification.status?.label ?? "" }))
    }
}

/// The units, leaders and documents a report can be narrowed to.
struct ReportChoices {
    let units: [ReportPage.Option]
    let leaders: [ReportPage.Option]
    let documents: [ReportPage.Option]

    static func load(_ request: Request, _ query: ReportQuery) async throws -> ReportChoices {
        let units = try await request.directory.units().map {
            ReportPage.Option(value: try $0.requireID().uuidString, label: $0.name, selected: $0.id == query.unit)
        }
        let leaders = try await UserRecord.query(on: request.db).filter(\.$role == .leader).sort(\.$displayName).all().map {
            ReportPage.Option(value: try $0.requireID().uuidString, label: $0.displayName, selected: $0.id == query.leader)
        }
        // Documents hold their original file: list only id and number, without loading it.
        let rows = try await (request.db as! any SQLDatabase).raw("""
            SELECT id, number FROM documents WHERE number IS NOT NULL ORDER BY created_at DESC LIMIT 300
            """).all()
        let documents = try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return ReportPage.Option(value: id.uuidString, label: try row.decode(column: "number", as: String.self),
                                     selected: id == query.document)
        }
        return ReportChoices(units: units, leaders: leaders, documents: documents)
    }
}

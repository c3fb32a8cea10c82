import Fluent
import Foundation
import Tracking
import Vapor

/// The leadership dashboard: the year so far, counted in the database. Every
/// figure, bar and column links to the tasks behind it. A leader sees the
/// tasks in their charge unless they ask for everything (`?scope=all`).
/// The figures, charts and lists come from the server's cache of computed
/// dashboards, drawn once (`DashboardContent.Cache`); only the layout with
/// the reader's own parts is drawn per request.
struct DashboardController: RouteCollection {
    struct Page: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let isLeader: Bool
        let content: DashboardContent.Rendered
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .dashboard, action: .readReports) { request, principal in
            try await page(request, principal)
        }
    }

    private func page(_ request: Request, _ principal: Principal) async throws -> View {
        let mine = principal.role == .leader && (try? request.query.get(String.self, at: "scope")) != "all"
        let key = DashboardContent.Key(leader: mine ? principal.id : nil, day: request.application.dondoc.clock.today())
        let directory = request.directory
        let content = try await request.application.dondoc.dashboards.value(for: key) {
            try await DashboardContent.compute(key, db: request.db, directory: directory).rendered(by: request.view)
        }
        return try await request.view.render("dashboard", Page(
            me: TaskPagesController.me(principal), csrf: request.csrfToken, isLeader: principal.role == .leader, content: content))
    }
}

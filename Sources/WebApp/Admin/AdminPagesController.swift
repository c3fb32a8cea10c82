import Tracking
import Vapor

/// /admin: the administrator's starting page, linking users, units and the
/// working calendar.
struct AdminPagesController: RouteCollection {
    struct HubPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .admin, action: .administer) { request, principal in
            try await request.view.render("admin", HubPage(me: TaskPagesController.me(principal), csrf: request.csrfToken))
        }
    }
}

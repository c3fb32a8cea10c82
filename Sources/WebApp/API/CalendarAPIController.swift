import LegalCalendar
import Tracking
import Vapor

extension DayOverride: @retroactive Content {}

/// The office's changes to the working calendar: everyone reads them (they
/// move deadlines), administrators set them.
struct CalendarAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.calendarOverrides), action: .readDirectory) { request, _ in
            try await request.directory.dayOverrides()
        }
        routes.guarded(.POST, .api(.calendarOverrides), action: .manageCalendar) { request, principal in
            try await request.directory.setOverride(try request.content.decode(DayOverride.self), by: principal.actor)
            return HTTPStatus.noContent
        }
    }
}

import LegalCalendar
import Tracking
import Vapor

extension DayOverride: @retroactive Content {}
extension DayOverrideEntry: Content {}

/// The office's changes to the working calendar: everyone reads them (they
/// move deadlines), administrators set and withdraw them.
struct CalendarAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.calendarOverrides), action: .readDirectory) { request, _ in
            try await request.directory.dayOverrides()
        }
        routes.guarded(.POST, .api(.calendarOverrides), action: .manageCalendar) { request, principal in
            try await request.directory.setOverride(try request.content.decode(DayOverride.self), by: principal.actor)
            return HTTPStatus.noContent
        }
        routes.guarded(.DELETE, .api(.calendarOverride(.key)), action: .manageCalendar) { request, principal in
            try await request.directory.removeOverride(try request.overrideID, by: principal.actor)
            return HTTPStatus.noContent
        }
    }
}

extension Request {
    var overrideID: UUID {
        get throws {
            guard let id = parameters.get("overrideID", as: UUID.self) else { throw Abort(.notFound) }
            return id
        }
    }
}

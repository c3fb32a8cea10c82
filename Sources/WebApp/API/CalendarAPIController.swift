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
        }.description("The office's overrides of the working calendar: [{id, date, isWorkingDay, name}].")
        routes.guarded(.POST, .api(.calendarOverrides), action: .manageCalendar) { request, principal in
            try await request.directory.setOverride(try request.content.decode(DayOverride.self), by: principal.actor)
            return HTTPStatus.noContent
        }.description("Body {date (yyyy-mm-dd), isWorkingDay, name}: declares the day, replacing any earlier override of it. 204.")
        routes.guarded(.DELETE, .api(.calendarOverride(.key)), action: .manageCalendar) { request, principal in
            try await request.directory.removeOverride(try request.overrideID, by: principal.actor)
            return HTTPStatus.noContent
        }.description("Withdraws an override; the day follows the national calendar again. 204.")
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

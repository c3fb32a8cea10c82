import LegalCalendar
import Tracking
import Vapor

extension DayOverride: @retroactive Content {}

/// The office's changes to the working calendar: everyone reads them (they
/// move deadlines), administrators set them.
struct CalendarAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let calendar = routes.grouped("api", "v1", "calendar")
        calendar.guarded(.GET, "overrides", action: .readDirectory) { request, _ in
            try await request.directory.dayOverrides()
        }
        calendar.guarded(.POST, "overrides", action: .manageCalendar) { request, principal in
            try await request.directory.setOverride(try request.content.decode(DayOverride.self), by: principal.actor)
            return HTTPStatus.noContent
        }
        calendar.guarded(.DELETE, "overrides", ":date", action: .manageCalendar) { request, principal in
            try await request.directory.removeOverride(on: try request.overrideDate, by: principal.actor)
            return HTTPStatus.noContent
        }
    }
}

extension Request {
    /// The `:date` of an override route, ISO or dd/mm/yyyy.
    var overrideDate: CivilDate {
        get throws {
            guard let text = parameters.get("date") else { throw Abort(.notFound) }
            return try FormDate.parse(text, field: "Ngày")
        }
    }
}

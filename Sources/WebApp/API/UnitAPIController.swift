import Fluent
import LegalCalendar
import Tracking
import Vapor

extension HandOverSummary: Content {}
extension UnitFields: Content {}

/// The administrator's API over units: edit a unit, its other names, and
/// end it with a successor that takes over its open tasks.
struct UnitAPIController: RouteCollection {
    struct HandOverRequest: Content {
        let successorID: UUID
        /// The unit's last day (YYYY-MM-DD).
        let lastDay: CivilDate
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.unit(.key)), action: .manageDirectory) { request, _ in
            try await Self.detail(try request.unitID, on: request)
        }
        routes.guarded(.PUT, .api(.unit(.key)), action: .manageDirectory) { request, principal in
            let id = try request.unitID
            try await request.directory.updateUnit(id, try request.content.decode(UnitFields.self), by: principal.actor)
            return try await Self.detail(id, on: request)
        }
        routes.guarded(.DELETE, .api(.unitAliases(.key)), action: .manageDirectory) { request, principal in
            let alias = try request.content.decode(DirectoryAPIController.Alias.self).alias
            try await request.directory.removeAlias(alias, from: try request.unitID, by: principal.actor)
            return HTTPStatus.noContent
        }
        routes.guarded(.GET, .api(.unitHandOver(.key)), action: .manageDirectory) { request, _ in
            try await request.tracker.handOverPreview(of: try request.unitID)
        }
        routes.guarded(.POST, .api(.unitHandOver(.key)), action: .manageDirectory) { request, principal in
            let body = try request.content.decode(HandOverRequest.self)
            return try await request.tracker.handOver(unit: try request.unitID, to: body.successorID,
                                                      lastDay: body.lastDay, by: principal.actor)
        }
    }

    static func detail(_ id: UUID, on request: Request) async throws -> DirectoryAPIController.UnitOut {
        guard let unit = try await UnitRecord.find(id, on: request.db) else { throw TrackingError.notFound("đơn vị") }
        return try DirectoryAPIController.UnitOut(unit, openWork: try await request.tracker.handOverPreview(of: id))
    }
}

extension Request {
    var unitID: UUID {
        get throws {
            guard let id = parameters.get("unitID", as: UUID.self) else { throw TrackingError.notFound("đơn vị") }
            return id
        }
    }
}

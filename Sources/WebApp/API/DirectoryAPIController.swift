import Fluent
import Tracking
import Vapor

/// Units. Clerks teach units new names; administrators manage the rest.
struct DirectoryAPIController: RouteCollection {
    struct UnitOut: Content {
        let id: UUID
        let code: String
        let name: String
        let aliases: [String]
        let parentID: UUID?
    }
    struct NewUnit: Content {
        let code: String
        let name: String
        let aliases: [String]?
        let parentID: UUID?
    }
    struct Alias: Content { let alias: String }
    struct CreatedOne: Content { let id: UUID }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.units), action: .readDirectory) { request, _ in
            try await request.directory.units().map {
                UnitOut(id: try $0.requireID(), code: $0.code, name: $0.name, aliases: $0.aliases, parentID: $0.$parent.id)
            }
        }
        routes.guarded(.POST, .api(.units), action: .manageDirectory) { request, principal in
            let body = try request.content.decode(NewUnit.self)
            return CreatedOne(id: try await request.directory.addUnit(
                organisationID: request.application.dondoc.organisationID, code: body.code, name: body.name,
                aliases: body.aliases ?? [], parentID: body.parentID, by: principal.actor))
        }
        routes.guarded(.POST, .api(.unitAliases(.key)), action: .teachDirectory) { request, principal in
            guard let id = request.parameters.get("unitID", as: UUID.self) else { throw Abort(.notFound) }
            try await request.directory.teach(alias: try request.content.decode(Alias.self).alias, to: id, by: principal.actor)
            return HTTPStatus.noContent
        }
    }
}

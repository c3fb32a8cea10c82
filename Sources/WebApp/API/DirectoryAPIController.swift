import Fluent
import LegalCalendar
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
        let validFrom: String?
        let validTo: String?
        let successorID: UUID?
    }
    struct NewUnit: Content {
        let code: String
        let name: String
        let aliases: [String]?
        let parentID: UUID?
        let validFrom: CivilDate?
        let validTo: CivilDate?
        let successorID: UUID?
    }
    struct Alias: Content { let alias: String }
    struct CreatedOne: Content { let id: UUID }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.units), action: .readDirectory) { request, _ in
            try await request.directory.units().map {
                UnitOut(id: try $0.requireID(), code: $0.code, name: $0.name, aliases: $0.aliases, parentID: $0.$parent.id,
                        validFrom: $0.validFrom, validTo: $0.validTo, successorID: $0.$successor.id)
            }
        }
        routes.guarded(.POST, .api(.units), action: .manageDirectory) { request, principal in
            let body = try request.content.decode(NewUnit.self)
            let fields = UnitFields(code: body.code, name: body.name, parentID: body.parentID,
                                    validFrom: body.validFrom, validTo: body.validTo, successorID: body.successorID)
            return CreatedOne(id: try await request.directory.createUnit(
                organisationID: request.application.dondoc.organisationID, fields, aliases: body.aliases ?? [], by: principal.actor))
        }
        routes.guarded(.POST, .api(.unitAliases(.key)), action: .teachDirectory) { request, principal in
            guard let id = request.parameters.get("unitID", as: UUID.self) else { throw Abort(.notFound) }
            try await request.directory.teach(alias: try request.content.decode(Alias.self).alias, to: id, by: principal.actor)
            return HTTPStatus.noContent
        }
    }
}

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
        /// On one unit's own answer: what a hand-over would move now.
        var openWork: HandOverSummary?

        init(_ unit: UnitRecord, openWork: HandOverSummary? = nil) throws {
            id = try unit.requireID()
            code = unit.code
            name = unit.name
            aliases = unit.aliases
            parentID = unit.$parent.id
            validFrom = unit.validFrom
            validTo = unit.validTo
            successorID = unit.$successor.id
            self.openWork = openWork
        }
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
            try await request.directory.units().map { try UnitOut($0) }
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

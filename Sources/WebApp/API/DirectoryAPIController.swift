import Fluent
import Tracking
import Vapor

/// Units and users. Clerks teach units new names; administrators manage the rest.
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
    struct NewUser: Content {
        let username: String
        let displayName: String
        let password: String
        let role: UserRole
        let unitID: UUID?
    }
    struct UserOut: Content {
        let id: UUID
        let username: String
        let displayName: String
        let role: UserRole
        let unitID: UUID?
    }
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
        routes.guarded(.GET, .api(.users), action: .manageUsers) { request, _ in
            try await UserRecord.query(on: request.db).sort(\.$username).all().map {
                UserOut(id: try $0.requireID(), username: $0.username, displayName: $0.displayName, role: $0.role, unitID: $0.$unit.id)
            }
        }
        routes.guarded(.POST, .api(.users), action: .manageUsers) { request, principal in
            let body = try request.content.decode(NewUser.self)
            guard body.password.count >= 8 else { throw Abort(.unprocessableEntity, reason: "Mật khẩu cần ít nhất 8 ký tự.") }
            let hash = try await request.password.async.hash(body.password)
            return CreatedOne(id: try await request.directory.addUser(
                username: body.username, displayName: body.displayName, passwordHash: hash, role: body.role,
                unitID: body.unitID, by: principal.actor))
        }
    }
}

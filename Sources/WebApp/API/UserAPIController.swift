import Fluent
import Tracking
import Vapor

extension UserSummary: Content {}

/// Users, for administrators: list, create, change role, unit, name and
/// e-mail, reset a password, lock and unlock. Refusals answer 422 or 409
/// with a Vietnamese message and change nothing.
struct UserAPIController: RouteCollection {
    /// Only the fields given change; `email: ""` removes the address.
    struct ProfileChanges: Content {
        let displayName: String?
        let role: UserRole?
        let unitID: UUID?
        let email: String?
    }
    struct NewPassword: Content { let password: String }
    struct EmailBody: Content { let email: String? }
    struct CreatedOne: Content { let id: UUID }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.users), action: .manageUsers) { request, _ in
            try await request.directory.users()
        }
        routes.guarded(.POST, .api(.users), action: .manageUsers) { request, principal in
            CreatedOne(id: try await UserAccounts(request: request)
                .create(try request.content.decode(UserAccounts.NewAccount.self), by: principal))
        }
        routes.guarded(.GET, .api(.user(.key)), action: .manageUsers) { request, _ in
            try await request.directory.userSummary(try request.userID)
        }
        routes.guarded(.PATCH, .api(.user(.key)), action: .manageUsers) { request, principal in
            let id = try request.userID
            let changes = try request.content.decode(ProfileChanges.self)
            let current = try await request.directory.userSummary(id)
            let profile = UserProfile(displayName: changes.displayName ?? current.displayName, role: changes.role ?? current.role,
                                      unitID: changes.unitID ?? current.unitID, email: changes.email ?? current.email)
            try await request.directory.updateUser(id, profile, by: principal.actor)
            return HTTPStatus.noContent
        }
        routes.guarded(.POST, .api(.userEmail(.key)), action: .manageUsers) { request, principal in
            try await request.directory.setEmail(of: try request.userID, to: try request.content.decode(EmailBody.self).email,
                                                 by: principal.actor)
            return HTTPStatus.noContent
        }
        routes.guarded(.POST, .api(.userPassword(.key)), action: .manageUsers) { request, principal in
            try await UserAccounts(request: request).resetPassword(
                of: try request.userID, to: try request.content.decode(NewPassword.self).password, by: principal)
            return HTTPStatus.noContent
        }
        routes.guarded(.POST, .api(.userDeactivate(.key)), action: .manageUsers) { request, principal in
            try await UserAccounts(request: request).setActive(try request.userID, false, by: principal)
            return HTTPStatus.noContent
        }
        routes.guarded(.POST, .api(.userReactivate(.key)), action: .manageUsers) { request, principal in
            try await UserAccounts(request: request).setActive(try request.userID, true, by: principal)
            return HTTPStatus.noContent
        }
    }
}

extension Request {
    var userID: UUID {
        get throws {
            guard let id = parameters.get("userID", as: UUID.self) else { throw Abort(.notFound) }
            return id
        }
    }
}

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
        }.description("Every user: id, username, displayName, role (van_thu, lanh_dao, don_vi, quan_tri), unitID, unitName, email, active.")
        routes.guarded(.POST, .api(.users), action: .manageUsers) { request, principal in
            CreatedOne(id: try await UserAccounts(request: request)
                .create(try request.content.decode(UserAccounts.NewAccount.self), by: principal))
        }.description("Body {username, displayName, password (8 characters or more), role, unitID (required for don_vi), email?}; answers {id}. 409 if the username is taken, 422 on bad input.")
        routes.guarded(.GET, .api(.user(.key)), action: .manageUsers) { request, _ in
            try await request.directory.userSummary(try request.userID)
        }.description("One user, as the list gives them.")
        routes.guarded(.PATCH, .api(.user(.key)), action: .manageUsers) { request, principal in
            let id = try request.userID
            let changes = try request.content.decode(ProfileChanges.self)
            let current = try await request.directory.userSummary(id)
            let profile = UserProfile(displayName: changes.displayName ?? current.displayName, role: changes.role ?? current.role,
                                      unitID: changes.unitID ?? current.unitID, email: changes.email ?? current.email)
            try await request.directory.updateUser(id, profile, by: principal.actor)
            return HTTPStatus.noContent
        }.description("Body {displayName?, role?, unitID?, email?}: only the fields given change; email \"\" removes the address. 204.")
        routes.guarded(.POST, .api(.userEmail(.key)), action: .manageUsers) { request, principal in
            try await request.directory.setEmail(of: try request.userID, to: try request.content.decode(EmailBody.self).email,
                                                 by: principal.actor)
            return HTTPStatus.noContent
        }.description("Body {email}: where the user's reminders are e-mailed; null or \"\" for nowhere. 204.")
        routes.guarded(.POST, .api(.userPassword(.key)), action: .manageUsers) { request, principal in
            try await UserAccounts(request: request).resetPassword(
                of: try request.userID, to: try request.content.decode(NewPassword.self).password, by: principal)
            return HTTPStatus.noContent
        }.description("Body {password}: replaces the password, deletes the user's API tokens and signs their browser sessions out. 204.")
        routes.guarded(.POST, .api(.userDeactivate(.key)), action: .manageUsers) { request, principal in
            try await UserAccounts(request: request).setActive(try request.userID, false, by: principal)
            return HTTPStatus.noContent
        }.description("Locks the account: no sign-in, API tokens deleted, browser sessions signed out. 422 for your own account. 204.")
        routes.guarded(.POST, .api(.userReactivate(.key)), action: .manageUsers) { request, principal in
            try await UserAccounts(request: request).setActive(try request.userID, true, by: principal)
            return HTTPStatus.noContent
        }.description("Unlocks the account; the user signs in again (earlier tokens stay deleted). 204.")
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

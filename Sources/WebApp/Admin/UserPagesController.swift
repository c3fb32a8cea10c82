import Fluent
import Tracking
import Vapor

/// /admin/users: the list of users with the form that adds one, and each
/// user's page (profile, password, lock). A refused form is shown again with
/// its message and nothing is changed.
struct UserPagesController: RouteCollection {
    struct Row: Encodable {
        let user: UserSummary
        let roleLabel: String
    }
    /// What the forms send; the unit comes as "" when none is chosen.
    struct Form: Content {
        let username: String?
        let displayName: String
        let password: String?
        let role: String
        let unitID: String?
        let email: String?
    }
    struct Choice: Encodable { let value: String; let label: String; let selected: Bool }
    struct ListPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let users: [Row]
        let roles: [Choice]
        let units: [Choice]
        let form: Form?
        let error: String?
    }
    struct UserPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let row: Row
        let isMe: Bool
        /// The profile form's values: as stored, or as typed when refused.
        let displayName: String
        let email: String?
        let roles: [Choice]
        let units: [Choice]
        let notice: String?
        let error: String?
    }

    /// What the user page says after a change it redirected from.
    enum Notice: String {
        case created, saved, password, locked, unlocked
        var text: String {
            switch self {
            case .created: return "Đã thêm người dùng."
            case .saved: return "Đã lưu thông tin người dùng."
            case .password: return "Đã đặt lại mật khẩu; các phiên đăng nhập cũ của người dùng đã kết thúc."
            case .locked: return "Đã khóa tài khoản; người dùng không đăng nhập được nữa."
            case .unlocked: return "Đã mở lại tài khoản."
            }
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .adminUsers, action: .manageUsers) { request, principal in
            try await listPage(request, principal, form: nil, error: nil)
        }
        routes.guarded(.POST, .adminUsers, action: .manageUsers) { request, principal in
            let form = try request.content.decode(Form.self)
            return try await FormRefusal.handle(request) {
                let account = UserAccounts.NewAccount(
                    username: form.username ?? "", displayName: form.displayName, password: form.password ?? "",
                    role: try Self.role(form.role), unitID: try Self.unit(form.unitID), email: form.email)
                let id = try await UserAccounts(request: request).create(account, by: principal)
                return request.redirect(to: Self.path(id, .created))
            } page: { message in
                try await listPage(request, principal, form: form.withoutPassword, error: message)
            }
        }
        routes.guarded(.GET, .adminUser(.key), action: .manageUsers) { request, principal in
            let notice = (try? request.query.get(String.self, at: "done")).flatMap(Notice.init(rawValue:))
            return try await userPage(request, principal, notice: notice, error: nil)
        }
        routes.guarded(.POST, .adminUser(.key), action: .manageUsers) { request, principal in
            let id = try request.userID
            let form = try request.content.decode(Form.self)
            return try await FormRefusal.handle(request) {
                let profile = UserProfile(displayName: form.displayName, role: try Self.role(form.role),
                                          unitID: try Self.unit(form.unitID), email: form.email)
                try await request.directory.updateUser(id, profile, by: principal.actor)
                return request.redirect(to: Self.path(id, .saved))
            } page: { message in
                try await userPage(request, principal, notice: nil, error: message, typed: form)
            }
        }
        routes.guarded(.POST, .adminUserPassword(.key), action: .manageUsers) { request, principal in
            let id = try request.userID
            let password = try request.content.decode(UserAPIController.NewPassword.self).password
            return try await FormRefusal.handle(request) {
                try await UserAccounts(request: request).resetPassword(of: id, to: password, by: principal)
                return request.redirect(to: Self.path(id, .password))
            } page: { message in
                try await userPage(request, principal, notice: nil, error: message)
            }
        }
        for (route, active) in [(SiteRoute.adminUserDeactivate(.key), false), (.adminUserReactivate(.key), true)] {
            routes.guarded(.POST, route, action: .manageUsers) { request, principal in
                let id = try request.userID
                return try await FormRefusal.handle(request) {
                    try await UserAccounts(request: request).setActive(id, active, by: principal)
                    return request.redirect(to: Self.path(id, active ? .unlocked : .locked))
                } page: { message in
                    try await userPage(request, principal, notice: nil, error: message)
                }
            }
        }
    }

    private func listPage(_ request: Request, _ principal: Principal, form: Form?, error: String?) async throws -> View {
        let users = try await request.directory.users()
        return try await request.view.render("admin-users", ListPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken,
            users: users.map { Row(user: $0, roleLabel: $0.role.label) },
            roles: Self.roles(selected: form?.role ?? UserRole.unitMember.rawValue),
            units: try await Self.units(request, selected: form?.unitID), form: form, error: error))
    }

    private func userPage(_ request: Request, _ principal: Principal, notice: Notice?, error: String?,
                          typed: Form? = nil) async throws -> View {
        let user = try await request.directory.userSummary(try request.userID)
        return try await request.view.render("admin-user", UserPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken,
            row: Row(user: user, roleLabel: user.role.label), isMe: user.id == principal.id,
            displayName: typed?.displayName ?? user.displayName, email: typed.map { $0.email } ?? user.email,
            roles: Self.roles(selected: typed?.role ?? user.role.rawValue),
            units: try await Self.units(request, selected: typed.map { $0.unitID } ?? user.unitID?.uuidString),
            notice: notice?.text, error: error))
    }

    static func path(_ id: UUID, _ notice: Notice) -> String {
        SiteRoute.adminUser(.value(id)).path(query: ["done": notice.rawValue])
    }

    static func roles(selected: String) -> [Choice] {
        UserRole.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == selected) }
    }

    static func units(_ request: Request, selected: String?) async throws -> [Choice] {
        try await request.directory.units().map {
            let id = try $0.requireID().uuidString
            return Choice(value: id, label: $0.name, selected: id == selected)
        }
    }

    static func role(_ raw: String) throws -> UserRole {
        guard let role = UserRole(rawValue: raw) else { throw TrackingError(.invalid, "Vai trò \"\(raw)\" không có trong danh sách.") }
        return role
    }

    static func unit(_ raw: String?) throws -> UUID? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw) else { throw TrackingError(.invalid, "Đơn vị đã chọn không hợp lệ.") }
        return id
    }
}

extension UserPagesController.Form {
    /// The form as shown again after a refusal: the password is never sent back.
    var withoutPassword: Self {
        Self(username: username, displayName: displayName, password: nil, role: role, unitID: unitID, email: email)
    }
}

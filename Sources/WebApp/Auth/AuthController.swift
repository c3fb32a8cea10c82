import Fluent
import Tracking
import Vapor

/// Sign-in for the browser (session cookie) and for API clients (bearer token).
struct AuthController: RouteCollection {
    struct Credentials: Content {
        let username: String
        let password: String
    }
    struct TokenResponse: Content {
        let token: String
        let user: Principal
    }
    struct LoginPage: Encodable {
        let csrf: String
        let error: String?
        let username: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.open(.GET, .login, use: loginPage)
        routes.open(.POST, .login, use: login)
        routes.open(.POST, .logout, use: logout)
        routes.open(.POST, .api(.tokens), use: issueToken)
        routes.guarded(.GET, .api(.me), action: .readDirectory) { _, principal in principal }
    }

    @Sendable func loginPage(_ request: Request) async throws -> View {
        try await request.view.render("login", LoginPage(csrf: request.csrfToken, error: nil, username: nil))
    }

    @Sendable func login(_ request: Request) async throws -> Response {
        let credentials = try request.content.decode(Credentials.self)
        do {
            let principal = try await verify(credentials, request)
            request.session.data[SessionKeys.userID] = principal.id.uuidString
            return request.redirect(to: (principal.role == .unitMember ? SiteRoute.inbox : .tasks).path)
        } catch let error as Abort where error.status == .unauthorized || error.status == .tooManyRequests {
            let page = LoginPage(csrf: request.csrfToken, error: error.reason, username: credentials.username)
            let response = try await request.view.render("login", page).encodeResponse(for: request)
            response.status = error.status
            return response
        }
    }

    @Sendable func logout(_ request: Request) async throws -> Response {
        request.session.destroy()
        return request.redirect(to: SiteRoute.login.path)
    }

    @Sendable func issueToken(_ request: Request) async throws -> TokenResponse {
        let credentials = try request.content.decode(Credentials.self)
        let principal = try await verify(credentials, request)
        let token = ApiTokens.random()
        let record = ApiTokenRecord(userID: principal.id, tokenHash: ApiTokens.hash(token), name: "api")
        try await request.application.dondoc.gate.write(on: request.db) { db in try await record.create(on: db) }
        return TokenResponse(token: token, user: principal)
    }

    /// Checks a user name and password, within the attempt limit.
    private func verify(_ credentials: Credentials, _ request: Request) async throws -> Principal {
        let username = credentials.username.trimmingCharacters(in: .whitespaces).lowercased()
        let throttle = LoginThrottle(request: request)
        try await throttle.checkAllowed(username)
        guard let user = try await request.directory.user(named: username), user.active,
              try await request.password.async.verify(credentials.password, created: user.passwordHash)
        else {
            try await throttle.recordFailure(username)
            throw Abort(.unauthorized, reason: "Tên đăng nhập hoặc mật khẩu không đúng.")
        }
        try await throttle.clear(username)
        return try Principal(user)
    }
}

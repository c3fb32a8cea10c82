import Fluent
import Tracking
import Vapor

/// Signs in the browser user whose id the session holds (if still active).
struct SessionPrincipalAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let raw = request.session.data[SessionKeys.userID], let id = UUID(uuidString: raw),
           let principal = try await request.application.dondoc.identities.users.value(for: id, compute: { [db = request.db] in
               try await PrincipalLookup(db: db).principal(userID: id)
           }) {
            request.auth.login(principal)
        }
        return try await next.respond(to: request)
    }
}

import Vapor

/// Cross-site request forgery guard. A request that carries the session
/// cookie and changes something must also carry the session's token, in the
/// form field `_csrf` or the header `X-CSRF-Token`. Bearer-token clients send
/// no cookie, so a forged cross-site request cannot ride on their rights.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let changes = ![.GET, .HEAD, .OPTIONS].contains(request.method)
        if changes, request.cookies[SessionKeys.cookie] != nil {
            // The body may still be streaming (a large multipart upload): read it
            // before looking for the form field.
            if request.headers.first(name: Self.header) == nil, request.body.data == nil {
                _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
            }
            let expected = request.hasSession ? request.session.data[SessionKeys.csrf] : nil
            let given = request.headers.first(name: Self.header)
                ?? (try? request.content.get(String.self, at: Self.field))
            guard let expected, let given, Self.same(expected, given) else {
                throw Abort(.forbidden, reason: "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Xin tải lại trang và thử lại.")
            }
        }
        return try await next.respond(to: request)
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use; forms embed it.
    var csrfToken: String {
        if let token = session.data[SessionKeys.csrf] { return token }
        let token = [UInt8].random(count: 24).base64URLEncoded()
        session.data[SessionKeys.csrf] = token
        return token
    }
}

import Foundation
import Testing
import VaporTesting
@testable import WebApp

extension TestApp {
    /// Submits a form as the browser does: the session cookie, the session's
    /// CSRF token taken from a page, the fields URL-encoded in order (a field
    /// may repeat, as ticked checkboxes do). `csrf: false` leaves the token out.
    func submit(_ path: String, _ fields: [(String, String)], session: String, csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = fields
        if csrf { fields.append((CSRFMiddleware.field, try await csrfToken(session: session))) }
        let body = fields.map { "\(Self.formEscape($0.0))=\(Self.formEscape($0.1))" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, path, beforeRequest: { request in
            request.headers.cookie = [SessionKeys.cookie: .init(string: session)]
            request.headers.add(name: .accept, value: "text/html")
            request.headers.contentType = .urlEncodedForm
            request.body = ByteBuffer(string: body)
        })
    }

    /// A page's status and HTML with a browser session, whatever the status.
    func open(_ path: String, session: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.GET, path, beforeRequest: { request in
            request.headers.cookie = [SessionKeys.cookie: .init(string: session)]
            request.headers.add(name: .accept, value: "text/html")
        })
    }

    func csrfToken(session: String) async throws -> String {
        let html = try await page("login", session: session)
        return try #require(html.range(of: "name=\"_csrf\" value=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
    }

    private static func formEscape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}

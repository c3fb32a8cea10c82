import Crypto
import Fluent
import Tracking
import Vapor

/// Signs in an API client by its bearer token. Tokens are random 32-byte
/// strings; only their SHA-256 is stored, so a leaked database leaks no token.
struct BearerPrincipalAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = ApiTokens.hash(bearer.token)
        guard let token = try await ApiTokenRecord.query(on: request.db).filter(\.$tokenHash == hash)
                .with(\.$user).first(), token.user.active else { return }
        request.auth.login(try Principal(token.user))
    }
}

enum ApiTokens {
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func random() -> String {
        [UInt8].random(count: 32).base64URLEncoded()
    }
}

extension Array where Element == UInt8 {
    func base64URLEncoded() -> String {
        Data(self).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

import Crypto
import Fluent
import Tracking
import Vapor

/// Signs in an API client by its bearer token. Tokens are random 32-byte
/// strings; only their SHA-256 is stored, so a leaked database leaks no token.
struct BearerPrincipalAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = ApiTokens.hash(bearer.token)
        guard let principal = try await request.application.dondoc.identities.tokens.value(for: hash, compute: { [db = request.db] in
            try await PrincipalLookup(db: db).principal(tokenHash: hash)
        }) else { return }
        request.auth.login(principal)
    }
}

enum ApiTokens {
    static func hash(_ token: String) -> String {
        // Hex by hand: String(format:) per byte showed in the profile of every API request.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * SHA256.byteCount)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
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

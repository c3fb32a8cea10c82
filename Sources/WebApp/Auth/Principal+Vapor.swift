import Tracking
import Vapor

extension Principal: Authenticatable, Content {}

extension Request {
    /// The signed-in caller, or 401.
    func principal() throws -> Principal {
        guard let principal = auth.get(Principal.self) else { throw Abort(.unauthorized) }
        return principal
    }
}

import FluentKit
import Foundation
import SQLKit

/// Who is calling, read once per request: by the hash of a bearer token, or
/// by the user id a session holds. One statement each, decoded straight into
/// a `Principal` (an API request used to read the token, then its user, as
/// two Fluent models). Inactive users are never returned: a deactivated
/// user's earlier sessions and tokens stop working at once.
public struct PrincipalLookup: Sendable {
    let sql: any SQLDatabase

    public init(db: any Database) {
        sql = db as! any SQLDatabase  // both supported drivers are SQL databases
    }

    public func principal(tokenHash: String) async throws -> Principal? {
        try await sql.raw("""
            SELECT \(Self.columns) FROM api_tokens k JOIN users u ON u.id = k.user_id
            WHERE k.token_hash = \(bind: tokenHash) AND u.active = \(bind: true)
            """).first().flatMap(Self.principal)
    }

    public func principal(userID: UUID) async throws -> Principal? {
        try await sql.raw("SELECT \(Self.columns) FROM users u WHERE u.id = \(bind: userID) AND u.active = \(bind: true)")
            .first().flatMap(Self.principal)
    }

    static let columns: SQLQueryString = "u.id, u.username, u.display_name, u.role, u.unit_id"

    /// nil for a role this version does not know, as if the user were inactive.
    static func principal(_ row: any SQLRow) throws -> Principal? {
        guard let role = UserRole(rawValue: try row.decode(column: "role", as: String.self)) else { return nil }
        return Principal(id: try row.decode(column: "id", as: UUID.self),
                         username: try row.decode(column: "username", as: String.self),
                         displayName: try row.decode(column: "display_name", as: String.self),
                         role: role, unitID: try row.decode(column: "unit_id", as: UUID?.self))
    }
}

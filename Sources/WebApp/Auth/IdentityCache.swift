import Foundation
import Tracking
import Vapor

/// Who a request's session cookie or bearer token stands for, kept between
/// requests as any result read from the database is (`WriteScopedCache`):
/// every page read the session's row and then its user, and every API call
/// its token's user, before doing anything else — two of a task page's four
/// statements.
///
/// Why this is safe to keep: each write of this server that can change the
/// answer ends through the write gate, which drops every kept answer at once —
/// signing in and out (the session's writes, `StoredSessions`), an
/// administrator deactivating a user, changing a role or a unit, signing a
/// user out of their sessions (`UserAccounts`), a token issued. Only a
/// user's own answer is ever served to them (keyed by the session id, the
/// user id, the token's hash). For writes this server cannot see (another
/// server on a shared PostgreSQL, `dondoc` commands on the same file) an
/// answer is at most `lifetime` old: a user deactivated there keeps access
/// for at most that long, far less than the minutes a signed bearer token
/// usually lives without any check.
struct IdentityCache: Sendable {
    static let lifetime: Duration = .seconds(5)
    /// Bounds memory under a flood of made-up cookies or tokens (each miss is
    /// kept too, as "no such session").
    static let capacity = 4_096

    let sessions: WriteScopedCache<String, SessionData?>
    let users: WriteScopedCache<UUID, Principal?>
    let tokens: WriteScopedCache<String, Principal?>

    init(gate: WriteGate) {
        sessions = WriteScopedCache(gate: gate, capacity: Self.capacity, lifetime: Self.lifetime)
        users = WriteScopedCache(gate: gate, capacity: Self.capacity, lifetime: Self.lifetime)
        tokens = WriteScopedCache(gate: gate, capacity: Self.capacity, lifetime: Self.lifetime)
    }
}

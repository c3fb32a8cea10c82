import Fluent
import SQLKit
import Vapor

/// Browser sessions in Fluent's `_fluent_sessions` table (same rows, so
/// signed-in users stay signed in across the change), read and kept more
/// cheaply than Fluent's own driver, which on every page view read the row as
/// a model and then wrote it back unchanged: a write transaction per read.
/// Here the row is read with one plain statement, and written only when the
/// request changed the session (sign-in, a first CSRF token, sign-out).
///
/// A session read is kept until this server next writes (`IdentityCache`),
/// so every write of a session goes through the write gate: that drops the
/// kept reads, and on SQLite it takes its turn with the other writes.
struct StoredSessions: AsyncSessionDriver {
    let databaseID: DatabaseID?

    /// The session as read at the start of the request.
    private struct ReadKey: StorageKey { typealias Value = SessionData }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = SessionID(string: Data([UInt8].random(count: 32)).base64EncodedString())
        try await write(request) { db in try await SessionRecord(key: id, data: data).create(on: db) }
        return id
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let sql = db(request) as! any SQLDatabase
        let key = sessionID.string
        let read = try await request.application.dondoc.identities.sessions.value(for: key) {
            try await sql.raw("SELECT \(ident: "data") FROM \(ident: SessionRecord.schema) WHERE \(ident: "key") = \(bind: key)")
                .first()?.decode(column: "data", as: SessionData.self)
        }
        guard let data = read else { return nil }
        request.storage[ReadKey.self] = data
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        if request.storage[ReadKey.self] == data { return sessionID }
        try await write(request) { db in
            try await SessionRecord.query(on: db).filter(\.$key == sessionID).set(\.$data, to: data).update()
        }
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await write(request) { db in try await SessionRecord.query(on: db).filter(\.$key == sessionID).delete() }
    }

    private func db(_ request: Request) -> any Database { request.db(databaseID) }

    private func write(_ request: Request, _ body: @escaping @Sendable (any Database) async throws -> Void) async throws {
        try await request.application.dondoc.gate.write(on: db(request), body)
    }
}

extension Application.Sessions.Provider {
    static func stored(_ databaseID: DatabaseID?) -> Self {
        .init { $0.sessions.use { _ in StoredSessions(databaseID: databaseID) } }
    }
}

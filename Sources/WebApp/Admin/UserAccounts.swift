import Fluent
import Foundation
import Tracking
import Vapor

/// The account operations the API and the administration pages share: the
/// password is checked before it is hashed (bcrypt, as at sign-in), and
/// locking an account or resetting its password also signs it out of its
/// browser sessions.
struct UserAccounts {
    let request: Request

    struct NewAccount: Content {
        let username: String
        let displayName: String
        let password: String
        let role: UserRole
        let unitID: UUID?
        let email: String?
    }

    func create(_ account: NewAccount, by principal: Principal) async throws -> UUID {
        let hash = try await hash(account.password)
        return try await request.directory.addUser(
            username: account.username, displayName: account.displayName, passwordHash: hash,
            role: account.role, unitID: account.unitID, email: account.email, by: principal.actor)
    }

    func resetPassword(of id: UUID, to password: String, by principal: Principal) async throws {
        let hash = try await hash(password)
        try await request.directory.resetPassword(of: id, toHash: hash, by: principal.actor)
        try await endSessions(of: id)
    }

    func setActive(_ id: UUID, _ active: Bool, by principal: Principal) async throws {
        try await request.directory.setActive(id, active, by: principal.actor)
        if !active { try await endSessions(of: id) }
    }

    private func hash(_ password: String) async throws -> String {
        try UserRules.checkPassword(password)
        return try await request.password.async.hash(password)
    }

    /// Signs the user out of their browser sessions, except the one making
    /// this request (an administrator resetting their own password stays
    /// signed in). The sessions themselves stay, so the browser holding one
    /// can sign in again with it.
    private func endSessions(of userID: UUID) async throws {
        let keep = request.hasSession ? request.session.id : nil
        try await request.application.dondoc.gate.write(on: request.db) { db in
            for session in try await SessionRecord.query(on: db).all()
            where session.data[SessionKeys.userID] == userID.uuidString && session.key != keep {
                session.data[SessionKeys.userID] = nil
                try await session.update(on: db)
            }
        }
    }
}

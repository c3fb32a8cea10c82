import FluentKit
import Foundation

/// A user as the administration lists them.
public struct UserSummary: Codable, Sendable {
    public let id: UUID
    public let username: String
    public let displayName: String
    public let role: UserRole
    public let unitID: UUID?
    public let unitName: String?
    public let email: String?
    public let active: Bool
}

/// What an administrator sets about a user besides the user name and the
/// password, all at once, as the edit form sends it.
public struct UserProfile: Codable, Sendable {
    public var displayName: String
    public var role: UserRole
    public var unitID: UUID?
    public var email: String?

    public init(displayName: String, role: UserRole, unitID: UUID?, email: String?) {
        self.displayName = displayName
        self.role = role
        self.unitID = unitID
        self.email = email
    }
}

/// What the audit log keeps of a user: never the password hash.
struct UserSnapshot: Codable {
    let username: String
    let displayName: String
    let role: String
    let unitID: UUID?
    let email: String?
    let active: Bool

    init(_ user: UserRecord) {
        username = user.username
        displayName = user.displayName
        role = user.role.rawValue
        unitID = user.$unit.id
        email = user.email
        active = user.active
    }
}

/// Who may sign in, in which role, for which unit. Each change is one write
/// with its audit line, and is checked whole before anything is written.
extension Directory {
    public func users() async throws -> [UserSummary] {
        var unitNames: [UUID: String] = [:]
        for unit in try await units() { unitNames[try unit.requireID()] = unit.name }
        return try await UserRecord.query(on: db).sort(\.$username).all().map { user in
            try Self.summary(user, unitName: user.$unit.id.flatMap { unitNames[$0] })
        }
    }

    public func userSummary(_ id: UUID) async throws -> UserSummary {
        let user = try await Self.user(id, on: db)
        var unitName: String?
        if let unitID = user.$unit.id { unitName = try await UnitRecord.find(unitID, on: db)?.name }
        return try Self.summary(user, unitName: unitName)
    }

    public func user(named username: String) async throws -> UserRecord? {
        try await UserRecord.query(on: db).filter(\.$username == username).first()
    }

    /// `passwordHash` is a bcrypt hash the caller made after `UserRules.checkPassword`.
    @discardableResult
    public func addUser(username: String, displayName: String, passwordHash: String, role: UserRole,
                        unitID: UUID?, email: String? = nil, by actor: Actor) async throws -> UUID {
        let username = try UserRules.username(username)
        let displayName = try UserRules.displayName(displayName)
        let unitID = try UserRules.unit(unitID, for: role)
        let email = try UserRules.email(email)
        return try await gate.write(on: db) { db in
            if try await UserRecord.query(on: db).filter(\.$username == username).first() != nil {
                throw TrackingError(.conflict, "Tên đăng nhập \(username) đã có người dùng.")
            }
            try await Self.requireUnit(unitID, on: db)
            let user = UserRecord(username: username, displayName: displayName, passwordHash: passwordHash,
                                  role: role, unitID: unitID)
            user.email = email
            try await user.create(on: db)
            let id = try user.requireID()
            try await AuditLog.record(.createUser, entity: UserRecord.schema, id: id,
                                      before: UserSnapshot?.none, after: UserSnapshot(user), by: actor, on: db)
            return id
        }
    }

    /// Sets a user's name, role, unit and e-mail. An administrator cannot
    /// take away their own administration rights (nobody could give them back).
    public func updateUser(_ id: UUID, _ profile: UserProfile, by actor: Actor) async throws {
        let displayName = try UserRules.displayName(profile.displayName)
        let unitID = try UserRules.unit(profile.unitID, for: profile.role)
        let email = try UserRules.email(profile.email)
        try await gate.write(on: db) { db in
            let user = try await Self.user(id, on: db)
            if actor.id == id, user.role == .admin, profile.role != .admin {
                throw TrackingError(.invalid, "Bạn không thể tự bỏ quyền quản trị của chính mình.")
            }
            try await Self.requireUnit(unitID, on: db)
            let before = UserSnapshot(user)
            user.displayName = displayName
            user.role = profile.role
            user.$unit.id = unitID
            user.email = email
            try await user.update(on: db)
            try await AuditLog.record(.editUser, entity: UserRecord.schema, id: id,
                                      before: before, after: UserSnapshot(user), by: actor, on: db)
        }
    }

    /// Sets only where a user's reminders are e-mailed (nil or blank: nowhere).
    public func setEmail(of id: UUID, to email: String?, by actor: Actor) async throws {
        let user = try await Self.user(id, on: db)
        try await updateUser(id, UserProfile(displayName: user.displayName, role: user.role, unitID: user.$unit.id,
                                             email: email), by: actor)
    }

    /// Replaces a user's password and signs their API clients out: whoever
    /// held the old password may have made a token with it.
    public func resetPassword(of id: UUID, toHash passwordHash: String, by actor: Actor) async throws {
        try await gate.write(on: db) { db in
            let user = try await Self.user(id, on: db)
            user.passwordHash = passwordHash
            try await user.update(on: db)
            try await ApiTokenRecord.query(on: db).filter(\.$user.$id == id).delete()
            try await AuditLog.record(.resetPassword, entity: UserRecord.schema, id: id,
                                      before: String?.none, after: ["ten_dang_nhap": user.username], by: actor, on: db)
        }
    }

    /// Locks or unlocks an account. A locked user cannot sign in, and their
    /// API tokens are deleted so that unlocking does not revive them. Nobody
    /// locks their own account.
    public func setActive(_ id: UUID, _ active: Bool, by actor: Actor) async throws {
        if actor.id == id, !active { throw TrackingError(.invalid, "Bạn không thể tự khóa tài khoản của chính mình.") }
        try await gate.write(on: db) { db in
            let user = try await Self.user(id, on: db)
            guard user.active != active else { return }
            let before = UserSnapshot(user)
            user.active = active
            try await user.update(on: db)
            if !active { try await ApiTokenRecord.query(on: db).filter(\.$user.$id == id).delete() }
            try await AuditLog.record(active ? .reactivateUser : .deactivateUser, entity: UserRecord.schema, id: id,
                                      before: before, after: UserSnapshot(user), by: actor, on: db)
        }
    }

    private static func user(_ id: UUID, on db: any Database) async throws -> UserRecord {
        guard let user = try await UserRecord.find(id, on: db) else { throw TrackingError.notFound("người dùng") }
        return user
    }

    private static func requireUnit(_ id: UUID?, on db: any Database) async throws {
        guard let id else { return }
        guard try await UnitRecord.find(id, on: db) != nil else { throw TrackingError.notFound("đơn vị") }
    }

    private static func summary(_ user: UserRecord, unitName: String?) throws -> UserSummary {
        UserSummary(id: try user.requireID(), username: user.username, displayName: user.displayName, role: user.role,
                    unitID: user.$unit.id, unitName: unitName, email: user.email, active: user.active)
    }
}

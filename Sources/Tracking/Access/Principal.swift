import Foundation

/// The signed-in user on whose behalf an operation runs.
public struct Principal: Sendable, Codable, Equatable {
    public let id: UUID
    public let username: String
    public let displayName: String
    public let role: UserRole
    public let unitID: UUID?

    public init(id: UUID, username: String, displayName: String, role: UserRole, unitID: UUID?) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.unitID = unitID
    }

    public init(_ user: UserRecord) throws {
        self.init(id: try user.requireID(), username: user.username, displayName: user.displayName,
                  role: user.role, unitID: user.$unit.id)
    }

    public var actor: Actor { Actor(id: id, name: displayName) }
}

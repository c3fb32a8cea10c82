import FluentKit
import Foundation

public final class UserRecord: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    /// A bcrypt hash; the plain password is never stored.
    @Field(key: "password_hash") public var passwordHash: String
    @Enum(key: "role") public var role: UserRole
    /// The unit a unit member belongs to (and may act for); nil for other roles.
    @OptionalParent(key: "unit_id") public var unit: UnitRecord?
    /// A deactivated user can neither sign in nor use an earlier session or token.
    @Field(key: "active") public var active: Bool
    /// Where reminders are e-mailed; optional.
    @OptionalField(key: "email") public var email: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
    public init(id: UUID? = nil, username: String, displayName: String, passwordHash: String, role: UserRole, unitID: UUID? = nil) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.$unit.id = unitID
        self.active = true
    }
}

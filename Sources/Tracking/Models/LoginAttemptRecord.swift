import FluentKit
import Foundation

/// A failed sign-in, counted per user name and address to slow down guessing.
public final class LoginAttemptRecord: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "address") public var address: String
    @Field(key: "at") public var at: Date

    public init() {}
    public init(username: String, address: String, at: Date) {
        self.username = username
        self.address = address
        self.at = at
    }
}

import FluentKit
import Foundation

/// A bearer token for API clients. Only the SHA-256 of the token is stored.
public final class ApiTokenRecord: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserRecord
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "name") public var name: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
    public init(userID: UUID, tokenHash: String, name: String) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.name = name
    }
}

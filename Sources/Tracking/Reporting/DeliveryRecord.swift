import FluentKit
import Foundation

/// One reminder digest handed to one channel for one recipient on one day.
/// The unique key (channel, recipient, digest date) is what makes a digest go
/// out once: the row is written in the transaction that decides to send it.
public final class DeliveryRecord: Model, @unchecked Sendable {
    public static let schema = "deliveries"

    public enum Status: String, Codable, Sendable {
        case sending = "dang_gui"   // decided, being sent
        case sent = "da_gui"        // delivered
        case failed = "loi"         // the channel refused or was unreachable; retried on the next run
    }

    @ID(key: .id) public var id: UUID?
    /// "in_app", "email", "webhook".
    @Field(key: "channel") public var channel: String
    /// "user:<id>", an e-mail address, or the webhook URL with the digest's subject.
    @Field(key: "recipient") public var recipient: String
    @Field(key: "digest_date") public var digestDate: String
    @Enum(key: "status") public var status: Status
    @OptionalField(key: "detail") public var detail: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
    public init(channel: String, recipient: String, digestDate: String) {
        self.channel = channel
        self.recipient = recipient
        self.digestDate = digestDate
        self.status = .sending
    }
}

/// A reminder shown in the app's notification list.
public final class NotificationRecord: Model, @unchecked Sendable {
    public static let schema = "notifications"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserRecord
    @Field(key: "digest_date") public var digestDate: String
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    @OptionalField(key: "link") public var link: String?
    @Field(key: "read") public var read: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
    public init(userID: UUID, digestDate: String, title: String, body: String, link: String?) {
        self.$user.id = userID
        self.digestDate = digestDate
        self.title = title
        self.body = body
        self.link = link
        self.read = false
    }
}

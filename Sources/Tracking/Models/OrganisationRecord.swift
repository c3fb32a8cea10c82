import FluentKit
import Foundation

/// The issuing body whose tasks are tracked (one UBND per installation, but
/// nothing stops several).
public final class OrganisationRecord: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
    public init(id: UUID? = nil, name: String) {
        self.id = id
        self.name = name
    }
}

import FluentKit
import Foundation

/// A unit (phòng, ban, UBND xã...) that can lead or support tasks. Units form
/// a tree of any depth; a merged or renamed unit keeps its row with `validTo`
/// and points at its successor so old tasks keep their history.
public final class UnitRecord: Model, @unchecked Sendable {
    public static let schema = "units"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationRecord
    /// The stable identifier from the unit directory (e.g. "phong-tc-kh").
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    /// Other spellings seen in documents; clerks teach new ones when they fix a unit.
    @Field(key: "aliases") public var aliases: [String]
    @OptionalParent(key: "parent_id") public var parent: UnitRecord?
    @OptionalField(key: "valid_from") public var validFrom: String?
    @OptionalField(key: "valid_to") public var validTo: String?
    @OptionalParent(key: "successor_id") public var successor: UnitRecord?

    public init() {}
    public init(id: UUID? = nil, organisationID: UUID, code: String, name: String, aliases: [String] = [], parentID: UUID? = nil) {
        self.id = id
        self.$organisation.id = organisationID
        self.code = code
        self.name = name
        self.aliases = aliases
        self.$parent.id = parentID
    }
}

import FluentKit
import Foundation

/// Where a registered document stands: a draft while the clerk reviews the
/// extracted tasks, confirmed once its tasks exist.
public enum DocumentState: String, Codable, Sendable {
    case draft = "nhap"            // bản nháp: extracted, under review
    case confirmed = "da_xac_nhan" // đã xác nhận: tasks created
}

/// An incoming document: its metadata, the normalised text the task spans
/// point into, and the original file as uploaded.
public final class DocumentRecord: Model, @unchecked Sendable {
    public static let schema = "documents"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationRecord
    @Enum(key: "state") public var state: DocumentState
    @OptionalField(key: "doc_type") public var docType: String?
    @OptionalField(key: "number") public var number: String?
    @OptionalField(key: "issuer") public var issuer: String?
    @OptionalField(key: "issued_on") public var issuedOn: String?
    @OptionalField(key: "subject") public var subject: String?
    @OptionalField(key: "signer") public var signer: String?
    @Field(key: "file_name") public var fileName: String
    @Field(key: "format") public var format: String
    @Field(key: "original") public var original: Data
    @Field(key: "text") public var text: String
    /// `text` folded for diacritic-free search (lower case, no marks, đ→d).
    @Field(key: "folded") public var folded: String
    /// The extraction as JSON, kept so a draft can be reviewed again later.
    @OptionalField(key: "extraction_json") public var extractionJSON: String?
    /// The draft's proposals as the clerk reshaped them (merged, split), as
    /// JSON; nil until the first such change, the extraction's proposals till then.
    @OptionalField(key: "proposals_json") public var proposalsJSON: String?
    @OptionalParent(key: "created_by") public var createdBy: UserRecord?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

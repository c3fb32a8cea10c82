import FluentKit
import Foundation

/// A document to register: the file as received and its normalised text.
public struct NewDocument: Sendable {
    public var fileName: String
    public var format: String
    public var original: Data
    public var text: String
    public var docType: String?
    public var number: String?
    public var issuer: String?
    public var issuedOn: String?
    public var subject: String?
    public var signer: String?

    public init(fileName: String, format: String, original: Data, text: String) {
        self.fileName = fileName
        self.format = format
        self.original = original
        self.text = text
    }
}

/// A unit's name as a document wrote it, for the directory to remember (ghi nhớ tên gọi).
public struct TaughtAlias: Codable, Sendable {
    public var unitID: UUID
    public var alias: String
    public init(unitID: UUID, alias: String) {
        self.unitID = unitID
        self.alias = alias
    }
}

extension Tracker {
    /// Keeps an uploaded document as a draft, with what extraction proposed,
    /// for the clerk to review. No task exists until the draft is confirmed.
    public func draft(_ input: NewDocument, extractionJSON: String?, by actor: Actor) async throws -> UUID {
        let organisationID = organisationID
        return try await write { db in
            let document = Self.record(input, organisationID: organisationID, state: .draft, by: actor)
            document.extractionJSON = extractionJSON
            try await document.create(on: db)
            let id = try document.requireID()
            try await AuditLog.record(.uploadDocument, entity: DocumentRecord.schema, id: id, before: String?.none,
                                      after: ["tep": input.fileName], by: actor, on: db)
            return id
        }
    }

    /// Confirms a draft: creates the tasks the clerk accepted (as edited),
    /// all or none, and marks the document confirmed. The names of units the
    /// clerk asked to remember (`aliases`) are taught in the same transaction,
    /// by the directory's alias rule: one that another unit goes by refuses
    /// the whole confirmation, and neither the draft nor the directory changes.
    public func confirm(document id: UUID, tasks: [NewTask], aliases: [TaughtAlias] = [], by actor: Actor) async throws -> [UUID] {
        let organisationID = organisationID
        return try await write { db in
            guard let document = try await DocumentRecord.find(id, on: db) else { throw TrackingError.notFound("văn bản") }
            guard document.state == .draft else { throw TrackingError(.conflict, "Văn bản này đã được xác nhận.") }
            for taught in aliases {
                try await Directory.learn(taught.alias, to: taught.unitID, by: actor, on: db, knownIsRefused: false)
            }
            var ids: [UUID] = []
            for var task in tasks {
                task.documentID = id
                ids.append(try await self.insert(task, organisationID: organisationID, by: actor, on: db))
            }
            document.state = .confirmed
            try await document.update(on: db)
            try await AuditLog.record(.confirmDocument, entity: DocumentRecord.schema, id: id, before: ["trang_thai": "nhap"],
                                      after: ["trang_thai": "da_xac_nhan", "so_nhiem_vu": String(ids.count)], by: actor, on: db)
            return ids
        }
    }

    static func record(_ input: NewDocument, organisationID: UUID, state: DocumentState, by actor: Actor) -> DocumentRecord {
        let document = DocumentRecord()
        document.$organisation.id = organisationID
        document.state = state
        document.docType = input.docType
        document.number = input.number
        document.issuer = input.issuer
        document.issuedOn = input.issuedOn
        document.subject = input.subject
        document.signer = input.signer
        document.fileName = input.fileName
        document.format = input.format
        document.original = input.original
        document.text = input.text
        document.folded = SearchFolding.fold([input.number, input.subject, input.text].compactMap { $0 }.joined(separator: " "))
        document.$createdBy.id = actor.id
        return document
    }

    /// Registers a document together with the tasks it assigns, in one
    /// transaction: if any task is refused, the document is not kept either.
    public func register(_ input: NewDocument, tasks: [NewTask], by actor: Actor) async throws -> (document: UUID, tasks: [UUID]) {
        let organisationID = organisationID
        return try await write { db in
            let document = Self.record(input, organisationID: organisationID, state: .confirmed, by: actor)
            try await document.create(on: db)
            let documentID = try document.requireID()
            try await AuditLog.record(.registerDocument, entity: DocumentRecord.schema, id: documentID, before: String?.none,
                                      after: ["so": input.number ?? "", "tep": input.fileName], by: actor, on: db)
            var ids: [UUID] = []
            for var task in tasks {
                task.documentID = documentID
                ids.append(try await self.insert(task, organisationID: organisationID, by: actor, on: db))
            }
            return (documentID, ids)
        }
    }
}

extension String {
    /// The half-open Unicode-scalar range of the first occurrence of `passage`.
    public func scalarSpan(of passage: String) -> Range<Int>? {
        guard let range = range(of: passage) else { return nil }
        let start = unicodeScalars.distance(from: unicodeScalars.startIndex, to: range.lowerBound)
        return start..<(start + passage.unicodeScalars.count)
    }
}

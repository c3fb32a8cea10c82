import Extraction
import Foundation

/// What a document's header and footer say (Decree 30 layout), as the
/// document page shows it, with each cited document linked when the office
/// has registered it.
public struct DocumentFacts: Codable, Sendable {
    public struct Citation: Codable, Sendable {
        public let number: String
        public let typeName: String?
        public let date: String?
        /// The registered document with this number, if any.
        public let documentID: UUID?
    }

    public let typeName: String?
    public let number: String?
    public let issuer: String?
    public let place: String?
    public let date: String?
    public let subject: String?
    public let signer: String?
    public let signerTitle: String?
    public let recipients: [String]
    public let distribution: [String]
    public let citations: [Citation]

    /// The facts of a stored document: the extraction kept with it when there
    /// is one, else the columns the register holds.
    public static func of(_ document: DocumentRecord, using queries: TaskQueries) async throws -> DocumentFacts {
        let metadata = document.extractionJSON
            .flatMap { try? JSONDecoder().decode(ExtractedDocument.self, from: Data($0.utf8)) }?.document
        let cited = metadata?.references ?? []
        let registered = try await queries.documents(numbered: cited.map(\.number))
        let ownID = document.id
        let type = metadata?.type ?? document.docType
        return DocumentFacts(
            typeName: type.map { DocumentType(code: $0).name ?? $0 },
            number: metadata?.number ?? document.number,
            issuer: metadata?.issuer ?? document.issuer,
            place: metadata?.place,
            date: metadata?.date?.description ?? document.issuedOn,
            subject: metadata?.subject ?? document.subject,
            signer: metadata?.signer ?? document.signer,
            signerTitle: metadata?.signerTitle,
            recipients: metadata?.recipients ?? [],
            distribution: metadata?.distribution ?? [],
            citations: cited.map { citation in
                let target = registered[citation.number]
                return Citation(number: citation.number, typeName: citation.type.flatMap { DocumentType(code: $0).name },
                                date: citation.date?.iso, documentID: target == ownID ? nil : target)
            })
    }
}

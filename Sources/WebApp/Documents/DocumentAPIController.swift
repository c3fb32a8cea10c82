import Fluent
import Foundation
import Tracking
import Vapor

/// Documents: upload into a draft, review, confirm into tasks.
struct DocumentAPIController: RouteCollection {
    struct Summary: Content {
        let id: UUID
        let state: DocumentState
        let docType: String?
        let number: String?
        let subject: String?
        let fileName: String
        let createdAt: Date?
    }
    struct Detail: Content {
        let summary: Summary
        let issuer: String?
        let issuedOn: String?
        let signer: String?
        let format: String
        let text: String
        /// For a draft: the tasks extraction proposes (as merged or split by
        /// the clerk), each with the `id` merge and split name it by; ready to
        /// send back (edited) to confirm.
        let proposals: [DraftProposal]
        let tasks: [TaskRow]
    }
    struct Alias: Content { let unitID: UUID; let alias: String }
    struct Confirmation: Content {
        let tasks: [NewTask]
        /// Names of units as the document wrote them, to remember for next time.
        let aliases: [Alias]?
    }
    struct Created: Content { let ids: [UUID] }
    /// Merge these proposals (two or more) into one task. `edited`, when
    /// sent, is the client's whole view of the draft's proposals (as GET
    /// answers them, with the clerk's edits and `accepted` ticks; one left
    /// out is dropped, as a row emptied on the page), kept with the merge;
    /// passages always stay as stored.
    struct MergeRequest: Content { let proposals: [UUID]; let edited: [DraftProposal]? }
    /// Split this proposal where each offset (Unicode scalars into the
    /// document's text, inside the proposal's passage) starts a new part;
    /// `edited` as for a merge (an edited wording is split as edited).
    struct SplitRequest: Content { let proposal: UUID; let at: [Int]; let edited: [DraftProposal]? }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.POST, .api(.documents), action: .registerDocument) { request, principal in
            try await request.receiveUpload(by: principal)
        }
        routes.guarded(.GET, .api(.document(.key)), action: .readDocument) { request, _ in
            try await Self.detail(try await Self.document(request), on: request)
        }
        routes.guarded(.GET, .api(.documentOriginal(.key)), action: .readDocument) { request, _ in
            let document = try await Self.document(request)
            let response = Response(status: .ok, body: .init(data: document.original))
            response.headers.contentType = .binary
            response.headers.contentDisposition = .init(.attachment, filename: document.fileName)
            return response
        }
        routes.guarded(.POST, .api(.documentConfirm(.key)), action: .registerDocument) { request, principal in
            let body = try request.content.decode(Confirmation.self)
            let id = try await Self.document(request).requireID()
            let aliases = (body.aliases ?? []).map { TaughtAlias(unitID: $0.unitID, alias: $0.alias) }
            return Created(ids: try await request.tracker.confirm(document: id, tasks: body.tasks, aliases: aliases, by: principal.actor))
        }
        routes.guarded(.POST, .api(.proposalsMerge(.key)), action: .registerDocument) { request, principal in
            let body = try request.content.decode(MergeRequest.self)
            let id = try await Self.document(request).requireID()
            try await request.tracker.mergeProposals(body.proposals, of: id, revising: body.edited, by: principal.actor)
            return try await Self.detail(try await Self.document(request), on: request)
        }.description("""
            Merges two or more proposals of a draft into one task. Body: {"proposals": [proposal id, ...], \
            "edited": [proposal, ...] (optional: every proposal of the draft as the clerk edited and ticked it)}. \
            The merged task is accepted when every part was. Answers the document as GET does, its proposals in text order.
            """)
        routes.guarded(.POST, .api(.proposalsSplit(.key)), action: .registerDocument) { request, principal in
            let body = try request.content.decode(SplitRequest.self)
            let id = try await Self.document(request).requireID()
            try await request.tracker.splitProposal(body.proposal, at: body.at, of: id, revising: body.edited, by: principal.actor)
            return try await Self.detail(try await Self.document(request), on: request)
        }.description("""
            Splits one proposal of a draft where each offset starts a new part. Body: {"proposal": proposal id, \
            "at": [offset, ...], "edited": [...] (optional, as for a merge)}, offsets in Unicode scalars of the document's \
            text, inside the proposal's passage. Each part is read again for its own units and deadline; an edited wording \
            is split where the words at each offset stand in it. Parts keep the proposal's tick. Answers the document as GET does.
            """)
    }

    static func document(_ request: Request) async throws -> DocumentRecord {
        guard let id = request.parameters.get("documentID", as: UUID.self),
              let document = try await DocumentRecord.find(id, on: request.db) else { throw TrackingError.notFound("văn bản") }
        return document
    }

    static func summary(_ d: DocumentRecord) throws -> Summary {
        Summary(id: try d.requireID(), state: d.state, docType: d.docType, number: d.number, subject: d.subject,
                fileName: d.fileName, createdAt: d.createdAt)
    }

    static func detail(_ d: DocumentRecord, on request: Request, using queries: TaskQueries? = nil) async throws -> Detail {
        var filter = TaskFilter()
        filter.documentID = try d.requireID()
        filter.limit = 1000  // every task of the document, not a page of the task list
        let proposals = d.state == .draft ? try DraftProposals.proposals(of: d, unitIDs: try await request.directory.unitIDsByCode()) : []
        let queries = if let queries { queries } else { try await request.queries() }
        return Detail(summary: try summary(d), issuer: d.issuer, issuedOn: d.issuedOn, signer: d.signer,
                      format: d.format, text: d.text, proposals: proposals, tasks: try await queries.list(filter))
    }
}

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
        /// For a draft: the tasks extraction proposes, ready to send back (edited) to confirm.
        let proposals: [NewTask]
        let tasks: [TaskRow]
    }
    struct Alias: Content { let unitID: UUID; let alias: String }
    struct Confirmation: Content {
        let tasks: [NewTask]
        /// Names of units as the document wrote them, to remember for next time.
        let aliases: [Alias]?
    }
    struct Created: Content { let ids: [UUID] }

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
            for alias in body.aliases ?? [] {
                try await request.directory.teach(alias: alias.alias, to: alias.unitID, by: principal.actor)
            }
            return Created(ids: try await request.tracker.confirm(document: id, tasks: body.tasks, by: principal.actor))
        }
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

    static func detail(_ d: DocumentRecord, on request: Request) async throws -> Detail {
        var filter = TaskFilter()
        filter.documentID = try d.requireID()
        let proposals = d.state == .draft ? DraftProposals.tasks(of: d, unitIDs: try await request.directory.unitIDsByCode()) : []
        return Detail(summary: try summary(d), issuer: d.issuer, issuedOn: d.issuedOn, signer: d.signer,
                      format: d.format, text: d.text, proposals: proposals, tasks: try await request.queries().list(filter))
    }
}

import Fluent
import Foundation
import Tracking
import Vapor

/// The clerk's pages: upload a document, review its draft beside the text
/// (edit, accept or reject, merge, split), confirm the tasks.
struct DocumentPagesController: RouteCollection {
    struct UploadPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
    }
    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .newDocument, action: .registerDocument) { request, principal in
            try await request.view.render("upload", UploadPage(me: TaskPagesController.me(principal), csrf: request.csrfToken))
        }
        routes.guarded(.POST, .documents, action: .registerDocument) { request, principal in
            let draft = try await request.receiveUpload(by: principal)
            return request.redirect(to: SiteRoute.document(.value(draft.id)).path)
        }
        routes.guarded(.GET, .document(.key), action: .readDocument) { request, principal in
            try await draftPage(request, principal)
        }
        routes.guarded(.POST, .documentConfirm(.key), action: .registerDocument) { request, principal in
            let (id, reviewed) = try await review(request)
            var tasks: [NewTask] = []
            var aliases: [TaughtAlias] = []
            for item in reviewed where item.accepted {
                let task = item.proposal.task
                if item.row?.teach == "on", let unit = task.leadUnitID, let written = task.leadText, !written.isEmpty {
                    aliases.append(TaughtAlias(unitID: unit, alias: written))
                }
                tasks.append(task)
            }
            _ = try await request.tracker.confirm(document: id, tasks: tasks, aliases: aliases, by: principal.actor)
            return request.redirect(to: SiteRoute.document(.value(id)).path)
        }
        // Merge and split post the whole review form, so the clerk's unsaved edits are kept with the change.
        routes.guarded(.POST, .documentMerge(.key), action: .registerDocument) { request, principal in
            let (id, reviewed) = try await review(request)
            let picked = reviewed.filter(\.picked).map(\.proposal.id)
            try await request.tracker.mergeProposals(picked, of: id, revising: reviewed.map(\.proposal), by: principal.actor)
            return request.redirect(to: SiteRoute.document(.value(id)).path)
        }
        routes.guarded(.POST, .documentSplit(.key), action: .registerDocument) { request, principal in
            let form = try request.content.decode(DraftReviewForm.self)
            let (id, reviewed) = try await review(request, form)
            guard let index = form.split.flatMap(Int.init), let row = form.tasks?[String(index)],
                  let target = row.id.flatMap(UUID.init(uuidString:)) else {
                throw TrackingError(.invalid, "Chưa chọn nhiệm vụ cần tách.")
            }
            guard let offset = row.splitAt.flatMap(Int.init) else { throw TrackingError(.invalid, "Chưa chọn chỗ tách nhiệm vụ.") }
            try await request.tracker.splitProposal(target, at: [offset], of: id, revising: reviewed.map(\.proposal), by: principal.actor)
            return request.redirect(to: SiteRoute.document(.value(id)).path)
        }
    }

    /// The posted form laid over the draft's stored proposals.
    private func review(_ request: Request, _ form: DraftReviewForm? = nil) async throws -> (UUID, [DraftReviewForm.Reviewed]) {
        let document = try await DocumentAPIController.document(request)
        let form = try form ?? request.content.decode(DraftReviewForm.self)
        let stored = try DraftProposals.proposals(of: document, unitIDs: try await request.directory.unitIDsByCode())
        return (try document.requireID(), try form.reviewed(over: stored))
    }

    private func draftPage(_ request: Request, _ principal: Principal) async throws -> View {
        let document = try await DocumentAPIController.document(request)
        let queries = try await request.queries()
        let detail = try await DocumentAPIController.detail(document, on: request, using: queries)
        let unitRecords = try await request.directory.units()
        var names: [UUID: String] = [:]
        for unit in unitRecords { names[try unit.requireID()] = unit.name }
        var rows = DraftReviewPage.rows(detail.proposals, text: document.text, unitNames: names)
        if document.state == .draft { rows.append(DraftReviewPage.blankRow(rows.count)) }
        let highlighted = detail.proposals.enumerated().flatMap { index, proposal in
            proposal.task.pieces.map { (task: index, start: $0.start, end: $0.end) }
        }
        let units = try unitRecords.map { DraftReviewPage.Option(id: try $0.requireID().uuidString, name: $0.name) }
        let leaders = try await UserRecord.query(on: request.db).filter(\.$role == .leader).sort(\.$displayName).all()
            .map { DraftReviewPage.Option(id: try $0.requireID().uuidString, name: $0.displayName) }
        return try await request.view.render("document", DraftReviewPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken, document: detail.summary,
            heading: DraftReviewPage.heading(detail.summary),
            facts: try await DocumentFacts.of(document, using: queries),
            segments: DraftReviewPage.segments(document.text, spans: highlighted),
            rows: rows, units: units, leaders: leaders, tasks: detail.tasks, isDraft: document.state == .draft))
    }
}

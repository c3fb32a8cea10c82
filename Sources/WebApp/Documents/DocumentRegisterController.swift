import Foundation
import Tracking
import TrackingRules
import Vapor

extension DocumentListing: Content {}

/// The document register (sổ văn bản): every document received, searchable
/// without diacritics, with how its tasks stand. The page and the API list
/// read the same query.
struct DocumentRegisterController: RouteCollection {
    struct Page: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let documents: [DocumentListing]
        let q: String?
        let state: String?
        let overdueStatus: String
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .documents, action: .readDocument) { request, principal in
            let filter = Self.filter(request)
            return try await request.view.render("documents", Page(
                me: TaskPagesController.me(principal), csrf: request.csrfToken,
                documents: try await request.queries().documents(filter),
                q: filter.query, state: filter.state?.rawValue, overdueStatus: TaskStatus.overdue.rawValue))
        }
        routes.guarded(.GET, .api(.documents), action: .readDocument) { request, _ in
            try await request.queries().documents(Self.filter(request))
        }
    }

    static func filter(_ request: Request) -> DocumentFilter {
        var filter = DocumentFilter(
            query: (try? request.query.get(String.self, at: "q")).flatMap { $0.isEmpty ? nil : $0 },
            state: (try? request.query.get(String.self, at: "state")).flatMap(DocumentState.init(rawValue:)))
        filter.limit = (try? request.query.get(Int.self, at: "limit")) ?? 100
        filter.offset = (try? request.query.get(Int.self, at: "offset")) ?? 0
        return filter
    }
}

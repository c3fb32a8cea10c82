import Fluent
import Tracking
import Vapor

/// The audit log, read-only: there is no route that changes or removes an entry.
struct AuditAPIController: RouteCollection {
    struct Entry: Content {
        let at: Date
        let actorName: String
        let action: String
        let entity: String
        let entityID: UUID
        let before: String?
        let after: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.audit), action: .readAudit) { request, _ in
            let limit = min((try? request.query.get(Int.self, at: "limit")) ?? 200, 1000)
            return try await AuditRecord.query(on: request.db).sort(\.$at, .descending).limit(limit).all().map {
                Entry(at: $0.at, actorName: $0.actorName, action: $0.action, entity: $0.entity,
                      entityID: $0.entityID, before: $0.beforeJSON, after: $0.afterJSON)
            }
        }
    }
}

import Fluent
import Tracking
import Vapor

extension OccurrenceRow: Content {}

/// The periods of a recurring duty: list them, and report on one. Confirming a
/// period's completion goes through the task's completion route with its
/// `occurrenceID`.
struct OccurrenceAPIController: RouteCollection {
    struct CreatedOne: Content { let id: UUID }

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.guarded(.GET, "tasks", ":taskID", "occurrences", action: .readTask) { request, _ in
            let id = try request.taskID
            try await request.tracker.rollForward(id)
            return try await request.queries().occurrences(of: id)
        }
        api.guarded(.POST, "tasks", ":taskID", "occurrences", ":occurrenceID", "reports", action: .reportProgress) { request, principal in
            guard let occurrenceID = request.parameters.get("occurrenceID", as: UUID.self) else { throw Abort(.notFound) }
            var input = try request.content.decode(ReportInput.self)
            input.occurrenceID = occurrenceID
            return CreatedOne(id: try await request.tracker.report(on: try request.taskID, input, by: principal))
        }
    }
}

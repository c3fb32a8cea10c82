import Fluent
import Tracking
import Vapor

extension OccurrenceRow: Content {}

/// The periods of a recurring duty: list them, report on one, ask for more
/// time on one. Confirming a period's completion goes through the task's
/// completion route with its `occurrenceID`; deciding an extension through
/// the extension's decision route.
struct OccurrenceAPIController: RouteCollection {
    struct CreatedOne: Content { let id: UUID }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.taskOccurrences(.key)), action: .readTask) { request, _ in
            let id = try request.taskID
            try await request.tracker.rollForward(id)
            return try await request.queries().occurrences(of: id)
        }
        routes.guarded(.POST, .api(.occurrenceReports(task: .key, occurrence: .key)), action: .reportProgress) { request, principal in
            guard let occurrenceID = request.parameters.get("occurrenceID", as: UUID.self) else { throw Abort(.notFound) }
            var input = try request.content.decode(ReportInput.self)
            input.occurrenceID = occurrenceID
            return CreatedOne(id: try await request.tracker.report(on: try request.taskID, input, by: principal))
        }
        routes.guarded(.POST, .api(.occurrenceExtensions(task: .key, occurrence: .key)), action: .requestExtension) { request, principal in
            guard let occurrenceID = request.parameters.get("occurrenceID", as: UUID.self) else { throw Abort(.notFound) }
            var input = try request.content.decode(ExtensionInput.self)
            input.occurrenceID = occurrenceID
            return CreatedOne(id: try await request.tracker.requestExtension(of: try request.taskID, input, by: principal))
        }.description("""
            The lead unit asks for more time on one period of a recurring duty. Body: {"reason", "requestedDeadline": \
            "YYYY-MM-DD"}. The other periods keep their deadlines; a leader decides with POST /api/v1/extensions/{id}/decision.
            """)
    }
}

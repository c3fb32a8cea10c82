import Fluent
import LegalCalendar
import Tracking
import Vapor

extension TaskRow: Content {}
extension TaskDetail: Content {}

/// The task API: list and search, create and edit, reports, completion and
/// extension decisions, reassignment. Every route names its action.
struct TaskAPIController: RouteCollection {
    struct Created: Content { let ids: [UUID] }
    struct CreatedOne: Content { let id: UUID }
    /// The new lead unit; `supportUnitIDs` replaces the coordinating units when given.
    struct Reassignment: Content {
        let unitID: UUID
        let leaderID: UUID?
        let supportUnitIDs: [UUID]?
        let note: String?
    }
    struct NewTasks: Content { let tasks: [NewTask] }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .api(.tasks), action: .listTasks) { request, principal in
            let filter = try Self.filter(request, principal)
            let queries = try await request.queries()
            let kept = request.kept
            return JSONBody(buffer: try await kept.list(kept.listJSON, .init(filter: filter, day: queries.asOf, openOnly: false)) {
                TaskListJSON(rows: try await queries.list(filter)).bytes
            })
        }
        routes.guarded(.GET, .api(.inbox), action: .listTasks) { request, principal in
            var filter = TaskFilter()
            filter.unitID = principal.unitID ?? (try? request.query.get(UUID.self, at: "unit"))
            filter.limit = TaskFilter.inboxSize
            let queries = try await request.queries()
            let kept = request.kept, inbox = filter
            return JSONBody(buffer: try await kept.list(kept.listJSON, .init(filter: inbox, day: queries.asOf, openOnly: true)) {
                TaskListJSON(rows: try await queries.list(inbox).filter { !$0.workflowState.isFinished }
                    .sorted(by: TaskQueries.byUrgency)).bytes
            })
        }
        routes.guarded(.POST, .api(.tasks), action: .createTask) { request, principal in
            let body = try request.content.decode(NewTasks.self)
            return Created(ids: try await request.tracker.create(body.tasks, by: principal.actor))
        }
        routes.guarded(.GET, .api(.task(.key)), action: .readTask) { request, _ in
            let id = try request.taskID
            let queries = try await request.queries()
            return JSONBody(buffer: try await request.kept.taskJSON.value(for: .init(id: id, day: queries.asOf)) {
                guard let detail = try await TaskDetail.load(id, using: queries) else { throw Abort(.notFound) }
                return try JSONBody.encoding(detail)
            })
        }
        routes.guarded(.PATCH, .api(.task(.key)), action: .editTask) { request, principal in
            try await request.tracker.update(try request.taskID, try request.content.decode(TaskChanges.self), by: principal.actor)
            return HTTPStatus.noContent
        }
        routes.guarded(.POST, .api(.taskReassign(.key)), action: .reassignTask) { request, principal in
            let body = try request.content.decode(Reassignment.self)
            try await request.tracker.reassign(try request.taskID, toUnit: body.unitID, leader: body.leaderID,
                                               support: body.supportUnitIDs, note: body.note, by: principal.actor)
            return HTTPStatus.noContent
        }.description("Body {unitID, leaderID?, supportUnitIDs?, note?}: the new lead unit; supportUnitIDs, when given, replaces the coordinating units. 422 when nothing changes. 204.")
        routes.guarded(.POST, .api(.taskReports(.key)), action: .reportProgress) { request, principal in
            CreatedOne(id: try await request.tracker.report(on: try request.taskID,
                                                            try request.content.decode(ReportInput.self), by: principal))
        }
        routes.guarded(.GET, .api(.reportEvidence(.key)), action: .readTask) { request, _ in
            guard let id = request.parameters.get("reportID", as: UUID.self) else { throw Abort(.notFound) }
            let evidence = try await request.tracker.evidence(ofReport: id)
            let response = Response(status: .ok, body: .init(data: evidence.data))
            response.headers.contentType = .binary
            response.headers.contentDisposition = .init(.attachment, filename: evidence.fileName)
            return response
        }
        routes.guarded(.POST, .api(.taskCompletion(.key)), action: .decideCompletion) { request, principal in
            try await request.tracker.decideCompletion(of: try request.taskID,
                                                       try request.content.decode(DecisionInput.self), by: principal.actor)
            return HTTPStatus.noContent
        }
        routes.guarded(.POST, .api(.taskExtensions(.key)), action: .requestExtension) { request, principal in
            CreatedOne(id: try await request.tracker.requestExtension(of: try request.taskID,
                                                                      try request.content.decode(ExtensionInput.self), by: principal))
        }
        routes.guarded(.POST, .api(.extensionDecision(.key)), action: .decideExtension) { request, principal in
            guard let id = request.parameters.get("extensionID", as: UUID.self) else { throw Abort(.notFound) }
            try await request.tracker.decideExtension(id, try request.content.decode(DecisionInput.self), by: principal.actor)
            return HTTPStatus.noContent
        }
    }

    /// The list filters from the query string; a unit member only ever sees
    /// its own unit's tasks. A value that does not read (a malformed id) is
    /// no filter, except a day, which is refused.
    static func filter(_ request: Request, _ principal: Principal) throws -> TaskFilter {
        // One pass over the query string: `query.get` per field parsed the
        // whole string again for each of the ten.
        let query = (try? request.query.decode(ListQuery.self)) ?? ListQuery()
        var filter = TaskFilter()
        filter.unitID = query.unit.flatMap(UUID.init(uuidString:))
        filter.leaderID = query.leader.flatMap(UUID.init(uuidString:))
        filter.state = query.state.flatMap(WorkflowState.init(rawValue:))
        // A day the caller typed wrong is refused, not ignored: a list
        // silently missing its date bound would look like the answer.
        filter.deadlineFrom = try FormDate.parseOptional(query.deadlineFrom, field: "Hạn từ ngày")?.iso
        filter.deadlineTo = try FormDate.parseOptional(query.deadlineTo, field: "Hạn đến ngày")?.iso
        filter.documentID = query.document.flatMap(UUID.init(uuidString:))
        filter.query = query.q
        filter.status = query.status.flatMap(TaskStatus.init(rawValue:))
        filter.limit = query.limit.flatMap { Int($0) }
        filter.offset = query.offset.flatMap { Int($0) }
        if principal.role == .unitMember { filter.unitID = principal.unitID }
        return filter
    }

    /// The list's query string, every field as typed.
    struct ListQuery: Decodable {
        var unit, leader, state, deadlineFrom, deadlineTo, document, q, status, limit, offset: String?
    }
}

import TrackingRules

extension WorkflowState {
    var isFinished: Bool { self == .done || self == .withdrawn }
}

extension Request {
    var taskID: UUID {
        get throws {
            guard let id = parameters.get("taskID", as: UUID.self) else { throw Abort(.notFound) }
            return id
        }
    }
}

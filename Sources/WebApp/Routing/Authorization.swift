import Foundation
import Tracking
import Vapor

/// Route metadata: the action a route performs, read by the authorisation
/// check and by the route × role test.
struct RouteAccess: Sendable {
    let action: Action
}

extension Route {
    var access: RouteAccess? { userInfo["access"] as? RouteAccess }
}

/// The single authorisation check every protected route passes through. The
/// task a route touches (by `:taskID`, or through `:extensionID` or `:reportID`) is loaded so
/// that a unit member is judged against that task's units.
enum Authorization {
    static func authorize(_ request: Request, _ action: Action) async throws -> Principal {
        let principal = try request.principal()
        // A role allowed the action on every task (a clerk reading, a leader
        // deciding) needs no task read to be let in; a missing task is then
        // the handler's "not found".
        if AccessPolicy.allows(principal, action, on: nil) { return principal }
        var scope: TaskScope?
        if let taskID = request.parameters.get("taskID", as: UUID.self) {
            scope = try await request.taskScope(of: taskID)
        } else if let extensionID = request.parameters.get("extensionID", as: UUID.self) {
            scope = try await request.tracker.scope(of: try await request.tracker.taskOfExtension(extensionID))
        } else if let reportID = request.parameters.get("reportID", as: UUID.self) {
            scope = try await request.tracker.scope(of: try await request.tracker.taskOfReport(reportID))
        } else if ["taskID", "extensionID", "reportID"].contains(where: { request.parameters.get($0) != nil }) {
            throw Abort(.notFound)
        }
        guard AccessPolicy.allows(principal, action, on: scope) else {
            throw Abort(.forbidden, reason: "Bạn không có quyền thực hiện thao tác này.")
        }
        return principal
    }
}

extension Request {
    private struct ScopeKey: StorageKey { typealias Value = (taskID: UUID, scope: TaskScope) }

    /// The units of the task this request is about, read once: the access
    /// check reads them, and the task page shows them in its forms.
    func taskScope(of taskID: UUID) async throws -> TaskScope {
        if let read = taskScopeRead(of: taskID) { return read }
        let scope = try await tracker.scope(of: taskID)
        storage[ScopeKey.self] = (taskID, scope)
        return scope
    }

    /// The units of the task if this request has read them already.
    func taskScopeRead(of taskID: UUID) -> TaskScope? {
        guard let read = storage[ScopeKey.self], read.taskID == taskID else { return nil }
        return read.scope
    }
}

extension RoutesBuilder {
    /// Registers a route that only callers allowed `action` reach.
    @discardableResult
    func guarded<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ route: SiteRoute, action: Action,
        use handler: @escaping @Sendable (Request, Principal) async throws -> Response
    ) -> Route {
        let registered = on(method, route.pathComponents) { request async throws -> Response in
            let principal = try await Authorization.authorize(request, action)
            return try await handler(request, principal)
        }
        registered.userInfo["access"] = RouteAccess(action: action)
        return registered
    }

    /// Registers a route anyone reaches: sign-in, health, metrics.
    @discardableResult
    func open<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ route: SiteRoute,
        use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(method, route.pathComponents, use: handler)
    }
}

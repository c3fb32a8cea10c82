import Fluent
import SQLKit
import Tracking
import Vapor

/// Health, Prometheus metrics and the OpenAPI description: public, for
/// monitoring and API clients.
struct OpsController: RouteCollection {
    struct Health: Content { let status: String; let database: String }

    func boot(routes: any RoutesBuilder) throws {
        routes.open(.GET, .health, use: health)
        routes.open(.GET, .metrics, use: metrics)
        routes.open(.GET, .openAPI, use: openAPI)
    }

    @Sendable func health(_ request: Request) async throws -> Health {
        _ = try await (request.db as! any SQLDatabase).raw("SELECT 1 AS ok").first()
        return Health(status: "ok", database: "ok")
    }

    @Sendable func metrics(_ request: Request) async throws -> Response {
        var lines = [
            "# HELP dondoc_http_requests_total HTTP requests by route pattern, method and status.",
            "# TYPE dondoc_http_requests_total counter",
        ]
        let snapshot = request.application.requestMetrics.snapshot.sorted { ($0.key.route, $0.key.status) < ($1.key.route, $1.key.status) }
        for (key, value) in snapshot {
            lines.append("dondoc_http_requests_total{route=\"\(key.route)\",method=\"\(key.method)\",status=\"\(key.status)\"} \(value.count)")
        }
        lines += ["# HELP dondoc_http_request_seconds_sum Time spent answering, by route pattern.",
                  "# TYPE dondoc_http_request_seconds_sum counter"]
        for (key, value) in snapshot {
            lines.append("dondoc_http_request_seconds_sum{route=\"\(key.route)\",method=\"\(key.method)\",status=\"\(key.status)\"} \(value.seconds)")
        }
        lines += ["# HELP dondoc_tasks Tasks by workflow state.", "# TYPE dondoc_tasks gauge"]
        let db = request.db
        let counts = try await request.application.dondoc.taskCounts.value(for: .all) { try await TaskStateCounts.read(db) }
        for count in counts.states {
            lines.append("dondoc_tasks{state=\"\(count.state)\"} \(count.tasks)")
        }
        let response = Response(status: .ok, body: .init(string: lines.joined(separator: "\n") + "\n"))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return response
    }

    /// The API described from the routes themselves, so it cannot drift from
    /// what the server answers.
    @Sendable func openAPI(_ request: Request) async throws -> Response {
        var paths: [String: [String: Any]] = [:]
        for route in request.application.routes.all where route.path.first?.description == "api" {
            let path = "/" + route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
            var operation: [String: Any] = ["responses": ["200": ["description": "OK"]]]
            if let access = route.access {
                operation["summary"] = access.action.rawValue
                operation["security"] = [["bearer": [String]()]]
            }
            // what a route takes and answers, where its registration says (Route.description)
            if let text = route.userInfo["description"] as? String { operation["description"] = text }
            let parameters = route.path.compactMap { component -> [String: Any]? in
                guard case .parameter(let name) = component else { return nil }
                return ["name": name, "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]
            }
            if !parameters.isEmpty { operation["parameters"] = parameters }
            paths[path, default: [:]][route.method.rawValue.lowercased()] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.0.3",
            "info": ["title": "dondoc API", "version": "1"],
            "paths": paths,
            "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]]],
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = .json
        return response
    }
}

import NIOConcurrencyHelpers
import Vapor

/// Request counts and total time per route and status, for /metrics.
final class RequestMetrics: Sendable {
    struct Key: Hashable { let route: String; let method: String; let status: UInt }
    private let counters = NIOLockedValueBox<[Key: (count: Int, seconds: Double)]>([:])

    func record(route: String, method: String, status: UInt, seconds: Double) {
        counters.withLockedValue { values in
            let old = values[Key(route: route, method: method, status: status)] ?? (0, 0)
            values[Key(route: route, method: method, status: status)] = (old.count + 1, old.seconds + seconds)
        }
    }

    var snapshot: [Key: (count: Int, seconds: Double)] { counters.withLockedValue { $0 } }
}

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = RequestMetrics }
    var requestMetrics: RequestMetrics {
        if let metrics = storage[MetricsKey.self] { return metrics }
        let metrics = RequestMetrics()
        storage[MetricsKey.self] = metrics
        return metrics
    }
}

/// Times every request and counts it under its route pattern (not its
/// concrete path, so ids do not explode the label set).
struct RequestMetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        var status: UInt = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let pattern = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
            request.application.requestMetrics.record(route: pattern, method: request.method.rawValue,
                                                      status: status, seconds: seconds)
        }
        do {
            let response = try await next.respond(to: request)
            status = response.status.code
            return response
        } catch let error as any AbortError {
            status = error.status.code
            throw error
        }
    }
}

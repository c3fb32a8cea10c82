import FluentPostgresDriver
import Foundation

/// Runs a PostgreSQL transaction again when the server aborted it to keep
/// concurrent SERIALIZABLE transactions serialisable (SQLSTATE 40001). Such a
/// failure means "nothing was written, try again"; any other error is final and
/// goes straight back. After `maxAttempts` the user gets a clear message
/// rather than the driver's.
public struct SerialisationRetry: Sendable {
    public let maxAttempts: Int
    /// The longest pause before a further attempt; each pause is random up to
    /// it, so transactions that collided do not collide again in step.
    public let maxPause: Duration
    let isRetryable: @Sendable (any Error) -> Bool

    public static let standard = SerialisationRetry(maxAttempts: 8, maxPause: .milliseconds(50))

    public init(maxAttempts: Int, maxPause: Duration,
                isRetryable: @escaping @Sendable (any Error) -> Bool = SerialisationRetry.isSerialisationFailure) {
        self.maxAttempts = maxAttempts
        self.maxPause = maxPause
        self.isRetryable = isRetryable
    }

    public static let gaveUpMessage = "Có nhiều thao tác ghi cùng lúc vào cùng dữ liệu; hệ thống đã thử lại nhưng chưa ghi được. Vui lòng thực hiện lại."

    public func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch where isRetryable(error) {
                guard attempt < maxAttempts else { throw TrackingError(.conflict, Self.gaveUpMessage) }
                attempt += 1
                let pause = maxPause / 1_000_000 * Int.random(in: 0...1_000_000)
                try await Task.sleep(for: pause)
            }
        }
    }

    /// SQLSTATE 40001, serialization_failure, as the server reports it.
    public static func isSerialisationFailure(_ error: any Error) -> Bool {
        (error as? PSQLError)?.serverInfo?[.sqlState] == "40001"
    }
}

import FluentKit
import FluentSQL

/// Runs every write transaction of the app. SQLite allows one writer at a
/// time, and a transaction that reads before it writes can fail with BUSY
/// instead of waiting, so on SQLite writes take turns here. PostgreSQL runs
/// them concurrently and a serialisation failure (SQLSTATE 40001) is retried.
public actor WriteGate {
    private let serialise: Bool
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private static let maxAttempts = 5

    public init(database: any Database) {
        serialise = !isPostgres(database)
    }

    public nonisolated func write<T: Sendable>(
        on db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        if serialise {
            await enter()
            do {
                let result = try await db.transaction(body)
                await leave()
                return result
            } catch {
                await leave()
                throw error
            }
        }
        var attempt = 1
        while true {
            do {
                return try await db.transaction(body)
            } catch where attempt < Self.maxAttempts && Self.isSerialisationFailure(error) {
                attempt += 1
            }
        }
    }

    private func enter() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }

    static func isSerialisationFailure(_ error: any Error) -> Bool {
        String(reflecting: error).contains("40001")
    }
}

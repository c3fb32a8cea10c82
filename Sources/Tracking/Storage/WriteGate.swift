import FluentKit
import FluentPostgresDriver
import FluentSQL
import Synchronization

/// Runs every write transaction of the app, so that concurrent writes behave
/// as if they ran one after another. SQLite allows one writer at a time, and
/// a transaction that reads before it writes can fail with BUSY instead of
/// waiting, so on SQLite writes take turns here. PostgreSQL runs them
/// concurrently at SERIALIZABLE isolation, so a check-then-write (one pending
/// extension per task, a draft confirmed once) cannot interleave with another;
/// the loser of a conflict fails with SQLSTATE 40001 and is run again.
///
/// The gate also counts the write transactions that have ended, so that a
/// result computed from the database can tell whether this server has
/// written since (`WriteScopedCache`).
public actor WriteGate {
    private let serialise: Bool
    private let ended = Atomic<Int>(0)
    private let retry: SerialisationRetry
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(database: any Database, retry: SerialisationRetry = .standard) {
        serialise = !isPostgres(database)
        self.retry = retry
    }

    /// How many write transactions have ended here, committed or failed.
    /// A transaction is counted only once it has ended: a reader that took
    /// this number before reading data older than some commit took it before
    /// that commit, so the number has moved since (`WriteScopedCache`).
    public nonisolated var writesEnded: Int { ended.load(ordering: .sequentiallyConsistent) }

    public nonisolated func write<T: Sendable>(
        on db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        // Counted after the transaction has committed or rolled back, before
        // the writer (and its HTTP response) goes on.
        defer { ended.add(1, ordering: .sequentiallyConsistent) }
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
        return try await retry.run {
            try await db.transaction { db in
                // Must be the transaction's first statement.
                try await (db as! any SQLDatabase).raw("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE").run()
                return try await body(db)
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
}

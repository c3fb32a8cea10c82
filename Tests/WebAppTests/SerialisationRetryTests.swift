import FluentPostgresDriver
import Foundation
import SQLKit
import Synchronization
import Testing
import Tracking
import VaporTesting

/// Counts the runs of a transaction body, which may run on several tasks at once.
final class Attempts: Sendable {
    private let runs = Mutex(0)
    /// Counts one more run and says which it is (1 for the first).
    func next() -> Int { runs.withLock { $0 += 1; return $0 } }
    var count: Int { runs.withLock { $0 } }
}

/// The retry policy on its own: what it retries, how often, and what the
/// user reads when it gives up.
@Suite struct SerialisationRetryPolicyTests {
    struct Contention: Error {}
    struct Refused: Error {}

    let policy = SerialisationRetry(maxAttempts: 4, maxPause: .milliseconds(2), isRetryable: { $0 is Contention })

    @Test func aRetryableFailureIsRunAgainUntilItSucceeds() async throws {
        let attempts = Attempts()
        let result = try await policy.run {
            if attempts.next() < 3 { throw Contention() }
            return "ghi xong"
        }
        #expect(result == "ghi xong")
        #expect(attempts.count == 3)
    }

    @Test func anyOtherErrorIsFinalAtOnce() async throws {
        let attempts = Attempts()
        await #expect(throws: Refused.self) {
            try await policy.run { () -> Int in
                _ = attempts.next()
                throw Refused()
            }
        }
        #expect(attempts.count == 1)
    }

    @Test func itGivesUpAfterItsLimitWithAClearMessage() async throws {
        let attempts = Attempts()
        await #expect {
            try await policy.run { () -> Int in
                _ = attempts.next()
                throw Contention()
            }
        } throws: { error in
            let error = error as? TrackingError
            return error?.kind == .conflict && error?.message == SerialisationRetry.gaveUpMessage
        }
        #expect(attempts.count == 4)
    }

    @Test func onlySQLState40001CountsAsASerialisationFailure() {
        #expect(!SerialisationRetry.isSerialisationFailure(Contention()))
        #expect(!SerialisationRetry.isSerialisationFailure(TrackingError(.conflict, "40001")), "the code in a message is not the code")
    }
}

extension AppTests {
    /// A real serialisation failure on PostgreSQL: two SERIALIZABLE
    /// transactions each count the rows of a table and then add one (write
    /// skew). Whichever commits second would make a history no serial order
    /// gives, so the server aborts it with SQLSTATE 40001.
    @Suite(.enabled(if: TestApp.postgresURL != nil, "needs DONDOC_TEST_POSTGRES_URL"))
    struct SerialisationFailureTests {
        /// Lets two transactions go on only once both have read.
        actor Rendezvous {
            private var arrived = 0
            private var waiting: [CheckedContinuation<Void, Never>] = []
            func meet() async {
                arrived += 1
                if arrived == 2 {
                    waiting.forEach { $0.resume() }
                    waiting = []
                } else {
                    await withCheckedContinuation { waiting.append($0) }
                }
            }
        }

        /// Two connections' worth of database on one event loop, and an empty probe table.
        static func withProbe(_ test: (any Database, any Database) async throws -> Void) async throws {
            let app = try await Application.make(.testing)
            app.databases.use(try .postgres(url: TestApp.postgresURL!, maxConnectionsPerEventLoop: 2), as: .psql)
            do {
                let loop = app.eventLoopGroup.next()
                let first = app.databases.database(.psql, logger: app.logger, on: loop)!
                let second = app.databases.database(.psql, logger: app.logger, on: loop)!
                let sql = first as! any SQLDatabase
                try await sql.raw("DROP TABLE IF EXISTS retry_probe").run()
                try await sql.raw("CREATE TABLE retry_probe (writer int NOT NULL UNIQUE)").run()
                try await test(first, second)
                try await sql.raw("DROP TABLE retry_probe").run()
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }

        /// Counts, waits for the other writer (first attempt only), then inserts.
        static func countThenInsert(_ db: any Database, writer: Int, rendezvous: Rendezvous, attempts: Attempts) async throws {
            let sql = db as! any SQLDatabase
            _ = try await sql.raw("SELECT count(*) AS n FROM retry_probe").all()
            if attempts.next() <= 2 { await rendezvous.meet() }
            try await sql.raw("INSERT INTO retry_probe (writer) VALUES (\(bind: writer))").run()
        }

        @Test func withoutARetryOneOfTwoConflictingTransactionsFailsWith40001() async throws {
            try await Self.withProbe { first, second in
                let rendezvous = Rendezvous(), attempts = Attempts()
                let errors = await withTaskGroup(of: (any Error)?.self) { group in
                    for (writer, db) in [(1, first), (2, second)] {
                        group.addTask {
                            do {
                                try await db.transaction { db in
                                    try await (db as! any SQLDatabase).raw("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE").run()
                                    try await Self.countThenInsert(db, writer: writer, rendezvous: rendezvous, attempts: attempts)
                                }
                                return nil
                            } catch { return error }
                        }
                    }
                    return await group.reduce(into: [any Error]()) { if let e = $1 { $0.append(e) } }
                }
                #expect(errors.count == 1)
                #expect(errors.allSatisfy(SerialisationRetry.isSerialisationFailure), "\(errors)")
                let rows = try await (first as! any SQLDatabase).raw("SELECT writer FROM retry_probe").all()
                #expect(rows.count == 1, "the aborted transaction wrote nothing")
            }
        }

        @Test func theWriteGateRunsTheLoserAgainAndBothWritesLand() async throws {
            try await Self.withProbe { first, second in
                let gate = WriteGate(database: first)
                let rendezvous = Rendezvous(), attempts = Attempts()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for (writer, db) in [(1, first), (2, second)] {
                        group.addTask {
                            try await gate.write(on: db) { db in
                                try await Self.countThenInsert(db, writer: writer, rendezvous: rendezvous, attempts: attempts)
                            }
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(attempts.count == 3, "two first attempts and one retry")
                let rows = try await (first as! any SQLDatabase).raw("SELECT writer FROM retry_probe ORDER BY writer").all()
                #expect(try rows.map { try $0.decode(column: "writer", as: Int.self) } == [1, 2])
            }
        }

        @Test func aUniqueViolationIsNotRetried() async throws {
            try await Self.withProbe { first, _ in
                let gate = WriteGate(database: first)
                try await gate.write(on: first) { try await ($0 as! any SQLDatabase).raw("INSERT INTO retry_probe VALUES (7)").run() }
                let attempts = Attempts()
                await #expect {
                    try await gate.write(on: first) { db in
                        _ = attempts.next()
                        try await (db as! any SQLDatabase).raw("INSERT INTO retry_probe VALUES (7)").run()
                    }
                } throws: { error in
                    (error as? PSQLError)?.serverInfo?[.sqlState] == "23505" && !SerialisationRetry.isSerialisationFailure(error)
                }
                #expect(attempts.count == 1)
            }
        }
    }
}

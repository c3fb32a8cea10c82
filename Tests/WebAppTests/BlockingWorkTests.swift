import Foundation
import Synchronization
import Testing
@testable import WebApp

/// Blocking work waits its turn on a few threads of its own: a burst of
/// uploads does not start a thread (and a pdftotext) each.
@Suite struct BlockingWorkTests {
    final class Gauge: Sendable {
        let running = Mutex((now: 0, most: 0))
        func enter() { running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func leave() { running.withLock { $0.now -= 1 } }
    }

    @Test func aBurstRunsAFewAtATimeAndEveryJobFinishes() async throws {
        let gauge = Gauge()
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for job in 0..<12 {
                group.addTask {
                    try await BlockingWork.run {
                        gauge.enter()
                        defer { gauge.leave() }
                        Thread.sleep(forTimeInterval: 0.05)  // a subprocess, say
                        return job
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.sorted() == Array(0..<12))
        let most = gauge.running.withLock { $0.most }
        #expect(most >= 2 && most <= 4, "at most the pool's threads at once, got \(most)")
    }

    @Test func aFailureComesBackToTheCaller() async throws {
        struct Unreadable: Error {}
        await #expect(throws: Unreadable.self) { try await BlockingWork.run { throw Unreadable() } }
    }
}

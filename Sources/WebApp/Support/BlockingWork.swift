import Foundation

/// Work that blocks (a subprocess, a socket) or holds a core for long (reading
/// and extracting a document), run on a thread of its own. Swift concurrency
/// runs on the server's event loops (see `dondoc`'s main.swift), so such work
/// awaited in place would stall every connection served by that loop.
enum BlockingWork {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            Thread.detachNewThread {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}

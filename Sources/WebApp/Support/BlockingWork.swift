import Vapor

/// Work that blocks (a subprocess, a socket) or holds a core for long (reading
/// and extracting a document), run on threads of its own. Swift concurrency
/// runs on the server's event loops (see `dondoc`'s main.swift), so such work
/// awaited in place would stall every connection served by that loop; and not
/// on SQLiteNIO's thread pool either, whose few threads answer every query.
/// A fixed pool: a burst of uploads queues here instead of starting a thread
/// (and a pdftotext) each.
enum BlockingWork {
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 4)
        pool.start()
        return pool
    }()

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }
}

import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import SQLKit

/// Where the data lives: one SQLite file in the data folder by default, or
/// the PostgreSQL server that DATABASE_URL names.
public enum DatabaseLocation: Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public static func choose(environment: [String: String], dataDirectory: String) -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], url.hasPrefix("postgres") {
            return .postgres(url: url)
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("dondoc.sqlite"))
    }

    public var id: DatabaseID {
        switch self {
        case .sqlite: return .sqlite
        case .postgres: return .psql
        }
    }

    public func factory() throws -> DatabaseConfigurationFactory {
        switch self {
        case .sqlite(let path):
            return .sqlite(.file(path))
        case .postgres(let url):
            return try .postgres(url: url)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .postgres: return "PostgreSQL"
        }
    }

    /// SQLite settings: WAL lets readers go on while one writer writes, and a
    /// busy timeout makes a second writer wait instead of failing. journal_mode
    /// is stored in the file; the others belong to each connection, and the
    /// SQLite driver keeps one connection per event loop, so each gets them here.
    public func tune(_ databases: Databases, on group: any EventLoopGroup, logger: Logger) async throws {
        guard case .sqlite = self else { return }
        for loop in group.makeIterator() {
            guard let db = databases.database(id, logger: logger, on: loop) else { continue }
            try await db.withConnection { connection in
                let sql = connection as! any SQLDatabase
                return Self.sqlitePragmas.reduce(connection.eventLoop.makeSucceededVoidFuture()) { done, pragma in
                    done.flatMap { sql.raw(SQLQueryString(pragma)).run() }
                }
            }.get()
        }
    }

    /// The default page cache (2 MB) holds a sliver of the task indexes, so
    /// every list and report went back to the kernel for pages (measured by
    /// scripts/bench-web.sh as system time). Mapping the file and a larger
    /// cache keep the indexes in the process.
    static let sqlitePragmas = [
        "PRAGMA busy_timeout = 5000",
        "PRAGMA journal_mode = WAL",
        "PRAGMA cache_size = -65536",     // 64 MB per connection
        "PRAGMA mmap_size = 1073741824",  // up to 1 GB of the file mapped
        "PRAGMA temp_store = MEMORY",
    ]
}

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
    /// is stored in the file; busy_timeout belongs to each connection, and the
    /// SQLite driver keeps one connection per event loop, so each gets it here.
    public func tune(_ databases: Databases, on group: any EventLoopGroup, logger: Logger) async throws {
        guard case .sqlite = self else { return }
        for loop in group.makeIterator() {
            guard let db = databases.database(id, logger: logger, on: loop) else { continue }
            try await db.withConnection { connection in
                let sql = connection as! any SQLDatabase
                return sql.raw("PRAGMA busy_timeout = 5000").run().flatMap {
                    sql.raw("PRAGMA journal_mode = WAL").run()
                }
            }.get()
        }
    }
}

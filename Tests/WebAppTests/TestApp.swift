import Fluent
import FluentPostgresDriver
import Foundation
import LegalCalendar
import SQLKit
import Testing
import Tracking
import VaporTesting
@testable import WebApp

/// A running dondoc on a real database: a fresh SQLite file in a temporary
/// folder, or, when DONDOC_TEST_POSTGRES_URL is set, that PostgreSQL database
/// emptied first. The demo district is loaded and each role has a token.
struct TestApp {
    let app: Application
    let tokens: [String: String]
    /// The data folder, and where a batch command finds the same database.
    let dataDirectory: String
    var commandEnvironment: [String: String] { Self.postgresURL.map { ["DATABASE_URL": $0] } ?? [:] }
    let today = CivilDate(year: 2026, month: 11, day: 15)!

    static let postgresURL = ProcessInfo.processInfo.environment["DONDOC_TEST_POSTGRES_URL"]
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path + "/"
    }

    static func run(clock: any DayClock = FixedDayClock(CivilDate(year: 2026, month: 11, day: 15)!),
                    keepAnswers: Bool = true,
                    _ test: (TestApp) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dondoc-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location: DatabaseLocation
        if let url = postgresURL {
            try await emptyPostgres(url)
            location = .postgres(url: url)
        } else {
            location = .sqlite(path: folder + "/dondoc.sqlite")
        }
        var settings = AppSettings(dataDirectory: folder, database: location, clock: clock)
        settings.keepAnswers = keepAnswers
        try await Application.configured(.testing, settings,
                                         directory: DirectoryConfiguration(workingDirectory: repositoryRoot)) { app in
            app.passwords.use(.bcrypt(cost: 4))  // the real cost is slow on purpose; tests log in often
            let logins = try await DemoData.load(into: app, corpus: false)
            var tokens: [String: String] = [:]
            for login in logins {
                tokens[login.username] = try await token(app, login.username)
            }
            try await test(TestApp(app: app, tokens: tokens, dataDirectory: folder))
            // Whatever the scenario wrote, the report tally must have followed it.
            let drift = try await ReportTally.drift(on: app.db)
            #expect(drift.isEmpty, "report tally out of step: \(drift)")
            // And every coordinator row must still carry its task's list-order keys.
            let keys = try await CoordinatorListKeys.drift(on: app.db)
            #expect(keys.isEmpty, "coordinator rows with stale list keys: \(keys)")
        }
    }

    private static func token(_ app: Application, _ username: String) async throws -> String {
        struct Token: Decodable { let token: String }
        let response = try await app.testing().sendRequest(.POST, "api/v1/tokens", beforeRequest: { request in
            try request.content.encode(["username": username, "password": DemoData.password])
        })
        return try response.content.decode(Token.self).token
    }

    /// Drops every table of the test database so each test starts from nothing.
    private static func emptyPostgres(_ url: String) async throws {
        let app = try await Application.make(.testing)
        app.databases.use(try .postgres(url: url), as: .psql)
        do {
            let sql = app.db as! any SQLDatabase
            try await sql.raw("DROP SCHEMA public CASCADE").run()
            try await sql.raw("CREATE SCHEMA public").run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    // MARK: requests as a user

    func send(_ method: HTTPMethod, _ path: String, as user: String?, json: (any Encodable & Sendable)? = nil) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(method, path, beforeRequest: { request in
            if let user, let token = tokens[user] { request.headers.bearerAuthorization = .init(token: token) }
            if let json { try request.content.encode(AnyEncodable(json), as: .json) }
        })
    }

    /// Signs in through the login form, as a browser does, and returns the session cookie.
    func browserSession(as user: String) async throws -> String {
        let form = try await app.testing().sendRequest(.GET, "login", beforeRequest: { $0.headers.add(name: .accept, value: "text/html") })
        let cookie = try #require(form.headers.setCookie?[SessionKeys.cookie])
        let html = form.body.string
        let csrf = try #require(html.range(of: "name=\"_csrf\" value=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
        let signedIn = try await app.testing().sendRequest(.POST, "login", beforeRequest: { request in
            request.headers.cookie = [SessionKeys.cookie: cookie]
            request.headers.add(name: .accept, value: "text/html")
            try request.content.encode(["username": user, "password": DemoData.password, "_csrf": csrf], as: .urlEncodedForm)
        })
        try #require(signedIn.status == .seeOther)
        return cookie.string
    }

    /// The HTML of a page, fetched with a browser session.
    func page(_ path: String, session: String) async throws -> String {
        let response = try await app.testing().sendRequest(.GET, path, beforeRequest: { request in
            request.headers.cookie = [SessionKeys.cookie: .init(string: session)]
            request.headers.add(name: .accept, value: "text/html")
        })
        try #require(response.status == .ok)
        return response.body.string
    }

    func tasks(as user: String, query: String = "") async throws -> [TaskRow] {
        try await send(.GET, "api/v1/tasks" + query, as: user).content.decode([TaskRow].self)
    }

    func detail(_ id: UUID, as user: String = "lanhdao") async throws -> TaskDetail {
        try await send(.GET, "api/v1/tasks/\(id)", as: user).content.decode(TaskDetail.self)
    }

    /// The demo task that a unit leads, found by a word of its text.
    func task(ledBy unitName: String, containing word: String) async throws -> TaskRow {
        let rows = try await tasks(as: "lanhdao")
        return try #require(rows.first { $0.leadUnitName == unitName && $0.title.contains(word) })
    }
}

struct AnyEncodable: Encodable, Sendable {
    let value: any Encodable & Sendable
    init(_ value: any Encodable & Sendable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

/// All app tests run one at a time: on PostgreSQL they share one database.
@Suite(.serialized) struct AppTests {}

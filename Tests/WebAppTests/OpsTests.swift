import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import WebApp

extension AppTests {
    @Suite struct OpsTests {
        /// Only paths under Public's folders are looked up on disk; they are
        /// served as files, anything else goes to the routes.
        @Test func stylesAndScriptsAreServedFromPublic() async throws {
            try await TestApp.run { t in
                let style = try await t.send(.GET, "css/app.css", as: nil)
                #expect(style.status == .ok)
                #expect(style.headers.contentType?.subType == "css")
                #expect(try await t.send(.GET, "js/app.js", as: nil).status == .ok)
                #expect(try await t.send(.GET, "css/none.css", as: nil).status == .notFound)
                #expect(try await t.send(.GET, "health", as: nil).status == .ok)
            }
        }

        @Test func healthMetricsAndTheOpenAPIDocumentArePublic() async throws {
            try await TestApp.run { t in
                let health = try await t.send(.GET, "health", as: nil)
                #expect(health.status == .ok)
                #expect(health.body.string.contains("\"ok\""))

                _ = try await t.tasks(as: "lanhdao")
                let metrics = try await t.send(.GET, "metrics", as: nil)
                #expect(metrics.headers.contentType?.subType == "plain")
                #expect(metrics.body.string.contains("dondoc_http_requests_total{route=\"/api/v1/tasks\",method=\"GET\",status=\"200\"}"))
                #expect(metrics.body.string.contains("dondoc_tasks{state=\"chua_thuc_hien\"} 7"))

                struct OpenAPI: Decodable { let openapi: String; let paths: [String: [String: Operation]] }
                struct Operation: Decodable { let summary: String? }
                let spec = try await t.send(.GET, "api/openapi.json", as: nil).content.decode(OpenAPI.self)
                #expect(spec.openapi.hasPrefix("3."))
                #expect(spec.paths["/api/v1/tasks/{taskID}/extensions"]?["post"]?.summary == "requestExtension")
                let apiRoutes = t.app.routes.all.filter { $0.path.first?.description == "api" }
                #expect(spec.paths.values.map(\.count).reduce(0, +) == apiRoutes.count)
            }
        }

        @Test func theTaskCountsOfMetricsFollowAWriteAtOnce() async throws {
            try await TestApp.run { t in
                func scraped(_ state: String) async throws -> String? {
                    let body = try await t.send(.GET, "metrics", as: nil).body.string
                    return body.split(separator: "\n").first { $0.hasPrefix("dondoc_tasks{state=\"\(state)\"}") }.map(String.init)
                }
                #expect(try await scraped("cho_xac_nhan") == nil)
                let before = try await scraped("chua_thuc_hien")
                // Kept between scrapes until a write: a completion report moves one task.
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc",
                                         json: ReportInputBody(completed: true, text: "Đã xong.")).status == .ok)
                #expect(try await scraped("cho_xac_nhan") == "dondoc_tasks{state=\"cho_xac_nhan\"} 1")
                #expect(try await scraped("chua_thuc_hien") != before)
            }
        }

        @Test func sqliteRunsInWriteAheadLogModeWithABusyTimeout() async throws {
            guard TestApp.postgresURL == nil else { return }
            try await TestApp.run { t in
                let sql = t.app.db as! any SQLDatabase
                let mode = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
                #expect(mode == "wal")
                let timeout = try await sql.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self)
                #expect(timeout == 5000)
            }
        }
    }
}

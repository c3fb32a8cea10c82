import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// Every route × every role. The table below is the specification; the
    /// test fails if a route exists that the table does not mention, so a new
    /// route cannot ship without someone deciding who may call it.
    @Suite struct AccessMatrixTests {
        static let everyone: Set<String> = ["vanthu", "lanhdao", "stc", "quantri"]
        static let publicRoutes: Set<String> = [
            "GET /health", "GET /metrics", "GET /api/openapi.json",
            "GET /login", "POST /login", "POST /logout", "POST /api/v1/tokens", "GET /",
        ]
        /// Who may call each protected route, on a task that Sở Tài chính (user stc) leads.
        static let allowed: [String: Set<String>] = [
            "GET /api/v1/me": everyone,
            "GET /api/v1/tasks": everyone,
            "GET /api/v1/inbox": everyone,
            "POST /api/v1/tasks": ["vanthu", "quantri"],
            "GET /api/v1/tasks/:taskID": everyone,
            "PATCH /api/v1/tasks/:taskID": ["vanthu", "lanhdao", "quantri"],
            "POST /api/v1/tasks/:taskID/reassign": ["lanhdao", "quantri"],
            "POST /api/v1/tasks/:taskID/reports": ["stc", "quantri"],
            "GET /api/v1/tasks/:taskID/occurrences": everyone,
            "POST /api/v1/tasks/:taskID/occurrences/:occurrenceID/reports": ["stc", "quantri"],
            "POST /api/v1/tasks/:taskID/occurrences/:occurrenceID/extensions": ["stc", "quantri"],
            "POST /api/v1/tasks/:taskID/completion": ["lanhdao", "quantri"],
            "GET /api/v1/reports/:reportID/evidence": everyone,
            "POST /api/v1/tasks/:taskID/extensions": ["stc", "quantri"],
            "POST /api/v1/extensions/:extensionID/decision": ["lanhdao", "quantri"],
            "GET /api/v1/units": everyone,
            "POST /api/v1/units": ["quantri"],
            "POST /api/v1/units/:unitID/aliases": ["vanthu", "quantri"],
            "GET /api/v1/units/:unitID": ["quantri"],
            "PUT /api/v1/units/:unitID": ["quantri"],
            "DELETE /api/v1/units/:unitID/aliases": ["quantri"],
            "GET /api/v1/units/:unitID/handover": ["quantri"],
            "POST /api/v1/units/:unitID/handover": ["quantri"],
            "GET /admin/units": ["quantri"],
            "GET /admin/units/new": ["quantri"],
            "POST /admin/units": ["quantri"],
            "GET /admin/units/:unitID": ["quantri"],
            "GET /admin/units/:unitID/edit": ["quantri"],
            "POST /admin/units/:unitID": ["quantri"],
            "POST /admin/units/:unitID/aliases": ["quantri"],
            "POST /admin/units/:unitID/aliases/remove": ["quantri"],
            "POST /admin/units/:unitID/handover": ["quantri"],
            "GET /api/v1/users": ["quantri"],
            "POST /api/v1/users": ["quantri"],
            "GET /api/v1/audit": ["quantri"],
            "GET /api/v1/calendar/overrides": everyone,
            "POST /api/v1/calendar/overrides": ["quantri"],
            "POST /api/v1/documents": ["vanthu", "quantri"],
            "GET /api/v1/documents": ["vanthu", "lanhdao", "quantri"],
            "GET /api/v1/documents/:documentID": ["vanthu", "lanhdao", "quantri"],
            "GET /api/v1/documents/:documentID/original": ["vanthu", "lanhdao", "quantri"],
            "POST /api/v1/documents/:documentID/confirm": ["vanthu", "quantri"],
            "POST /api/v1/documents/:documentID/proposals/merge": ["vanthu", "quantri"],
            "POST /api/v1/documents/:documentID/proposals/split": ["vanthu", "quantri"],
            "GET /documents": ["vanthu", "lanhdao", "quantri"],
            "GET /documents/new": ["vanthu", "quantri"],
            "POST /documents": ["vanthu", "quantri"],
            "GET /documents/:documentID": ["vanthu", "lanhdao", "quantri"],
            "POST /documents/:documentID/confirm": ["vanthu", "quantri"],
            "POST /documents/:documentID/merge": ["vanthu", "quantri"],
            "POST /documents/:documentID/split": ["vanthu", "quantri"],
            "GET /tasks": everyone,
            "GET /inbox": everyone,
            "GET /tasks/:taskID": everyone,
            "POST /tasks/:taskID/reports": ["stc", "quantri"],
            "POST /tasks/:taskID/extensions": ["stc", "quantri"],
            "POST /tasks/:taskID/completion": ["lanhdao", "quantri"],
            "POST /extensions/:extensionID/decision": ["lanhdao", "quantri"],
            "GET /reports": ["vanthu", "lanhdao", "quantri"],
            "GET /reports/tasks": ["vanthu", "lanhdao", "quantri"],
            "GET /reports/download": ["vanthu", "lanhdao", "quantri"],
            "GET /api/v1/reports": ["vanthu", "lanhdao", "quantri"],
            "GET /dashboard": ["vanthu", "lanhdao", "quantri"],
            "GET /reminders/dispatch/:unitID": ["vanthu", "quantri"],
            "GET /notifications": everyone,
            "POST /notifications/read": everyone,
            "GET /api/v1/notifications": everyone,
            "POST /api/v1/users/:userID/email": ["quantri"],
            "GET /api/v1/users/:userID": ["quantri"],
            "PATCH /api/v1/users/:userID": ["quantri"],
            "POST /api/v1/users/:userID/password": ["quantri"],
            "POST /api/v1/users/:userID/deactivate": ["quantri"],
            "POST /api/v1/users/:userID/reactivate": ["quantri"],
            "DELETE /api/v1/calendar/overrides/:overrideID": ["quantri"],
            "POST /tasks/:taskID/reassign": ["lanhdao", "quantri"],
            "GET /admin": ["quantri"],
            "GET /admin/users": ["quantri"],
            "POST /admin/users": ["quantri"],
            "GET /admin/users/:userID": ["quantri"],
            "POST /admin/users/:userID": ["quantri"],
            "POST /admin/users/:userID/password": ["quantri"],
            "POST /admin/users/:userID/deactivate": ["quantri"],
            "POST /admin/users/:userID/reactivate": ["quantri"],
            "GET /admin/calendar": ["quantri"],
            "POST /admin/calendar": ["quantri"],
            "POST /admin/calendar/overrides/:overrideID/delete": ["quantri"],
        ]

        static func key(_ route: Route) -> String {
            "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
        }

        @Test func everyRouteIsInTheTableAndEveryProtectedRouteNamesItsAction() async throws {
            try await TestApp.run { t in
                for route in t.app.routes.all {
                    let key = Self.key(route)
                    #expect(Self.publicRoutes.contains(key) || Self.allowed[key] != nil, "route \(key) is missing from the access table")
                    #expect(Self.publicRoutes.contains(key) || route.access != nil, "route \(key) does not go through Authorization")
                }
            }
        }

        @Test func eachRoleReachesExactlyTheRoutesTheTableGivesIt() async throws {
            try await TestApp.run { t in
                let fixture = try await Fixture.make(t)
                for route in t.app.routes.all {
                    let key = Self.key(route)
                    guard let allowed = Self.allowed[key] else { continue }
                    for role in Self.everyone.union(["skhcn"]).sorted() {
                        let status = try await t.send(route.method, fixture.path(route), as: role).status
                        let refused = status == .forbidden || status == .unauthorized
                        // skhcn is a unit member whose unit has nothing to do with the task.
                        let taskBound = [":taskID", ":extensionID", ":reportID"].contains { key.contains($0) }
                        let expected = role == "skhcn" ? (allowed.contains("stc") && !taskBound) : allowed.contains(role)
                        #expect(refused == !expected, "\(role) \(key) answered \(status.code)")
                    }
                    #expect(try await t.send(route.method, fixture.path(route), as: nil).status == .unauthorized, "anonymous \(key)")
                }
            }
        }

        @Test func aUnitMemberCanNeitherReadNorChangeAnotherUnitsTask() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                #expect(try await t.send(.GET, "api/v1/tasks/\(task.id)", as: "skhcn").status == .forbidden)
                let report = ReportInputBody(completed: true, text: "Không phải việc của tôi")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "skhcn", json: report).status == .forbidden)
                #expect(try await t.detail(task.id).reports.isEmpty)
                #expect(try await t.tasks(as: "skhcn").allSatisfy { $0.id != task.id })
            }
        }
    }

    /// The ids that fill route parameters: a task led by Sở Tài chính and a
    /// pending extension on it.
    struct Fixture {
        let taskID: UUID
        let extensionID: UUID
        let unitID: UUID
        let documentID: UUID
        let reportID: UUID

        static func make(_ t: TestApp) async throws -> Fixture {
            let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
            let asked = try await t.send(.POST, "api/v1/tasks/\(task.id)/extensions", as: "stc",
                                         json: ExtensionBody(reason: "Cần thêm thời gian", requestedDeadline: "2026-12-15"))
            var report = ReportInputBody(completed: false, text: "Đang tổng hợp số liệu.")
            report.evidenceFileName = "so-lieu.txt"
            report.evidence = Data("Thu ngân sách 10 tháng".utf8)
            let reported = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: report)
            return Fixture(taskID: task.id, extensionID: try asked.content.decode(Created.self).id,
                           unitID: try #require(task.leadUnitID), documentID: try #require(task.documentID),
                           reportID: try reported.content.decode(Created.self).id)
        }

        func path(_ route: Route) -> String {
            route.path.map { component -> String in
                switch component.description {
                case ":taskID": return taskID.uuidString
                case ":extensionID": return extensionID.uuidString
                case ":unitID": return unitID.uuidString
                case ":documentID": return documentID.uuidString
                case ":reportID": return reportID.uuidString
                case ":occurrenceID": return UUID().uuidString  // the demo has no recurring duty: access is judged on the task
                default: return component.description
                }
            }.joined(separator: "/")
        }
    }
}

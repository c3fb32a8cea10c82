import Foundation
import Testing
import VaporTesting
@testable import WebApp

extension AppTests {
    @Suite struct AuthTests {
        @Test func theSixthWrongPasswordInFifteenMinutesIsRefusedEvenIfRight() async throws {
            try await TestApp.run { t in
                for _ in 1...5 {
                    let wrong = try await login(t, "stc", "sai-mat-khau")
                    #expect(wrong.status == .unauthorized)
                    #expect(try wrong.content.decode(ErrorBody.self).error == "Tên đăng nhập hoặc mật khẩu không đúng.")
                }
                let right = try await login(t, "stc", DemoData.password)
                #expect(right.status == .tooManyRequests)
                #expect(try await login(t, "skhcn", DemoData.password).status == .ok)  // other users are not locked out
            }
        }

        @Test func requestsWithoutAValidTokenAreUnauthorised() async throws {
            try await TestApp.run { t in
                #expect(try await t.send(.GET, "api/v1/tasks", as: nil).status == .unauthorized)
                let forged = try await t.app.testing().sendRequest(.GET, "api/v1/tasks", beforeRequest: { request in
                    request.headers.bearerAuthorization = .init(token: "not-a-token")
                })
                #expect(forged.status == .unauthorized)
            }
        }

        @Test func aBrowserFormWithoutTheSessionTokenIsRefused() async throws {
            try await TestApp.run { t in
                let page = try await t.app.testing().sendRequest(.GET, "login", beforeRequest: { $0.headers.add(name: .accept, value: "text/html") })
                let cookie = try #require(page.headers.setCookie?[SessionKeys.cookie])
                let html = page.body.string
                let token = try #require(html.range(of: "name=\"_csrf\" value=\"").map { html[$0.upperBound...].prefix { $0 != "\"" } })

                func submit(csrf: String?) async throws -> TestingHTTPResponse {
                    try await t.app.testing().sendRequest(.POST, "login", beforeRequest: { request in
                        request.headers.cookie = [SessionKeys.cookie: cookie]
                        request.headers.add(name: .accept, value: "text/html")
                        var form = ["username": "lanhdao", "password": DemoData.password]
                        if let csrf { form["_csrf"] = csrf }
                        try request.content.encode(form, as: .urlEncodedForm)
                    })
                }
                #expect(try await submit(csrf: nil).status == .forbidden)
                #expect(try await submit(csrf: "doan-bua").status == .forbidden)
                let signedIn = try await submit(csrf: String(token))
                #expect(signedIn.status == .seeOther)
                #expect(signedIn.headers.first(name: .location) == "/tasks")

                let list = try await t.app.testing().sendRequest(.GET, "tasks", beforeRequest: { request in
                    request.headers.cookie = [SessionKeys.cookie: cookie]
                    request.headers.add(name: .accept, value: "text/html")
                })
                #expect(list.status == .ok)
                #expect(list.body.string.contains("Danh sách nhiệm vụ"))
            }
        }

        @Test func theAuditLogCanBeReadButHasNoRouteToChangeIt() async throws {
            try await TestApp.run { t in
                let auditRoutes = t.app.routes.all.filter { $0.path.contains { $0.description == "audit" } }
                #expect(!auditRoutes.isEmpty)
                #expect(auditRoutes.allSatisfy { $0.method == .GET })
                let entries = try await t.send(.GET, "api/v1/audit", as: "quantri")
                #expect(entries.status == .ok)
                #expect(entries.body.string.contains("tao_nhiem_vu"))
                #expect(try await t.send(.GET, "api/v1/audit", as: "lanhdao").status == .forbidden)
            }
        }

        private func login(_ t: TestApp, _ username: String, _ password: String) async throws -> TestingHTTPResponse {
            try await t.app.testing().sendRequest(.POST, "api/v1/tokens", beforeRequest: { request in
                try request.content.encode(["username": username, "password": password])
            })
        }
    }
}

import FluentKit
import Foundation
import SQLKit
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// Who a cookie or a token stands for is kept between requests until this
    /// server writes (`IdentityCache`). These show that it is kept (a change
    /// this server did not make goes unseen for a moment), and that any write
    /// through the gate drops it at once.
    @Suite struct IdentityCacheTests {
        @Test func aSessionsUserIsKeptUntilTheServerNextWrites() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "stc")
                #expect(try await t.open("inbox", session: session).status == .ok)

                // Another process locks the account behind this server's back.
                try await lock("stc", on: t.app.db)
                #expect(try await t.open("inbox", session: session).status == .ok)  // kept, at most IdentityCache.lifetime

                try await t.app.dondoc.gate.write(on: t.app.db) { _ in }
                let after = try await t.open("inbox", session: session)
                #expect(after.status == .seeOther)
                #expect(after.location == "/login")
            }
        }

        @Test func aTokensUserIsKeptUntilTheServerNextWrites() async throws {
            try await TestApp.run { t in
                #expect(try await t.send(.GET, "api/v1/inbox", as: "stc").status == .ok)
                try await lock("stc", on: t.app.db)
                #expect(try await t.send(.GET, "api/v1/inbox", as: "stc").status == .ok)

                try await t.app.dondoc.gate.write(on: t.app.db) { _ in }
                #expect(try await t.send(.GET, "api/v1/inbox", as: "stc").status == .unauthorized)
            }
        }

        @Test func signingOutEndsTheSessionAtOnce() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "lanhdao")
                #expect(try await t.open("tasks", session: session).status == .ok)
                let out = try await t.submit("logout", [], session: session)
                #expect(out.location == "/login")
                #expect(try await t.open("tasks", session: session).location == "/login")
            }
        }

        @Test func aRenamedUnitReachesTheListsPickerAtOnce() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "vanthu")
                #expect(!(try await t.page("tasks", session: session)).contains("Phòng Thử Đổi Tên"))
                let id = try #require(try await t.tasks(as: "lanhdao").compactMap(\.leadUnitID).first)
                let unit = try await t.send(.GET, "api/v1/units/\(id)", as: "quantri").content.decode(UnitFields.self)
                let renamed = try await t.send(.PUT, "api/v1/units/\(id)", as: "quantri",
                                               json: UnitFields(code: unit.code, name: "Phòng Thử Đổi Tên", parentID: unit.parentID))
                #expect(renamed.status == .ok)
                #expect(try await t.page("tasks", session: session).contains("Phòng Thử Đổi Tên"))
            }
        }

        private func lock(_ username: String, on db: any Database) async throws {
            try await (db as! any SQLDatabase).raw("UPDATE users SET active = \(bind: false) WHERE username = \(bind: username)").run()
        }
    }
}

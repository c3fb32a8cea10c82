import Fluent
import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The administrator's unit pages: the tree, a unit's page and its forms.
    @Suite struct UnitAdminPageTests {
        /// A browser signed in as the administrator, posting forms with the session's token.
        struct Browser {
            let t: TestApp
            let session: String
            let csrf: String

            init(_ t: TestApp) async throws {
                self.t = t
                session = try await t.browserSession(as: "quantri")
                let html = try await t.page("admin/units", session: session)
                csrf = try #require(html.range(of: "name=\"_csrf\" value=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
            }

            func post(_ path: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
                try await t.app.testing().sendRequest(.POST, path, beforeRequest: { request in
                    request.headers.cookie = [SessionKeys.cookie: .init(string: session)]
                    request.headers.add(name: .accept, value: "text/html")
                    try request.content.encode(fields.merging(["_csrf": csrf]) { a, _ in a }, as: .urlEncodedForm)
                })
            }
        }

        static func unit(_ t: TestApp, _ name: String) async throws -> UUID {
            try await UnitHandOverTests.unit(t, name)
        }

        @Test func theTreeIndentsUnitsUnderTheirParentsAndMarksEndedOnes() async throws {
            try await TestApp.run { t in
                let browser = try await Browser(t)
                let html = try await t.page("admin/units", session: browser.session)
                let province = try #require(html.range(of: ">UBND tỉnh Quảng Trị</a>"))
                let finance = try #require(html.range(of: ">Sở Tài chính</a>"))
                #expect(province.lowerBound < finance.lowerBound)
                #expect(html.contains("depth-1") && html.contains("depth-2"))
                #expect(html.contains("chuyển giao cho UBND xã Cam Lộ"))  // the abolished district
            }
        }

        @Test func unitsCaughtInAParentLoopFromOldDataStillAppearInTheTree() async throws {
            try await TestApp.run { t in
                // The forms refuse such a loop; an imported file could still carry one.
                let a = try #require(try await UnitRecord.query(on: t.app.db).filter(\.$code == "so-xay-dung").first())
                let b = try #require(try await UnitRecord.query(on: t.app.db).filter(\.$code == "so-tai-chinh").first())
                a.$parent.id = try b.requireID()
                b.$parent.id = try a.requireID()
                try await a.update(on: t.app.db)
                try await b.update(on: t.app.db)
                let html = try await t.page("admin/units", session: try await Browser(t).session)
                #expect(html.contains(">Sở Xây dựng</a>") && html.contains(">Sở Tài chính</a>"))
            }
        }

        @Test func aUnitsPageShowsItsNamesAndWhatAHandOverWouldMove() async throws {
            try await TestApp.run { t in
                let browser = try await Browser(t)
                let finance = try await Self.unit(t, "Sở Tài chính")
                let html = try await t.page("admin/units/\(finance)", session: browser.session)
                #expect(html.contains("Sáp nhập, chuyển giao"))
                #expect(html.contains("nhiệm vụ chủ trì"))
                #expect(html.contains("Đỗ Quang Vinh"))  // its member, to move after a merger
                #expect(try await t.page("admin/units/\(finance)/edit", session: browser.session).contains("value=\"so-tai-chinh\""))
                #expect(try await t.page("admin/units/new", session: browser.session).contains("Thêm đơn vị"))
            }
        }

        @Test func aliasesAreAddedAndRemovedAndADuplicateIsRefused() async throws {
            try await TestApp.run { t in
                let browser = try await Browser(t)
                let finance = try await Self.unit(t, "Sở Tài chính")
                #expect(try await browser.post("admin/units/\(finance)/aliases", ["alias": "STC tỉnh"]).status == .seeOther)
                let duplicate = try await browser.post("admin/units/\(finance)/aliases", ["alias": "stc TỈNH"])
                #expect(duplicate.status == .unprocessableEntity || duplicate.status == .conflict)
                #expect(duplicate.body.string.contains("đã là tên hoặc tên gọi khác của Sở Tài chính"))
                let taken = try await browser.post("admin/units/\(finance)/aliases", ["alias": "Sở Xây dựng"])
                #expect(taken.body.string.contains("đã là tên gọi của Sở Xây dựng"))
                #expect(try await browser.post("admin/units/\(finance)/aliases/remove", ["alias": "STC tỉnh"]).status == .seeOther)
                let html = try await t.page("admin/units/\(finance)", session: browser.session)
                #expect(!html.contains("STC tỉnh"))
            }
        }

        @Test func formsShowTheReasonWhenTheyAreRefused() async throws {
            try await TestApp.run { t in
                let browser = try await Browser(t)
                let finance = try await Self.unit(t, "Sở Tài chính")
                let created = try await browser.post("admin/units", ["code": "so-moi", "name": "Sở Thử Nghiệm", "parentID": finance.uuidString,
                                                                     "validFrom": "01/07/2025", "aliases": "STN\nSở TN"])
                #expect(created.status == .seeOther)
                let newID = try #require(created.headers.first(name: .location).flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
                let looped = try await browser.post("admin/units/\(finance)", ["code": "so-tai-chinh", "name": "Sở Tài chính", "parentID": newID.uuidString])
                #expect(looped.status == .unprocessableEntity)
                #expect(looped.body.string.contains("vòng lặp"))
                let backwards = try await browser.post("admin/units/\(newID)", ["code": "so-moi", "name": "Sở Thử Nghiệm",
                                                                               "validFrom": "2025-07-01", "validTo": "30/06/2025"])
                #expect(backwards.body.string.contains("không được trước ngày bắt đầu hiệu lực"))
                let itself = try await browser.post("admin/units/\(newID)/handover", ["successorID": newID.uuidString, "lastDay": "2026-11-15"])
                #expect(itself.body.string.contains("không thể là chính đơn vị này"))
                let noDate = try await browser.post("admin/units/\(newID)/handover", ["successorID": finance.uuidString, "lastDay": "hôm qua"])
                #expect(noDate.body.string.contains("không đúng dạng ngày"))

                let handed = try await browser.post("admin/units/\(finance)/handover", ["successorID": newID.uuidString, "lastDay": "15/11/2026"])
                #expect(handed.status == .ok)
                #expect(handed.body.string.contains("Đã chuyển giao"))
                #expect(handed.body.string.contains("Đỗ Quang Vinh"))
            }
        }

        @Test func unitMembersAndClerksCannotReachTheUnitPages() async throws {
            try await TestApp.run { t in
                let finance = try await Self.unit(t, "Sở Tài chính")
                for user in ["stc", "vanthu", "lanhdao"] {
                    #expect(try await t.send(.GET, "admin/units", as: user).status == .forbidden)
                    #expect(try await t.send(.POST, "api/v1/units/\(finance)/handover", as: user,
                                             json: UnitHandOverTests.HandOver(successorID: finance, lastDay: "2026-11-15")).status == .forbidden)
                }
            }
        }
    }
}

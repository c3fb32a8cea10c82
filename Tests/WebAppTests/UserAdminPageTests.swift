import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The administration pages, driven as a browser drives them: a session
    /// cookie and the form's CSRF token.
    @Suite struct UserAdminPageTests {
        @Test func theHubLinksUsersUnitsAndCalendarAndOnlyAdministratorsSeeIt() async throws {
            try await TestApp.run { t in
                let admin = try await t.browserSession(as: "quantri")
                let hub = try await t.page("admin", session: admin)
                for link in ["href=\"/admin/users\"", "href=\"/admin/units\"", "href=\"/admin/calendar\""] {
                    #expect(hub.contains(link))
                }
                #expect(try await t.page("tasks", session: admin).contains("<a href=\"/admin\">Quản trị</a>"))

                for role in ["vanthu", "stc"] {
                    let session = try await t.browserSession(as: role)
                    #expect(try await !t.page("tasks", session: session).contains("href=\"/admin\""))
                    for path in ["admin", "admin/users", "admin/calendar"] {
                        #expect(try await t.open(path, session: session).status == .forbidden, "\(role) \(path)")
                    }
                }
            }
        }

        @Test func anAdministratorAddsAUserThroughTheForm() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "quantri")
                let finance = try await t.unitID("Sở Tài chính")
                let created = try await t.submit("admin/users", [
                    ("displayName", "Lê Thị Hoa"), ("username", "lehoa"), ("password", "hoa-2026-stc"),
                    ("role", "don_vi"), ("unitID", finance.uuidString), ("email", ""),
                ], session: session)
                #expect(created.status == .seeOther)
                let user = try await t.user("lehoa")
                #expect(created.location == "/admin/users/\(user.id)?done=created")
                #expect(user.unitName == "Sở Tài chính")
                #expect(user.email == nil)
                #expect(try await t.page("admin/users/\(user.id)?done=created", session: session).contains("Đã thêm người dùng."))
                let list = try await t.page("admin/users", session: session)
                #expect(list.contains("Lê Thị Hoa"))
                #expect(list.contains("lehoa"))
                #expect(try await t.signIn("lehoa", "hoa-2026-stc").status == .ok)
            }
        }

        @Test func aRefusedFormIsShownAgainWithItsMessageAndChangesNothing() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "quantri")
                let before = try await t.users().count
                let short = try await t.submit("admin/users", [
                    ("displayName", "Lê Thị Hoa"), ("username", "lehoa"), ("password", "ngan"), ("role", "van_thu"), ("unitID", ""),
                ], session: session)
                #expect(short.status == .unprocessableEntity)
                #expect(short.body.string.contains("Mật khẩu cần ít nhất 8 ký tự."))
                #expect(short.body.string.contains("value=\"lehoa\""))  // what was typed is kept...
                #expect(!short.body.string.contains("value=\"ngan\""))  // ...except the password

                let noUnit = try await t.submit("admin/users", [
                    ("displayName", "Lê Thị Hoa"), ("username", "lehoa"), ("password", "du-tam-ky-tu"), ("role", "don_vi"), ("unitID", ""),
                ], session: session)
                #expect(noUnit.status == .unprocessableEntity)
                #expect(noUnit.body.string.contains("Cán bộ đơn vị phải thuộc một đơn vị: xin chọn đơn vị."))

                let duplicate = try await t.submit("admin/users", [
                    ("displayName", "Người khác"), ("username", "VANTHU"), ("password", "du-tam-ky-tu"), ("role", "van_thu"),
                ], session: session)
                #expect(duplicate.status == .unprocessableEntity)
                #expect(duplicate.body.string.contains("Tên đăng nhập vanthu đã có người dùng."))

                let me = try await t.user("quantri")
                let clerk = try await t.user("vanthu")
                let demoted = try await t.submit("admin/users/\(clerk.id)", [
                    ("displayName", "Nguyễn Thị Lan"), ("role", "don_vi"), ("unitID", ""), ("email", "lan@ubnd.test"),
                ], session: session)
                #expect(demoted.status == .unprocessableEntity)
                #expect(demoted.body.string.contains("Cán bộ đơn vị phải thuộc một đơn vị: xin chọn đơn vị."))
                #expect(demoted.body.string.contains("value=\"lan@ubnd.test\""))  // what was typed is shown again
                #expect(try await t.user("vanthu").role == .clerk)
                #expect(try await t.user("vanthu").email == nil)

                let selfLock = try await t.submit("admin/users/\(me.id)/deactivate", [], session: session)
                #expect(selfLock.status == .unprocessableEntity)
                #expect(selfLock.body.string.contains("Bạn không thể tự khóa tài khoản của chính mình."))
                #expect(try await !t.page("admin/users/\(me.id)", session: session).contains("Khóa tài khoản</button>"))

                let forged = try await t.submit("admin/users", [
                    ("displayName", "Giả mạo"), ("username", "giamao"), ("password", "du-tam-ky-tu"), ("role", "quan_tri"),
                ], session: session, csrf: false)
                #expect(forged.status == .forbidden)

                #expect(try await t.users().count == before)
                #expect(try await t.user("quantri").active)
            }
        }

        @Test func anAdministratorEditsResetsAndLocksAUserAndTheirSessionEnds() async throws {
            try await TestApp.run { t in
                let admin = try await t.browserSession(as: "quantri")
                let unitSession = try await t.browserSession(as: "stc")
                #expect(try await t.open("inbox", session: unitSession).status == .ok)
                let stc = try await t.user("stc")
                let science = try await t.unitID("Sở Khoa học và Công nghệ")

                let edited = try await t.submit("admin/users/\(stc.id)", [
                    ("displayName", "Đỗ Quang Vinh"), ("role", "don_vi"), ("unitID", science.uuidString), ("email", "vinh@ubnd.test"),
                ], session: admin)
                #expect(edited.location == "/admin/users/\(stc.id)?done=saved")
                let now = try await t.user("stc")
                #expect(now.displayName == "Đỗ Quang Vinh")
                #expect(now.unitName == "Sở Khoa học và Công nghệ")
                #expect(now.email == "vinh@ubnd.test")

                let reset = try await t.submit("admin/users/\(stc.id)/password", [("password", "vinh-moi-2026")], session: admin)
                #expect(reset.location == "/admin/users/\(stc.id)?done=password")
                #expect(try await t.signIn("stc", "vinh-moi-2026").status == .ok)
                // The session opened with the old password has ended.
                let afterReset = try await t.open("inbox", session: unitSession)
                #expect(afterReset.status == .seeOther)
                #expect(afterReset.location == "/login")

                let again = try await t.submit("login", [("username", "stc"), ("password", "vinh-moi-2026")], session: unitSession)
                #expect(again.status == .seeOther)
                let locked = try await t.submit("admin/users/\(stc.id)/deactivate", [], session: admin)
                #expect(locked.location == "/admin/users/\(stc.id)?done=locked")
                #expect(try await t.open("inbox", session: unitSession).location == "/login")
                let page = try await t.page("admin/users/\(stc.id)", session: admin)
                #expect(page.contains("Đã khóa."))
                #expect(page.contains("Mở lại tài khoản"))

                let refused = try await t.submit("login", [("username", "stc"), ("password", "vinh-moi-2026")], session: unitSession)
                #expect(refused.status == .unauthorized)
                #expect(refused.body.string.contains("Tên đăng nhập hoặc mật khẩu không đúng."))

                #expect(try await t.submit("admin/users/\(stc.id)/reactivate", [], session: admin).location == "/admin/users/\(stc.id)?done=unlocked")
                #expect(try await t.user("stc").active)
            }
        }
    }
}

import Fluent
import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

/// A user as GET /api/v1/users lists them.
struct UserOut: Decodable {
    let id: UUID
    let username: String
    let displayName: String
    let role: UserRole
    let unitID: UUID?
    let unitName: String?
    let email: String?
    let active: Bool
}

struct NewUserBody: Encodable, Sendable {
    var username: String
    var displayName: String
    var password: String
    var role: String
    var unitID: UUID?
    var email: String?
}

extension TestApp {
    func users() async throws -> [UserOut] {
        try await send(.GET, "api/v1/users", as: "quantri").content.decode([UserOut].self)
    }

    func user(_ username: String) async throws -> UserOut {
        try #require(try await users().first { $0.username == username })
    }

    func unitID(_ name: String) async throws -> UUID {
        let units = try await send(.GET, "api/v1/units", as: "quantri").content.decode([UnitOut].self)
        return try #require(units.first { $0.name == name }).id
    }

    /// Asks for an API token; the status says whether the password was accepted.
    func signIn(_ username: String, _ password: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.POST, "api/v1/tokens", beforeRequest: { request in
            try request.content.encode(["username": username, "password": password])
        })
    }
}

extension AppTests {
    /// The administrator manages users through the API: create, edit,
    /// password, lock; every change is in the audit log, no password hash is.
    @Suite struct UserAdminAPITests {
        @Test func anAdministratorCreatesAUnitMemberWhoCanSignIn() async throws {
            try await TestApp.run { t in
                let finance = try await t.unitID("Sở Tài chính")
                let body = NewUserBody(username: " TranBinh ", displayName: "Trần Văn Bình", password: "mat-khau-moi-1",
                                       role: "don_vi", unitID: finance, email: "binh@stc.test")
                let created = try await t.send(.POST, "api/v1/users", as: "quantri", json: body)
                #expect(created.status == .ok)
                let user = try await t.user("tranbinh")  // stored trimmed and in lower case
                #expect(user.id == (try created.content.decode(Created.self).id))
                #expect(user.role == .unitMember)
                #expect(user.unitName == "Sở Tài chính")
                #expect(user.email == "binh@stc.test")
                #expect(user.active)
                #expect(try await t.signIn("tranbinh", "mat-khau-moi-1").status == .ok)
                #expect(try await t.signIn("tranbinh", "sai-mat-khau").status == .unauthorized)
            }
        }

        @Test func anAdministratorChangesRoleUnitNameAndEmail() async throws {
            try await TestApp.run { t in
                let stc = try await t.user("stc")
                let science = try await t.unitID("Sở Khoa học và Công nghệ")
                let moved = try await t.send(.PATCH, "api/v1/users/\(stc.id)", as: "quantri",
                                             json: ["unitID": science.uuidString, "email": "vinh@skhcn.test"])
                #expect(moved.status == .noContent)
                var now = try await t.user("stc")
                #expect(now.unitName == "Sở Khoa học và Công nghệ")
                #expect(now.email == "vinh@skhcn.test")
                #expect(now.displayName == stc.displayName)  // what was not sent stays

                let promoted = try await t.send(.PATCH, "api/v1/users/\(stc.id)", as: "quantri",
                                                json: ["role": "lanh_dao", "displayName": "Đỗ Quang Vinh (Phó Giám đốc)", "email": ""])
                #expect(promoted.status == .noContent)
                now = try await t.user("stc")
                #expect(now.role == .leader)
                #expect(now.unitID == nil)  // a leader belongs to no unit
                #expect(now.email == nil)
                #expect(now.displayName == "Đỗ Quang Vinh (Phó Giám đốc)")
                // The new role takes effect on the same token: a leader may decide, not report.
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let report = ReportInputBody(completed: false, text: "Đang làm")
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc", json: report).status == .forbidden)

                let audit = try await t.send(.GET, "api/v1/audit", as: "quantri").body.string
                #expect(audit.contains("sua_nguoi_dung"))
            }
        }

        @Test func aResetPasswordReplacesTheOldOneAndEndsTheUsersTokens() async throws {
            try await TestApp.run { t in
                let stc = try await t.user("stc")
                #expect(try await t.send(.GET, "api/v1/inbox", as: "stc").status == .ok)
                let reset = try await t.send(.POST, "api/v1/users/\(stc.id)/password", as: "quantri", json: ["password": "mat-khau-2026-moi"])
                #expect(reset.status == .noContent)
                #expect(try await t.signIn("stc", DemoData.password).status == .unauthorized)
                #expect(try await t.signIn("stc", "mat-khau-2026-moi").status == .ok)
                #expect(try await t.send(.GET, "api/v1/inbox", as: "stc").status == .unauthorized)  // the old token is gone
            }
        }

        @Test func aLockedUserCannotSignInNorUseAnEarlierTokenEvenAfterUnlocking() async throws {
            try await TestApp.run { t in
                let stc = try await t.user("stc")
                #expect(try await t.send(.POST, "api/v1/users/\(stc.id)/deactivate", as: "quantri").status == .noContent)
                #expect(try await t.user("stc").active == false)
                #expect(try await t.send(.GET, "api/v1/inbox", as: "stc").status == .unauthorized)
                let refused = try await t.signIn("stc", DemoData.password)
                #expect(refused.status == .unauthorized)
                #expect(try refused.content.decode(ErrorBody.self).error == "Tên đăng nhập hoặc mật khẩu không đúng.")

                #expect(try await t.send(.POST, "api/v1/users/\(stc.id)/reactivate", as: "quantri").status == .noContent)
                #expect(try await t.signIn("stc", DemoData.password).status == .ok)
                #expect(try await t.send(.GET, "api/v1/inbox", as: "stc").status == .unauthorized)  // not revived

                let audit = try await t.send(.GET, "api/v1/audit", as: "quantri").body.string
                #expect(audit.contains("khoa_nguoi_dung"))
                #expect(audit.contains("mo_khoa_nguoi_dung"))
            }
        }

        @Test func theAuditLogNeverHoldsAPasswordHash() async throws {
            try await TestApp.run { t in
                let body = NewUserBody(username: "kiemtra", displayName: "Kiểm tra", password: "mat-khau-kiem-tra", role: "van_thu")
                let id = try await t.send(.POST, "api/v1/users", as: "quantri", json: body).content.decode(Created.self).id
                _ = try await t.send(.POST, "api/v1/users/\(id)/password", as: "quantri", json: ["password": "mat-khau-khac-han"])
                _ = try await t.send(.PATCH, "api/v1/users/\(id)", as: "quantri", json: ["displayName": "Kiểm tra lại"])
                _ = try await t.send(.POST, "api/v1/users/\(id)/deactivate", as: "quantri")
                let hash = try #require(try await UserRecord.find(id, on: t.app.db)?.passwordHash)
                let entries = try await AuditRecord.query(on: t.app.db).filter(\.$entityID == id).sort(\.$at).all()
                #expect(entries.map(\.action) == ["tao_nguoi_dung", "dat_lai_mat_khau", "sua_nguoi_dung", "khoa_nguoi_dung"])
                for entry in entries {
                    let logged = (entry.beforeJSON ?? "") + (entry.afterJSON ?? "")
                    #expect(!logged.contains(hash))
                    #expect(!logged.contains("$2"))  // no bcrypt hash of any kind
                    #expect(!logged.contains("mat-khau"))
                }
            }
        }

        @Test func badInputIsRefusedInVietnameseAndChangesNothing() async throws {
            try await TestApp.run { t in
                let before = try await t.users()
                let finance = try await t.unitID("Sở Tài chính")
                func refused(_ method: HTTPMethod, _ path: String, _ body: (any Encodable & Sendable)?,
                             _ status: HTTPStatus, _ message: String) async throws {
                    let response = try await t.send(method, path, as: "quantri", json: body)
                    #expect(response.status == status, "\(path)")
                    #expect(try response.content.decode(ErrorBody.self).error == message)
                }
                try await refused(.POST, "api/v1/users", NewUserBody(username: "stc", displayName: "Trùng tên", password: "du-tam-ky-tu",
                                                                      role: "don_vi", unitID: finance),
                                  .conflict, "Tên đăng nhập stc đã có người dùng.")
                try await refused(.POST, "api/v1/users", NewUserBody(username: "ngan", displayName: "Mật khẩu ngắn", password: "1234567",
                                                                      role: "van_thu"),
                                  .unprocessableEntity, "Mật khẩu cần ít nhất 8 ký tự.")
                try await refused(.POST, "api/v1/users", NewUserBody(username: "khongdonvi", displayName: "Không đơn vị",
                                                                      password: "du-tam-ky-tu", role: "don_vi"),
                                  .unprocessableEntity, "Cán bộ đơn vị phải thuộc một đơn vị: xin chọn đơn vị.")
                try await refused(.POST, "api/v1/users", NewUserBody(username: "Nguyễn Văn A", displayName: "Có dấu",
                                                                      password: "du-tam-ky-tu", role: "van_thu"),
                                  .unprocessableEntity,
                                  "Tên đăng nhập \"nguyễn văn a\" chỉ được gồm chữ không dấu, chữ số và các dấu . _ - (tối đa 64 ký tự).")
                try await refused(.POST, "api/v1/users", NewUserBody(username: "thu", displayName: "Thư sai", password: "du-tam-ky-tu",
                                                                      role: "van_thu", email: "khong-phai-dia-chi"),
                                  .unprocessableEntity, "Địa chỉ thư điện tử \"khong-phai-dia-chi\" không hợp lệ.")

                let admin = try await t.user("quantri")
                try await refused(.POST, "api/v1/users/\(admin.id)/deactivate", nil,
                                  .unprocessableEntity, "Bạn không thể tự khóa tài khoản của chính mình.")
                try await refused(.PATCH, "api/v1/users/\(admin.id)", ["role": "van_thu"],
                                  .unprocessableEntity, "Bạn không thể tự bỏ quyền quản trị của chính mình.")
                let clerk = try await t.user("vanthu")
                try await refused(.PATCH, "api/v1/users/\(clerk.id)", ["role": "don_vi"],
                                  .unprocessableEntity, "Cán bộ đơn vị phải thuộc một đơn vị: xin chọn đơn vị.")
                try await refused(.POST, "api/v1/users/\(clerk.id)/password", ["password": "ngan"],
                                  .unprocessableEntity, "Mật khẩu cần ít nhất 8 ký tự.")
                try await refused(.PATCH, "api/v1/users/\(UUID())", ["displayName": "Không có ai"],
                                  .notFound, "Không tìm thấy người dùng.")

                let after = try await t.users()
                #expect(after.map(\.username) == before.map(\.username))
                #expect(after.map(\.role) == before.map(\.role))
                #expect(after.allSatisfy { $0.active })
                #expect(try await t.signIn("vanthu", DemoData.password).status == .ok)
            }
        }

        @Test func theOpenAPIDescriptionListsAndDescribesTheUserOperations() async throws {
            try await TestApp.run { t in
                struct Description: Decodable { let paths: [String: [String: AnyDecodable]] }
                struct AnyDecodable: Decodable { init(from decoder: any Decoder) throws {} }
                let paths = try await t.app.testing().sendRequest(.GET, "api/openapi.json").content.decode(Description.self).paths
                #expect(paths["/api/v1/users/{userID}"]?.keys.sorted() == ["get", "patch"])
                for path in ["/api/v1/users/{userID}/password", "/api/v1/users/{userID}/deactivate", "/api/v1/users/{userID}/reactivate"] {
                    #expect(paths[path]?.keys.sorted() == ["post"], "\(path)")
                }
                #expect(paths["/api/v1/calendar/overrides/{overrideID}"]?.keys.sorted() == ["delete"])
                struct Operation: Decodable { let description: String? }
                struct Described: Decodable { let paths: [String: [String: Operation]] }
                let described = try await t.app.testing().sendRequest(.GET, "api/openapi.json").content.decode(Described.self).paths
                #expect(described["/api/v1/users"]?["post"]?.description?.contains("password (8 characters or more)") == true)
                #expect(described["/api/v1/tasks/{taskID}/reassign"]?["post"]?.description?.contains("supportUnitIDs") == true)
            }
        }
    }
}

import Foundation
import LegalCalendar
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension TestApp {
    func overrides(as user: String = "quantri") async throws -> [DayOverrideEntry] {
        try await send(.GET, "api/v1/calendar/overrides", as: user).content.decode([DayOverrideEntry].self)
    }
}

extension AppTests {
    /// The administrator's overrides of the working calendar, and deadlines
    /// counted on it from the next request on.
    @Suite struct CalendarAdminTests {
        /// A letter of our own: the report is due "within 5 working days of
        /// signing", signed on Friday 13/11/2026.
        static let letter = """
            ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG TRỊ                            Độc lập - Tự do - Hạnh phúc

            Số: 5120/UBND-TH                   Quảng Trị, ngày 13 tháng 11 năm 2026
            V/v báo cáo tình hình giải ngân vốn đầu tư công

            Kính gửi: Sở Tài chính.

            UBND tỉnh có ý kiến như sau:
            1. Sở Tài chính tổng hợp tình hình giải ngân vốn đầu tư công của các chủ đầu tư, báo cáo UBND tỉnh trong thời hạn 05 ngày làm việc kể từ ngày ký.

            Yêu cầu Sở Tài chính nghiêm túc triển khai thực hiện./.
            """

        struct Draft: Decodable { let id: UUID }
        struct Detail: Decodable { let proposals: [NewTask] }

        func proposedDeadline(_ t: TestApp) async throws -> String? {
            let draft = try await t.send(.POST, "api/v1/documents", as: "vanthu", json: ["text": Self.letter]).content.decode(Draft.self)
            let detail = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
            return try #require(detail.proposals.first).deadline?.iso
        }

        @Test func aWorkingDayDeadlineMovesAsSoonAsADayOffIsDeclared() async throws {
            try await TestApp.run { t in
                #expect(try await proposedDeadline(t) == "2026-11-20")  // Mon 16 … Fri 20
                let session = try await t.browserSession(as: "quantri")
                let added = try await t.submit("admin/calendar", [("date", "18/11/2026"), ("kind", "off"), ("name", "Nghỉ bù ngày bầu cử")],
                                               session: session)
                #expect(added.status == .seeOther)
                #expect(try await proposedDeadline(t) == "2026-11-23")  // Wednesday 18 no longer counts

                let override = try #require(try await t.overrides().first)
                let removed = try await t.submit("admin/calendar/overrides/\(override.id)/delete", [], session: session)
                #expect(removed.location == "/admin/calendar?year=2026")
                #expect(try await proposedDeadline(t) == "2026-11-20")
            }
        }

        @Test func theCalendarPageShowsTheNationalDaysAndTheOfficesOverrides() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "quantri")
                let added = try await t.submit("admin/calendar", [("date", "24/11/2026"), ("kind", "off"), ("name", "Ngày Văn hóa Việt Nam")],
                                               session: session)
                #expect(added.location == "/admin/calendar?year=2026")
                let page = try await t.page("admin/calendar?year=2026", session: session)
                #expect(page.contains("Quốc khánh"))              // a national holiday the calendar knows
                #expect(page.contains("Tết Nguyên đán"))
                #expect(page.contains("Thứ Ba, 24/11/2026"))
                #expect(page.contains("Ngày Văn hóa Việt Nam"))
                let overrides = try await t.overrides(as: "stc")
                #expect(overrides.map(\.day) == [DayOverride(date: .init(year: 2026, month: 11, day: 24)!, isWorkingDay: false, name: "Ngày Văn hóa Việt Nam")])
                #expect(page.contains("action=\"/admin/calendar/overrides/\(try #require(overrides.first).id)/delete\""))
                let other = try await t.page("admin/calendar?year=2027", session: session)
                #expect(!other.contains("24/11/2026"))  // overrides are listed in their own year
            }
        }

        @Test func aBadOverrideIsRefusedAndChangesNothing() async throws {
            try await TestApp.run { t in
                let session = try await t.browserSession(as: "quantri")
                let badDay = try await t.submit("admin/calendar", [("date", "11/24/2026"), ("kind", "off"), ("name", "Ngày Văn hóa Việt Nam")],
                                                session: session)
                #expect(badDay.status == .unprocessableEntity)
                #expect(badDay.body.string.contains("Ngày &quot;11/24/2026&quot; không đúng dạng ngày/tháng/năm (ví dụ 30/11/2026)."))
                #expect(badDay.body.string.contains("value=\"Ngày Văn hóa Việt Nam\""))
                let noReason = try await t.submit("admin/calendar", [("date", "24/11/2026"), ("kind", "off"), ("name", " ")], session: session)
                #expect(noReason.status == .unprocessableEntity)
                #expect(noReason.body.string.contains("Cần ghi lý do (tên ngày nghỉ hoặc ngày làm bù)."))
                let badKind = try await t.submit("admin/calendar", [("date", "24/11/2026"), ("kind", "le"), ("name", "Ngày Văn hóa Việt Nam")],
                                                 session: session)
                #expect(badKind.status == .unprocessableEntity)
                #expect(badKind.body.string.contains("Xin chọn &quot;Cơ quan nghỉ&quot; hoặc &quot;Cơ quan làm việc&quot;."))
                #expect(try await t.overrides().isEmpty)
            }
        }

        @Test func theAPIRemovesAnOverrideAndTheAuditKeepsIt() async throws {
            try await TestApp.run { t in
                let workedSaturday = DayOverride(date: .init(year: 2026, month: 11, day: 21)!, isWorkingDay: true, name: "Làm bù cho ngày 23/11")
                #expect(try await t.send(.POST, "api/v1/calendar/overrides", as: "quantri", json: workedSaturday).status == .noContent)
                let id = try #require(try await t.overrides().first).id
                #expect(try await t.send(.DELETE, "api/v1/calendar/overrides/\(id)", as: "lanhdao").status == .forbidden)
                #expect(try await t.send(.DELETE, "api/v1/calendar/overrides/\(id)", as: "quantri").status == .noContent)
                #expect(try await t.overrides().isEmpty)
                let again = try await t.send(.DELETE, "api/v1/calendar/overrides/\(id)", as: "quantri")
                #expect(again.status == .notFound)
                #expect(try again.content.decode(ErrorBody.self).error == "Không tìm thấy điều chỉnh lịch.")
                let audit = try await t.send(.GET, "api/v1/audit", as: "quantri").body.string
                #expect(audit.contains("bo_dieu_chinh_lich"))
            }
        }
    }
}

import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The document register: search without diacritics, task counts that
    /// agree with the task list, and a document page that shows the header
    /// and links the documents it cites.
    @Suite struct DocumentRegisterTests {
        static let plan = """
            ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                      Độc lập - Tự do - Hạnh phúc
            Số: 88/KH-UBND                          Quảng Trị, ngày 02 tháng 3 năm 2026

            KẾ HOẠCH
            Rà soát hồ sơ địa chính và cấp giấy chứng nhận quyền sử dụng đất đai năm 2026

            1. Sở Nông nghiệp và Môi trường chủ trì rà soát hồ sơ địa chính, hoàn thành trước ngày 30/6/2026.

            Nơi nhận:
            - Sở Nông nghiệp và Môi trường;
            - Lưu: VT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Hoàng Nam
            """

        static let dispatch = """
            ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                      Độc lập - Tự do - Hạnh phúc
            Số: 905/UBND-KT                         Quảng Trị, ngày 10 tháng 9 năm 2026
            V/v triển khai Kế hoạch số 88/KH-UBND ngày 02/3/2026

            Kính gửi:
            - Sở Tài chính;
            - Sở Xây dựng.

            Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2026 của UBND tỉnh, Chủ tịch UBND tỉnh yêu cầu:
            1. Sở Tài chính tham mưu bố trí kinh phí thực hiện, báo cáo UBND tỉnh trước ngày 30/10/2026.
            2. Sở Xây dựng rà soát quy hoạch các khu dân cư, hoàn thành trước ngày 15/12/2026.

            Nơi nhận:
            - Như trên;
            - Lưu: VT, KT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Hoàng Nam
            """

        struct Draft: Decodable { let id: UUID }
        struct Detail: Decodable { let proposals: [NewTask] }

        @Test func theRegisterFindsADocumentWithoutDiacriticsAndCountsItsTasks() async throws {
            try await TestApp.run { t in
                let plan = try await upload(Self.plan, t)
                let dispatch = try await upload(Self.dispatch, t)
                let proposals = try await t.send(.GET, "api/v1/documents/\(dispatch)", as: "vanthu").content.decode(Detail.self).proposals
                #expect(proposals.count == 2)
                let confirmed = try await t.send(.POST, "api/v1/documents/\(dispatch)/confirm", as: "vanthu",
                                                 json: ConfirmBody(tasks: proposals, aliases: nil))
                #expect(confirmed.status == .ok)

                // "dat dai" finds the plan, whose subject says "đất đai"; not the dispatch.
                let found = try await t.send(.GET, "api/v1/documents?q=dat%20dai", as: "vanthu").content.decode([DocumentListing].self)
                #expect(found.map(\.id) == [plan])
                #expect(found.first?.state == .draft)

                // On 15/11/2026 the finance task (due 30/10) is overdue, the other is not yet.
                let all = try await t.send(.GET, "api/v1/documents", as: "vanthu").content.decode([DocumentListing].self)
                let listing = try #require(all.first { $0.id == dispatch })
                #expect((listing.taskCount, listing.openCount, listing.doneCount, listing.overdueCount) == (2, 2, 0, 1))
                #expect(listing.number == "905/UBND-KT")
                let overdue = try await t.tasks(as: "vanthu", query: "?document=\(dispatch)&status=chua_hoan_thanh_qua_han")
                #expect(overdue.count == listing.overdueCount)

                let session = try await t.browserSession(as: "vanthu")
                let register = try await t.page("/documents?q=dat+dai", session: session)
                #expect(register.contains("88/KH-UBND"))
                #expect(!register.contains("905/UBND-KT"))
                let everything = try await t.page("/documents", session: session)
                #expect(everything.contains("/tasks?document=\(dispatch)&amp;status=chua_hoan_thanh_qua_han") ||
                        everything.contains("/tasks?document=\(dispatch)&status=chua_hoan_thanh_qua_han"))
                #expect(everything.contains("1 quá hạn"))
            }
        }

        @Test func theDocumentPageShowsItsHeaderAndLinksTheDocumentsItCites() async throws {
            try await TestApp.run { t in
                let plan = try await upload(Self.plan, t)
                let dispatch = try await upload(Self.dispatch, t)
                let session = try await t.browserSession(as: "lanhdao")
                let html = try await t.page("/documents/\(dispatch)", session: session)
                #expect(html.contains("Thông tin văn bản"))
                #expect(html.contains("905/UBND-KT"))
                #expect(html.contains("Sở Tài chính"))  // Kính gửi
                #expect(html.contains("10/09/2026"))
                #expect(html.contains("Văn bản dẫn chiếu"))
                #expect(html.contains("href=\"/documents/\(plan.uuidString)\">88/KH-UBND</a>"))
                // The plan cites nothing registered, and does not link to itself.
                let own = try await t.page("/documents/\(plan)", session: session)
                #expect(!own.contains("href=\"/documents/\(plan.uuidString)\""))
            }
        }

        @Test func aSearchWithNothingToSearchForFindsNothingRatherThanEverything() async throws {
            try await TestApp.run { t in
                _ = try await upload(Self.plan, t)
                let found = try await t.send(.GET, "api/v1/documents?q=%20%2C%20", as: "vanthu").content.decode([DocumentListing].self)
                #expect(found.isEmpty)
            }
        }

        private func upload(_ text: String, _ t: TestApp) async throws -> UUID {
            let response = try await t.send(.POST, "api/v1/documents", as: "vanthu", json: ["text": text])
            try #require(response.status == .ok)
            return try response.content.decode(Draft.self).id
        }
    }
}

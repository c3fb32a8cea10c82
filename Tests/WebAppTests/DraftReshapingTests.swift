import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The clerk merges and splits the proposals of a draft, through the API
    /// and through the review page, on a notice of our corpus (07: a
    /// provincial notice on disbursing public investment, nine items).
    @Suite struct DraftReshapingTests {
        struct Detail: Decodable {
            struct Summary: Decodable { let state: String }
            let summary: Summary
            let text: String
            let proposals: [DraftProposal]
        }
        struct Draft: Decodable { let id: UUID }
        struct Entry: Decodable { let action: String; let entityID: UUID; let before: String?; let after: String? }

        /// An uploaded draft and what the tests need of it.
        struct Notice {
            let t: TestApp
            let id: UUID
            let units: [UnitOut]

            static func upload(_ t: TestApp, file: String = "07_tb_tinh_giai_ngan_von.txt") async throws -> Notice {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: TestApp.repositoryRoot + "Fixtures/corpus/docs/" + file))
                let uploaded = try await t.send(.POST, "api/v1/documents", as: "vanthu",
                                                json: ["fileName": file, "contentBase64": bytes.base64EncodedString()])
                try #require(uploaded.status == .ok)
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                return Notice(t: t, id: try uploaded.content.decode(Draft.self).id, units: units)
            }

            func detail() async throws -> Detail {
                try await t.send(.GET, "api/v1/documents/\(id)", as: "vanthu").content.decode(Detail.self)
            }

            func unit(_ name: String) throws -> UUID { try #require(units.first { $0.name == name }).id }

            /// The proposal whose text starts with `opening`.
            func proposal(_ opening: String, in detail: Detail) throws -> DraftProposal {
                try #require(detail.proposals.first { $0.task.text.hasPrefix(opening) }, "no proposal starts with \(opening)")
            }

            func merge(_ ids: [UUID]) async throws -> TestingHTTPResponse {
                try await t.send(.POST, "api/v1/documents/\(id)/proposals/merge", as: "vanthu", json: ["proposals": ids])
            }

            func split(_ proposal: UUID, at offsets: [Int]) async throws -> TestingHTTPResponse {
                struct Body: Encodable { let proposal: UUID; let at: [Int] }
                return try await t.send(.POST, "api/v1/documents/\(id)/proposals/split", as: "vanthu", json: Body(proposal: proposal, at: offsets))
            }

            func audit(_ action: AuditAction) async throws -> [Entry] {
                try await t.send(.GET, "api/v1/audit?limit=1000", as: "quantri").content.decode([Entry].self)
                    .filter { $0.action == action.rawValue && $0.entityID == id }
            }
        }

        static func offset(of fragment: String, in text: String) throws -> Int {
            let range = try #require(text.range(of: fragment))
            return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        }

        @Test func mergingKeepsEveryPassageTheFirstLeadAndTheEarliestDeadline() async throws {
            try await TestApp.run { t in
                let notice = try await Notice.upload(t)
                let before = try await notice.detail()
                #expect(before.proposals.count == 9)
                let finance = try notice.proposal("Sở Tài chính chủ trì", in: before)
                let settlement = try notice.proposal("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng", in: before)
                let auction = try notice.proposal("Trung tâm Phát triển quỹ đất", in: before)

                // Chosen out of order and not adjacent: items 4, 2 and 7.
                let response = try await notice.merge([settlement.id, finance.id, auction.id])
                #expect(response.status == .ok)
                let after = try response.content.decode(Detail.self)
                #expect(after.proposals.count == 7)
                let merged = try #require(after.proposals.first { $0.task.pieces.count == 3 })
                #expect(merged.task.text == [finance, settlement, auction].map(\.task.text).joined(separator: " "))
                #expect(merged.task.pieces == [finance, settlement, auction].flatMap(\.task.pieces))
                #expect(merged.task.leadUnitID == (try notice.unit("Sở Tài chính")))
                #expect(merged.task.supportUnitIDs == [try notice.unit("Kho bạc Nhà nước khu vực XI"),
                                                      try notice.unit("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"),
                                                      try notice.unit("Trung tâm Phát triển quỹ đất tỉnh")])
                #expect(merged.task.deadline?.iso == "2025-09-30")
                #expect(merged.task.deadlineText == "hoàn thành trong quý III/2025")
                #expect(merged.task.milestones?.map(\.date.iso) == ["2025-09-30", "2025-11-30", "2025-12-31"])
                // Still in the order of the text: the merged task stands where its first passage is.
                #expect(after.proposals[1].id == merged.id)
                let starts = after.proposals.compactMap(\.task.pieces.first?.start)
                #expect(starts == starts.sorted())

                // Stored with the draft, not in a session: another reading sees it.
                let reloaded = try await notice.detail()
                #expect(reloaded.proposals.map(\.id) == after.proposals.map(\.id))
                let entries = try await notice.audit(.mergeProposals)
                #expect(entries.count == 1)
                #expect(entries.first?.before?.contains(finance.id.uuidString) == true)
                #expect(entries.first?.after?.contains(merged.id.uuidString) == true)

                // Confirming creates the merged task with its three passages.
                let confirmed = try await t.send(.POST, "api/v1/documents/\(notice.id)/confirm", as: "vanthu",
                                                 json: ConfirmBody(tasks: reloaded.proposals.map(\.task), aliases: nil))
                #expect(confirmed.status == .ok)
                let created = try await t.tasks(as: "lanhdao").filter { $0.documentID == notice.id }
                #expect(created.count == 7)
                let task = try #require(created.first { $0.leadUnitName == "Sở Tài chính" })
                #expect(task.deadline == "2025-09-30")
                let detail = try await t.detail(task.id)
                #expect(detail.text == merged.task.text)
                #expect(detail.passages.count == 3)
                #expect(detail.milestones.map(\.date.iso) == ["2025-09-30", "2025-11-30", "2025-12-31"])
                #expect(detail.passages.last?.hasPrefix("Trung tâm Phát triển quỹ đất tỉnh") == true)
                let coordinating = try await t.tasks(as: "lanhdao", query: "?unitID=\(try notice.unit("Kho bạc Nhà nước khu vực XI"))")
                #expect(coordinating.contains { $0.id == task.id })
                let page = try await t.page("tasks/\(task.id)", session: try await t.browserSession(as: "lanhdao"))
                #expect(page.contains("Nhiệm vụ gộp từ 3 đoạn"))
                #expect(page.contains("Các mốc"))
            }
        }

        @Test func theOpenAPIDocumentListsMergeAndSplit() async throws {
            try await TestApp.run { t in
                struct Operation: Decodable { let summary: String?; let description: String? }
                struct OpenAPI: Decodable { let paths: [String: [String: Operation]] }
                let paths = try await t.send(.GET, "api/openapi.json", as: nil).content.decode(OpenAPI.self).paths
                let merge = try #require(paths["/api/v1/documents/{documentID}/proposals/merge"]?["post"])
                let split = try #require(paths["/api/v1/documents/{documentID}/proposals/split"]?["post"])
                #expect(merge.summary == "registerDocument" && split.summary == "registerDocument")
                #expect(merge.description?.contains("\"proposals\"") == true)
                #expect(split.description?.contains("\"at\"") == true)
            }
        }

        @Test func splittingReadsEachPartAgainAndInheritsWhatItDoesNotName() async throws {
            try await TestApp.run { t in
                let notice = try await Notice.upload(t)
                let before = try await notice.detail()
                let inspection = try notice.proposal("Thanh tra tỉnh tổ chức", in: before)
                let cut = try Self.offset(of: "báo cáo Chủ tịch UBND tỉnh kết quả", in: before.text)

                let response = try await notice.split(inspection.id, at: [cut])
                #expect(response.status == .ok)
                let after = try response.content.decode(Detail.self)
                #expect(after.proposals.count == 10)
                let first = try notice.proposal("Thanh tra tỉnh tổ chức", in: after)
                let second = try notice.proposal("báo cáo Chủ tịch UBND tỉnh", in: after)
                let whole = try #require(inspection.task.pieces.first)
                // Each part keeps exactly its piece of the text, trimmed of the space between them.
                #expect(first.task.pieces == [SourceSpan(start: whole.start, end: cut - 1)])
                #expect(second.task.pieces == [SourceSpan(start: cut, end: whole.end)])
                #expect(first.task.text.hasSuffix("dưới 50%;"))
                #expect(second.task.text == "báo cáo Chủ tịch UBND tỉnh kết quả trong tháng 10/2025.")
                // The second part names no body: it inherits the lead; its due date is its own.
                #expect(first.task.leadUnitID == (try notice.unit("Thanh tra tỉnh")))
                #expect(second.task.leadUnitID == (try notice.unit("Thanh tra tỉnh")))
                #expect(second.task.deadline?.iso == "2025-10-31")
                #expect(second.task.deadlineText == "trong tháng 10/2025")
                // The first sets no due date of its own and inherits the whole item's.
                #expect(first.task.deadline?.iso == "2025-10-31")
                #expect(after.proposals.firstIndex { $0.id == first.id }! + 1 == after.proposals.firstIndex { $0.id == second.id }!)
                #expect(try await notice.audit(.splitProposal).count == 1)

                let reloaded = try await notice.detail()
                #expect(reloaded.proposals.map(\.id) == after.proposals.map(\.id))
                let confirmed = try await t.send(.POST, "api/v1/documents/\(notice.id)/confirm", as: "vanthu",
                                                 json: ConfirmBody(tasks: reloaded.proposals.map(\.task), aliases: nil))
                #expect(confirmed.status == .ok)
                let created = try await t.tasks(as: "lanhdao").filter { $0.documentID == notice.id && $0.leadUnitName == "Thanh tra tỉnh" }
                #expect(created.count == 2)
                #expect(Set(created.map(\.deadline)) == ["2025-10-31"])
            }
        }

        @Test func aMergedTaskSplitBackGetsEachPartsOwnLeadAndDeadline() async throws {
            try await TestApp.run { t in
                let notice = try await Notice.upload(t)
                let before = try await notice.detail()
                let finance = try notice.proposal("Sở Tài chính chủ trì", in: before)
                let settlement = try notice.proposal("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng", in: before)
                let merged = try await notice.merge([finance.id, settlement.id]).content.decode(Detail.self)
                let both = try notice.proposal("Sở Tài chính chủ trì", in: merged)
                #expect(both.task.pieces.count == 2)

                let after = try await notice.split(both.id, at: [try #require(settlement.task.pieces.first).start]).content.decode(Detail.self)
                let part = try notice.proposal("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng", in: after)
                #expect(part.task.pieces == settlement.task.pieces)
                #expect(part.task.text == settlement.task.text)
                #expect(part.task.leadUnitID == settlement.task.leadUnitID)
                #expect(part.task.deadline?.iso == "2025-11-30")
                let back = try notice.proposal("Sở Tài chính chủ trì", in: after)
                #expect(back.task.pieces == finance.task.pieces)
                #expect(back.task.deadline?.iso == "2025-09-30")
                #expect(back.task.supportUnitIDs == [try notice.unit("Kho bạc Nhà nước khu vực XI")])
            }
        }

        @Test func badRequestsAreRefusedInVietnameseAndChangeNothing() async throws {
            try await TestApp.run { t in
                let notice = try await Notice.upload(t)
                let other = try await Notice.upload(t, file: "06_tb_xa_phien_hop_thang.md")
                let before = try await notice.detail()
                let foreign = try #require(try await other.detail().proposals.first)
                let inspection = try notice.proposal("Thanh tra tỉnh tổ chức", in: before)
                let passage = try #require(inspection.task.pieces.first)

                let refusals: [(TestingHTTPResponse, String)] = [
                    (try await notice.merge([inspection.id]), "ít nhất hai"),
                    (try await notice.merge([inspection.id, inspection.id]), "ít nhất hai"),
                    (try await notice.merge([inspection.id, foreign.id]), "không thuộc"),
                    (try await notice.split(foreign.id, at: [passage.start + 10]), "không thuộc"),
                    (try await notice.split(inspection.id, at: [passage.end + 5]), "ngoài đoạn"),
                    (try await notice.split(inspection.id, at: [passage.start]), "ngoài đoạn"),
                    (try await notice.split(inspection.id, at: [-3]), "ngoài đoạn"),
                    (try await notice.split(inspection.id, at: []), "Chưa chọn chỗ tách"),
                ]
                for (response, words) in refusals {
                    #expect(response.status == .unprocessableEntity)
                    #expect(try response.content.decode(ErrorBody.self).error.contains(words))
                }
                let unchanged = try await notice.detail()
                #expect(unchanged.proposals.map(\.id) == before.proposals.map(\.id))
                #expect(unchanged.proposals.map(\.task.text) == before.proposals.map(\.task.text))
                #expect(try await notice.audit(.mergeProposals).isEmpty)
                #expect(try await notice.audit(.splitProposal).isEmpty)

                _ = try await t.send(.POST, "api/v1/documents/\(notice.id)/confirm", as: "vanthu",
                                     json: ConfirmBody(tasks: before.proposals.map(\.task), aliases: nil))
                let late = try await notice.merge(before.proposals.prefix(2).map(\.id))
                #expect(late.status == .conflict)
                #expect(try late.content.decode(ErrorBody.self).error.contains("đã được xác nhận"))
                let lateSplit = try await notice.split(inspection.id, at: [passage.start + 10])
                #expect(lateSplit.status == .conflict)
                #expect(try await t.send(.POST, "api/v1/documents/\(UUID())/proposals/merge", as: "vanthu",
                                         json: ["proposals": [inspection.id, foreign.id]]).status == .notFound)
            }
        }

        @Test func theReviewPageMergesAndSplitsThroughItsForm() async throws {
            try await TestApp.run { t in
                let notice = try await Notice.upload(t)
                let session = try await t.browserSession(as: "vanthu")
                let page = try await t.page("documents/\(notice.id)", session: session)
                #expect(page.contains("<h1>Thông báo số 265/TB-UBND"))
                #expect(page.contains("formaction=\"/documents/\(notice.id)/merge\""))
                #expect(page.contains("formaction=\"/documents/\(notice.id)/split\""))
                #expect(page.contains("name=\"tasks[0][pick]\""))
                #expect(page.contains("name=\"tasks[7][splitAt]\""))  // item 8 has two sentences
                #expect(!page.contains("name=\"tasks[3][splitAt]\""))  // item 4 has one
                // The first submit button (the one Enter presses) confirms.
                let form = try #require(page.range(of: "class=\"review\""))
                let firstButton = try #require(page.range(of: "<button type=\"submit\"", range: form.upperBound..<page.endIndex))
                #expect(page[firstButton.upperBound...].hasPrefix(">Xác nhận"))
                // Item 1's lead is a group the directory does not hold.
                #expect(page.contains("Chưa xác định đơn vị chủ trì"))

                let before = try await notice.detail()
                var fields = Self.form(before, csrf: try Self.csrf(page))
                fields["tasks[1][pick]"] = "on"
                fields["tasks[3][pick]"] = "on"
                fields["tasks[5][text]"] = "Sở Xây dựng công bố giá vật liệu xây dựng hằng tháng."  // an edit kept with the merge
                #expect(try await Self.post("documents/\(notice.id)/merge", fields, session: session, on: t).status == .seeOther)
                let merged = try await notice.detail()
                #expect(merged.proposals.count == 8)
                #expect(merged.proposals[1].task.pieces == before.proposals[1].task.pieces + before.proposals[3].task.pieces)
                #expect(merged.proposals.contains { $0.task.text == "Sở Xây dựng công bố giá vật liệu xây dựng hằng tháng." })

                let reread = try await t.page("documents/\(notice.id)", session: session)
                #expect(reread.contains("Gộp từ 2 đoạn"))
                // The merged row can be cut again where its second passage begins.
                let secondPassage = try #require(before.proposals[3].task.pieces.first).start
                #expect(reread.contains("<select name=\"tasks[1][splitAt]\"><option value=\"\(secondPassage)\">"))
                var split = Self.form(merged, csrf: try Self.csrf(reread))
                let index = try #require(merged.proposals.firstIndex { $0.task.text.hasPrefix("Thanh tra tỉnh") })
                split["split"] = String(index)
                split["tasks[\(index)][splitAt]"] = String(try Self.offset(of: "báo cáo Chủ tịch UBND tỉnh kết quả", in: merged.text))
                #expect(try await Self.post("documents/\(notice.id)/split", split, session: session, on: t).status == .seeOther)
                #expect(try await notice.detail().proposals.count == 9)

                // A page opened before the change is stale: its ids are gone, and nothing happens.
                let stale = try await Self.post("documents/\(notice.id)/merge", fields, session: session, on: t)
                #expect(stale.status == .conflict)
                #expect(stale.body.string.contains("tải lại trang"))
                #expect(try await notice.detail().proposals.count == 9)
            }
        }

        @Test func aDocumentWithoutNumberIsHeadedByItsTypeAndSubject() async throws {
            try await TestApp.run { t in
                let notice = try await Notice.upload(t, file: "12_kh_xa_du_thao_utf16.txt")
                let session = try await t.browserSession(as: "vanthu")
                let page = try await t.page("documents/\(notice.id)", session: session)
                let heading = try #require(page.range(of: "<h1>").map { String(page[$0.upperBound...].prefix { $0 != "<" }) })
                #expect(heading.hasPrefix("Kế hoạch chưa có số: "))
                #expect(!heading.contains(".txt"))
            }
        }

        // MARK: the review form as a browser posts it

        /// Every row of the draft as the page shows it, accepted, unedited.
        static func form(_ detail: Detail, csrf: String) -> [String: String] {
            var fields = ["_csrf": csrf]
            for (index, proposal) in detail.proposals.enumerated() {
                fields["tasks[\(index)][id]"] = proposal.id.uuidString
                fields["tasks[\(index)][accept]"] = "on"
                fields["tasks[\(index)][text]"] = proposal.task.text
                fields["tasks[\(index)][leadUnitID]"] = proposal.task.leadUnitID?.uuidString ?? ""
                fields["tasks[\(index)][deadline]"] = proposal.task.deadline?.iso ?? ""
            }
            return fields
        }

        static func csrf(_ html: String) throws -> String {
            try #require(html.range(of: "name=\"_csrf\" value=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
        }

        static func post(_ path: String, _ fields: [String: String], session: String, on t: TestApp) async throws -> TestingHTTPResponse {
            try await t.app.testing().sendRequest(.POST, path, beforeRequest: { request in
                request.headers.cookie = [SessionKeys.cookie: .init(string: session)]
                request.headers.add(name: .accept, value: "text/html")
                try request.content.encode(fields, as: .urlEncodedForm)
            })
        }
    }
}

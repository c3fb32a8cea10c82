import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests.DraftReshapingTests {
    struct Person: Decodable { let id: UUID; let username: String }

    /// Item 8 of the notice as a clerk rewrote it: the inspection as the
    /// document says it, the report due mid-October instead of "trong tháng 10".
    static let rewordedInspection = "Thanh tra tỉnh kiểm tra trách nhiệm người đứng đầu các chủ đầu tư có tỷ lệ giải ngân "
        + "đến ngày 30/9/2025 dưới 50%; báo cáo Chủ tịch UBND tỉnh kết quả kiểm tra trước ngày 15/10/2025."

    static func leader(_ t: TestApp) async throws -> UUID {
        let people = try await t.send(.GET, "api/v1/users", as: "quantri").content.decode([Person].self)
        return try #require(people.first { $0.username == "lanhdao" }).id
    }

    func split(_ notice: Notice, _ proposal: UUID, at offsets: [Int], edited: [DraftProposal]) async throws -> TestingHTTPResponse {
        struct Body: Encodable { let proposal: UUID; let at: [Int]; let edited: [DraftProposal] }
        return try await notice.t.send(.POST, "api/v1/documents/\(notice.id)/proposals/split", as: "vanthu",
                                       json: Body(proposal: proposal, at: offsets, edited: edited))
    }

    @Test func anEditedRowIsSplitInItsEditedWordingKeepingTheClerksChoices() async throws {
        try await TestApp.run { t in
            let notice = try await Notice.upload(t)
            let before = try await notice.detail()
            let leader = try await Self.leader(t)
            var edited = before.proposals
            let index = try #require(edited.firstIndex { $0.task.text.hasPrefix("Thanh tra tỉnh tổ chức") })
            let whole = edited[index]
            edited[index].task.text = Self.rewordedInspection
            edited[index].task.leaderID = leader
            edited[index].task.leadUnitID = try notice.unit("Sở Tài chính")   // the clerk's choice over the text's body
            edited[0].accepted = false                                      // a row not involved, unticked
            let cut = try Self.offset(of: "báo cáo Chủ tịch UBND tỉnh kết quả", in: before.text)

            let response = try await split(notice, whole.id, at: [cut], edited: edited)
            #expect(response.status == .ok)
            let after = try response.content.decode(Detail.self)
            #expect(after.proposals.count == 10)
            let first = try notice.proposal("Thanh tra tỉnh kiểm tra", in: after)
            let second = try notice.proposal("báo cáo Chủ tịch UBND tỉnh kết quả kiểm tra", in: after)
            // Each part is the clerk's wording, cut where the chosen words stand in it.
            #expect(first.task.text == "Thanh tra tỉnh kiểm tra trách nhiệm người đứng đầu các chủ đầu tư có tỷ lệ giải ngân đến ngày 30/9/2025 dưới 50%;")
            #expect(second.task.text == "báo cáo Chủ tịch UBND tỉnh kết quả kiểm tra trước ngày 15/10/2025.")
            // Read again: the reworded due date, not the document's "trong tháng 10/2025"; the part
            // naming none inherits the row as it now reads.
            #expect(second.task.deadline?.iso == "2025-10-15")
            #expect(second.task.deadlineText?.contains("15/10/2025") == true)
            #expect(first.task.deadline?.iso == "2025-10-15")
            // The clerk's unit still applies to the part naming the same body, and to the one naming none.
            #expect(first.task.leadUnitID == (try notice.unit("Sở Tài chính")))
            #expect(second.task.leadUnitID == (try notice.unit("Sở Tài chính")))
            #expect(first.task.leaderID == leader && second.task.leaderID == leader)
            // Passages stay the document's.
            let passage = try #require(whole.task.pieces.first)
            #expect(first.task.pieces == [SourceSpan(start: passage.start, end: cut - 1)])
            #expect(second.task.pieces == [SourceSpan(start: cut, end: passage.end)])
            // Ticks: the parts inherit the row's; the unticked row stays unticked.
            #expect(first.accepted && second.accepted)
            #expect(after.proposals.first { $0.id == before.proposals[0].id }?.accepted == false)
            #expect(try await notice.audit(.splitProposal).count == 1)
        }
    }

    @Test func aSplitPointTheEditedTextNoLongerHasIsRefusedAndNothingChanges() async throws {
        try await TestApp.run { t in
            let notice = try await Notice.upload(t)
            let before = try await notice.detail()
            var edited = before.proposals
            let index = try #require(edited.firstIndex { $0.task.text.hasPrefix("Thanh tra tỉnh tổ chức") })
            edited[index].task.text = "Thanh tra tỉnh kiểm tra các chủ đầu tư giải ngân chậm; gửi kết quả cho UBND tỉnh trong tháng 10/2025."
            let cut = try Self.offset(of: "báo cáo Chủ tịch UBND tỉnh kết quả", in: before.text)

            let response = try await split(notice, edited[index].id, at: [cut], edited: edited)
            #expect(response.status == .unprocessableEntity)
            let message = try response.content.decode(ErrorBody.self).error
            #expect(message.contains("không còn đoạn «báo cáo Chủ tịch UBND tỉnh kết quả"))
            // Nothing stored: not the split, not the edit sent with it.
            let unchanged = try await notice.detail()
            #expect(unchanged.proposals.map(\.id) == before.proposals.map(\.id))
            #expect(unchanged.proposals.map(\.task.text) == before.proposals.map(\.task.text))
            #expect(try await notice.audit(.splitProposal).isEmpty)

            // Words at the start of the edited text would leave the first part empty.
            edited[index].task.text = "báo cáo Chủ tịch UBND tỉnh kết quả kiểm tra trong tháng 10/2025."
            let empty = try await split(notice, edited[index].id, at: [cut], edited: edited)
            #expect(empty.status == .unprocessableEntity)
            #expect(try empty.content.decode(ErrorBody.self).error.contains("mỗi phần"))
        }
    }

    @Test func theReviewPageOffersOnlyTheSplitPointsAnEditedRowStillHas() async throws {
        try await TestApp.run { t in
            struct Merge: Encodable { let proposals: [UUID]; let edited: [DraftProposal] }
            let notice = try await Notice.upload(t)
            let session = try await t.browserSession(as: "vanthu")
            let before = try await notice.detail()
            let cut = try Self.offset(of: "báo cáo Chủ tịch UBND tỉnh kết quả", in: before.text)
            func merging(_ a: Int, _ b: Int, rewording text: String) async throws -> (page: String, row: Int) {
                let current = try await notice.detail()
                var edited = current.proposals
                let row = try #require(edited.firstIndex { $0.task.text.hasPrefix("Thanh tra tỉnh") })
                edited[row].task.text = text
                let merged = try await t.send(.POST, "api/v1/documents/\(notice.id)/proposals/merge", as: "vanthu",
                                              json: Merge(proposals: [current.proposals[a].id, current.proposals[b].id], edited: edited))
                #expect(merged.status == .ok)
                let after = try merged.content.decode(Detail.self)
                return (try await t.page("documents/\(notice.id)", session: session),
                        try #require(after.proposals.firstIndex { $0.task.text == text }))
            }
            // Reworded without the words of its one split point: nothing to offer.
            var (page, row) = try await merging(1, 3, rewording: "Thanh tra tỉnh kiểm tra các chủ đầu tư giải ngân chậm; gửi kết quả cho UBND tỉnh trong tháng 10/2025.")
            #expect(!page.contains("name=\"tasks[\(row)][splitAt]\""))
            // Reworded around them: the point is offered again.
            (page, row) = try await merging(3, 4, rewording: Self.rewordedInspection)
            #expect(page.contains("<select name=\"tasks[\(row)][splitAt]\"><option value=\"\(cut)\">"))
        }
    }

    @Test func ticksSurviveMergesAndSplitsThroughTheReviewPage() async throws {
        try await TestApp.run { t in
            let notice = try await Notice.upload(t)
            let session = try await t.browserSession(as: "vanthu")
            let page = try await t.page("documents/\(notice.id)", session: session)
            let before = try await notice.detail()
            let leader = try await Self.leader(t)
            var fields = Self.form(before, csrf: try Self.csrf(page))
            fields["tasks[0][accept]"] = nil      // rejected, not involved
            fields["tasks[4][pick]"] = "on"
            fields["tasks[6][pick]"] = "on"
            fields["tasks[6][accept]"] = nil      // accepted + rejected
            #expect(try await Self.post("documents/\(notice.id)/merge", fields, session: session, on: t).status == .seeOther)
            var merged = try await notice.detail()
            #expect(merged.proposals.count == 8)
            let both = try #require(merged.proposals.first { $0.task.pieces.count == 2 })
            #expect(!both.accepted, "one of its parts was rejected")
            #expect(merged.proposals.first { $0.id == before.proposals[0].id }?.accepted == false)
            let others = merged.proposals.filter { $0.id != before.proposals[0].id && $0.id != both.id }
            #expect(others.allSatisfy { $0.accepted })
            // Through the API, two accepted parts make an accepted task.
            let api = try await notice.merge([before.proposals[1].id, before.proposals[3].id]).content.decode(Detail.self)
            #expect(api.proposals.first { $0.task.pieces == before.proposals[1].task.pieces + before.proposals[3].task.pieces }?.accepted == true)
            #expect(api.proposals.filter { !$0.accepted }.count == 2)
            merged = api

            let reread = try await t.page("documents/\(notice.id)", session: session)
            #expect(!reread.contains("name=\"tasks[0][accept]\" checked"))
            #expect(reread.contains("name=\"tasks[2][accept]\" checked"))

            // The clerk rewords item 8 on the page, gives it a leader and splits it in the same post.
            var split = Self.form(merged, csrf: try Self.csrf(reread))
            for (i, proposal) in merged.proposals.enumerated() where !proposal.accepted { split["tasks[\(i)][accept]"] = nil }
            let row = try #require(merged.proposals.firstIndex { $0.task.text.hasPrefix("Thanh tra tỉnh") })
            split["tasks[\(row)][text]"] = Self.rewordedInspection
            split["tasks[\(row)][leaderID]"] = leader.uuidString
            split["split"] = String(row)
            split["tasks[\(row)][splitAt]"] = String(try Self.offset(of: "báo cáo Chủ tịch UBND tỉnh kết quả", in: merged.text))
            #expect(try await Self.post("documents/\(notice.id)/split", split, session: session, on: t).status == .seeOther)
            merged = try await notice.detail()
            #expect(merged.proposals.count == 8)
            let second = try notice.proposal("báo cáo Chủ tịch UBND tỉnh kết quả kiểm tra", in: merged)
            #expect(second.task.deadline?.iso == "2025-10-15")
            #expect(second.task.leaderID == leader && second.accepted)
            #expect(merged.proposals.filter { !$0.accepted }.count == 2, "both rejections kept")
            // The page shows the leader chosen for each part.
            let last = try await t.page("documents/\(notice.id)", session: session)
            let secondRow = try #require(merged.proposals.firstIndex { $0.id == second.id })
            let select = try #require(last.range(of: "name=\"tasks[\(secondRow)][leaderID]\"")
                .map { String(last[$0.upperBound...].prefix(4000)) })
            let leaders = String(select[..<(select.range(of: "</select>")?.lowerBound ?? select.endIndex)])
            #expect(leaders.contains("<option value=\"\(leader.uuidString)\" selected>"))
        }
    }

    @Test func rememberingANameAnotherUnitHoldsIsRefusedAndChangesNothing() async throws {
        try await TestApp.run { t in
            let notice = try await Notice.upload(t)
            let before = try await notice.detail()
            let works = try notice.unit("Sở Xây dựng")
            let aliasesBefore = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitAliases].self)

            // Through the API: confirm with the alias.
            let refused = try await t.send(.POST, "api/v1/documents/\(notice.id)/confirm", as: "vanthu",
                                           json: ConfirmBody(tasks: before.proposals.map(\.task),
                                                             aliases: [.init(unitID: works, alias: "Sở Tài chính")]))
            #expect(refused.status == .conflict)
            #expect(try refused.content.decode(ErrorBody.self).error.contains("\"Sở Tài chính\" đã là tên gọi của Sở Tài chính"))
            // And on its own.
            let alone = try await t.send(.POST, "api/v1/units/\(works)/aliases", as: "vanthu", json: ["alias": "sở tài CHÍNH"])
            #expect(alone.status == .conflict)

            // Through the review page: the finance row given to Sở Xây dựng, its written name to remember.
            let session = try await t.browserSession(as: "vanthu")
            let page = try await t.page("documents/\(notice.id)", session: session)
            var fields = Self.form(before, csrf: try Self.csrf(page))
            let row = try #require(before.proposals.firstIndex { $0.task.text.hasPrefix("Sở Tài chính chủ trì") })
            #expect(before.proposals[row].task.leadText == "Sở Tài chính")
            fields["tasks[\(row)][leadUnitID]"] = works.uuidString
            fields["tasks[\(row)][teach]"] = "on"
            let posted = try await Self.post("documents/\(notice.id)/confirm", fields, session: session, on: t)
            #expect(posted.status == .conflict)
            #expect(posted.body.string.contains("Sở Tài chính"))

            let after = try await notice.detail()
            #expect(after.summary.state == DocumentState.draft.rawValue)
            #expect(try await t.tasks(as: "lanhdao").filter { $0.documentID == notice.id }.isEmpty)
            let aliasesAfter = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitAliases].self)
            #expect(aliasesAfter.map(\.aliases) == aliasesBefore.map(\.aliases))

            // A name no other unit holds is still remembered with the confirmation.
            var taught = before.proposals.map(\.task)
            taught[row].leadUnitID = try notice.unit("Sở Tài chính")
            let accepted = try await t.send(.POST, "api/v1/documents/\(notice.id)/confirm", as: "vanthu",
                                            json: ConfirmBody(tasks: taught, aliases: [.init(unitID: works, alias: "Sở XD tỉnh")]))
            #expect(accepted.status == .ok)
            let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitAliases].self)
            #expect(units.first { $0.id == works }?.aliases.contains("Sở XD tỉnh") == true)
        }
    }
}

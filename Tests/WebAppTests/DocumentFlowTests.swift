import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    @Suite struct DocumentFlowTests {
        struct Draft: Decodable { let id: UUID; let warnings: [String] }
        struct Detail: Decodable {
            struct Summary: Decodable { let state: String; let fileName: String; let number: String? }
            let summary: Summary
            let text: String
            let proposals: [NewTask]
            let tasks: [TaskRow]
        }

        @Test func anUploadIsExtractedIntoADraftWhoseConfirmedTasksAreTracked() async throws {
            try await TestApp.run { t in
                let file = TestApp.repositoryRoot + "Tests/WebAppTests/Documents/cong-van-cau-treo.txt"
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                let uploaded = try await t.send(.POST, "api/v1/documents", as: "vanthu",
                                                json: ["fileName": "cong-van-cau-treo.txt", "contentBase64": bytes.base64EncodedString()])
                #expect(uploaded.status == .ok)
                let draft = try uploaded.content.decode(Draft.self)
                let before = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                #expect(before.summary.state == "nhap")
                #expect(before.summary.number == "4711/UBND-KT")
                #expect(before.tasks.isEmpty)  // nothing is tracked before the clerk confirms

                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                func unit(_ name: String) throws -> UUID { try #require(units.first { $0.name == name }).id }
                #expect(before.proposals.map(\.leadUnitID) == [try unit("Sở Xây dựng"), try unit("Sở Tài chính")])
                #expect(before.proposals.first?.supportUnitIDs == [try unit("UBND xã Hướng Phùng")])
                #expect(before.proposals.map { $0.deadline?.iso } == ["2026-12-15", "2026-11-30"])

                var tasks = before.proposals
                tasks[1].deadline = .init(year: 2026, month: 12, day: 4)  // the clerk corrects a date
                let confirmed = try await t.send(.POST, "api/v1/documents/\(draft.id)/confirm", as: "vanthu",
                                                 json: ConfirmBody(tasks: tasks, aliases: [.init(unitID: try unit("Sở Xây dựng"), alias: "SXD tỉnh")]))
                #expect(confirmed.status == .ok)

                let after = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                #expect(after.summary.state == "da_xac_nhan")
                #expect(after.tasks.count == 2)
                let finance = try #require(try await t.tasks(as: "stc").first { $0.documentID == draft.id })
                #expect(finance.deadline == "2026-12-04")
                let detail = try await t.detail(finance.id)
                #expect(detail.source?.span == detail.text)  // the highlighted passage is the task itself
                let taught = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitAliases].self)
                #expect(taught.first { $0.id == (try? unit("Sở Xây dựng")) }?.aliases.contains("SXD tỉnh") == true)
                let again = try await t.send(.POST, "api/v1/documents/\(draft.id)/confirm", as: "vanthu",
                                             json: ConfirmBody(tasks: tasks, aliases: nil))
                #expect(again.status == .conflict)
            }
        }

        @Test func pastedTextIsReadLikeAFile() async throws {
            try await TestApp.run { t in
                let text = "Giao Sở Xây dựng kiểm tra cầu tràn Khe Van trước ngày 10/12/2026."
                let uploaded = try await t.send(.POST, "api/v1/documents", as: "vanthu", json: ["text": text])
                let draft = try uploaded.content.decode(Draft.self)
                let detail = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                #expect(detail.text == text)
                #expect(detail.summary.fileName == "van-ban-dan.txt")
            }
        }

        @Test func aDOCXFileIsReadIntoTheDraftText() async throws {
            try await TestApp.run { t in
                let path = TestApp.repositoryRoot + "Fixtures/corpus/docs"
                let docx = try #require(try FileManager.default.contentsOfDirectory(atPath: path).sorted().first { $0.hasSuffix(".docx") })
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path + "/" + docx))
                let uploaded = try await t.send(.POST, "api/v1/documents", as: "vanthu",
                                                json: ["fileName": docx, "contentBase64": bytes.base64EncodedString()])
                #expect(uploaded.status == .ok)
                let draft = try uploaded.content.decode(Draft.self)
                let detail = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                #expect(detail.text.contains("ỦY BAN NHÂN DÂN") || detail.text.contains("UỶ BAN NHÂN DÂN") || detail.text.uppercased().contains("BAN NHÂN DÂN"))
            }
        }

        @Test func anUnreadableUploadIsRefusedInVietnameseAndStoresNothing() async throws {
            try await TestApp.run { t in
                let cases: [(String, Data)] = [
                    ("bang-tinh.xlsx", Data("PKx".utf8)),
                    ("hong.docx", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02])),
                    ("rong.txt", Data()),
                ]
                for (name, bytes) in cases {
                    let response = try await t.send(.POST, "api/v1/documents", as: "vanthu",
                                                    json: ["fileName": name, "contentBase64": bytes.base64EncodedString()])
                    #expect(response.status == .unprocessableEntity, "\(name)")
                    let message = try response.content.decode(ErrorBody.self).error
                    #expect(!message.isEmpty && message.unicodeScalars.contains { $0.value > 0x7F }, "\(name): \(message)")
                }
                let tooLarge = try await t.send(.POST, "api/v1/documents", as: "vanthu",
                                                json: ["text": String(repeating: "a", count: 21 * 1024 * 1024)])
                // Over HTTP the body limit answers 413 first; in memory the reader's own limit answers.
                #expect(tooLarge.status == .payloadTooLarge || tooLarge.status == .unprocessableEntity)
                #expect(try tooLarge.content.decode(ErrorBody.self).error.contains("lớn"))
                let documents = try await t.send(.GET, "api/v1/documents", as: "vanthu").content.decode([DocumentSummary].self)
                #expect(documents.count == 2)  // the two demo documents only
            }
        }
    }
}

struct ConfirmBody: Encodable, Sendable {
    struct Alias: Encodable, Sendable { let unitID: UUID; let alias: String }
    let tasks: [NewTask]
    let aliases: [Alias]?
}
struct UnitAliases: Decodable { let id: UUID; let aliases: [String] }
struct DocumentSummary: Decodable { let id: UUID }

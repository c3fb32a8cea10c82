import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    @Suite struct DocumentFlowTests {
        struct Draft: Decodable { let id: UUID; let warnings: [String] }
        struct Detail: Decodable {
            struct Summary: Decodable { let state: String; let fileName: String }
            let summary: Summary
            let text: String
            let tasks: [TaskRow]
        }

        @Test func aPastedDocumentBecomesADraftAndItsConfirmedTasksAreTracked() async throws {
            try await TestApp.run { t in
                let text = "UBND HUYỆN SÔNG MAI\nCÔNG VĂN\nGiao Sở Xây dựng sửa chữa cầu treo bản Nậm Khao trước ngày 15/12/2026."
                let uploaded = try await t.send(.POST, "api/v1/documents", as: "vanthu", json: ["text": text])
                #expect(uploaded.status == .ok)
                let draft = try uploaded.content.decode(Draft.self)
                let before = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                #expect(before.summary.state == "nhap")
                #expect(before.text == text)
                #expect(before.tasks.isEmpty)

                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                let unit = try #require(units.first { $0.name == "Sở Xây dựng" })
                let passage = "sửa chữa cầu treo bản Nậm Khao trước ngày 15/12/2026."
                let span = try #require(text.scalarSpan(of: passage))
                var task = NewTask(text: passage)
                task.leadUnitID = unit.id
                task.leadText = "P. KT-HT"
                task.spanStart = span.lowerBound
                task.spanEnd = span.upperBound
                task.deadline = .init(year: 2026, month: 12, day: 15)
                let confirmed = try await t.send(.POST, "api/v1/documents/\(draft.id)/confirm", as: "vanthu",
                                                 json: ConfirmBody(tasks: [task], aliases: [.init(unitID: unit.id, alias: "P. KT-HT")]))
                #expect(confirmed.status == .ok)

                let after = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                #expect(after.summary.state == "da_xac_nhan")
                let created = try #require(after.tasks.first)
                #expect(created.deadline == "2026-12-15")
                let detail = try await t.detail(created.id)
                #expect(detail.source?.span == passage)
                let taught = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitAliases].self)
                #expect(taught.first { $0.id == unit.id }?.aliases.contains("P. KT-HT") == true)
                let again = try await t.send(.POST, "api/v1/documents/\(draft.id)/confirm", as: "vanthu",
                                             json: ConfirmBody(tasks: [task], aliases: nil))
                #expect(again.status == .conflict)
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

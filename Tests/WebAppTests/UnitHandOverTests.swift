import Foundation
import LegalCalendar
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// Units merged or abolished in the 2025 reorganisation: old documents
    /// reach the unit that holds the work now, and ending a unit hands its
    /// open tasks to its successor.
    @Suite struct UnitHandOverTests {
        struct Draft: Decodable { let id: UUID }
        struct Detail: Decodable { let proposals: [NewTask] }
        struct UnitState: Decodable { let validTo: String?; let successorID: UUID?; let parentID: UUID?; let aliases: [String] }
        struct Fields: Encodable, Sendable {
            var code: String
            var name: String
            var parentID: UUID? = nil
            var validFrom: String? = nil
            var validTo: String? = nil
            var successorID: UUID? = nil
        }
        struct HandOver: Encodable, Sendable { let successorID: UUID; let lastDay: String }

        static func unit(_ t: TestApp, _ name: String) async throws -> UUID {
            let units = try await t.send(.GET, "api/v1/units", as: "quantri").content.decode([UnitOut].self)
            return try #require(units.first { $0.name == name }).id
        }

        static func create(_ t: TestApp, _ fields: Fields) async throws -> UUID {
            let response = try await t.send(.POST, "api/v1/units", as: "quantri", json: fields)
            try #require(response.status == .ok, "\(response.body.string)")
            return try response.content.decode(Created.self).id
        }

        @Test func anOldDocumentNamingAbolishedUnitsIsProposedToTheirSuccessors() async throws {
            try await TestApp.run { t in
                let text = """
                ỦY BAN NHÂN DÂN
                TỈNH QUẢNG TRỊ
                Số: 1208/UBND-KT
                Quảng Trị, ngày 12 tháng 9 năm 2024

                V/v hoàn thiện hồ sơ đường giao thông liên xã

                1. Giao UBND huyện Cam Lộ chủ trì, phối hợp với Sở Kế hoạch và Đầu tư hoàn thiện hồ sơ điều chỉnh dự án, trình UBND tỉnh trước ngày 30/12/2024.
                """
                let uploaded = try await t.send(.POST, "api/v1/documents", as: "vanthu", json: ["text": text])
                let draft = try uploaded.content.decode(Draft.self)
                let detail = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                let proposal = try #require(detail.proposals.first)
                #expect(proposal.leadUnitID == (try await Self.unit(t, "UBND xã Cam Lộ")))
                #expect(proposal.supportUnitIDs == [try await Self.unit(t, "Sở Tài chính")])
                #expect(proposal.leadText == "UBND huyện Cam Lộ")
                #expect(proposal.successions == ["UBND huyện Cam Lộ → nay là UBND xã Cam Lộ", "Sở Kế hoạch và Đầu tư → nay là Sở Tài chính"])

                let page = try await t.page("documents/\(draft.id)", session: try await t.browserSession(as: "vanthu"))
                #expect(page.contains("UBND huyện Cam Lộ → nay là UBND xã Cam Lộ"))

                let confirmed = try await t.send(.POST, "api/v1/documents/\(draft.id)/confirm", as: "vanthu",
                                                 json: ConfirmBody(tasks: detail.proposals, aliases: nil))
                #expect(confirmed.status == .ok)
                let task = try #require(try await t.tasks(as: "lanhdao").first { $0.documentID == draft.id })
                #expect(task.leadUnitName == "UBND xã Cam Lộ")
            }
        }

        @Test func aDocumentWrittenAfterTheReorganisationKeepsTheUnitItNames() async throws {
            try await TestApp.run { t in
                let text = """
                ỦY BAN NHÂN DÂN
                TỈNH QUẢNG TRỊ
                Số: 2210/UBND-KT
                Quảng Trị, ngày 05 tháng 10 năm 2026

                V/v sửa chữa đường giao thông nông thôn

                1. Giao UBND xã Cam Lộ kiểm tra, sửa chữa mặt đường bị hư hỏng, hoàn thành trước ngày 30/11/2026.
                """
                let draft = try await t.send(.POST, "api/v1/documents", as: "vanthu", json: ["text": text]).content.decode(Draft.self)
                let detail = try await t.send(.GET, "api/v1/documents/\(draft.id)", as: "vanthu").content.decode(Detail.self)
                #expect(detail.proposals.first?.leadUnitID == (try await Self.unit(t, "UBND xã Cam Lộ")))
                #expect(detail.proposals.first?.successions == nil)
            }
        }

        @Test func aHandOverMovesOnlyOpenTasksAndWritesTheirHistory() async throws {
            try await TestApp.run { t in
                let finance = try await Self.unit(t, "Sở Tài chính")
                let merged = try await Self.create(t, Fields(code: "so-tc-kh", name: "Sở Tài chính - Kế hoạch", validFrom: "2026-11-16"))
                // One of the department's tasks finished before the merger.
                let done = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                _ = try await t.send(.POST, "api/v1/tasks/\(done.id)/reports", as: "stc",
                                     json: ReportInputBody(completed: true, text: "Đã hoàn thành.", completedOn: "2026-11-14"))
                _ = try await t.send(.POST, "api/v1/tasks/\(done.id)/completion", as: "lanhdao", json: DecisionInput(approve: true))
                // And it coordinates on another unit's task.
                var shared = NewTask(text: "Rà soát dự toán sửa chữa trụ sở, báo cáo trước ngày 10/12/2026.")
                shared.leadUnitID = try await Self.unit(t, "Sở Xây dựng")
                shared.supportUnitIDs = [finance]
                var own = NewTask(text: "Lập dự toán ngân sách năm 2027, trình UBND tỉnh trước ngày 05/12/2026.")
                own.leadUnitID = finance
                #expect(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [shared, own]]).status == .ok)

                let before = try await t.tasks(as: "lanhdao")
                let open = before.filter { $0.leadUnitID == finance && $0.workflowState != .done }
                #expect(!open.isEmpty)
                let preview = try await t.send(.GET, "api/v1/units/\(finance)/handover", as: "quantri").content.decode(HandOverSummary.self)
                #expect(preview.asLead == open.count)
                #expect(preview.asSupport == 1)

                let response = try await t.send(.POST, "api/v1/units/\(finance)/handover", as: "quantri",
                                                json: HandOver(successorID: merged, lastDay: "2026-11-15"))
                #expect(response.status == .ok)
                let summary = try response.content.decode(HandOverSummary.self)
                #expect(summary.asLead == open.count)
                #expect(summary.members.map(\.username) == ["stc"])

                let after = try await t.tasks(as: "lanhdao")
                for task in open { #expect(after.first { $0.id == task.id }?.leadUnitID == merged) }
                #expect(after.first { $0.id == done.id }?.leadUnitID == finance)  // old reports still credit the old unit
                let coordinated = try #require(after.first { $0.title.contains("trụ sở") })
                #expect(coordinated.supportUnits.map(\.id) == [merged])

                let history = try await t.detail(try #require(open.first).id).history
                let line = try #require(history.first { $0.action == AuditAction.handOverTask.rawValue })
                #expect(line.note?.contains("Chuyển từ Sở Tài chính sang Sở Tài chính - Kế hoạch do sáp nhập") == true)
                #expect(try await t.detail(done.id).history.allSatisfy { $0.action != AuditAction.handOverTask.rawValue })
                let ended = try await t.send(.GET, "api/v1/units/\(finance)", as: "quantri").content.decode(UnitState.self)
                #expect(ended.validTo == "2026-11-15")
                #expect(ended.successorID == merged)
            }
        }

        @Test func badUnitChangesAreRefusedInVietnameseAndChangeNothing() async throws {
            try await TestApp.run { t in
                let province = try await Self.unit(t, "UBND tỉnh Quảng Trị")
                let finance = try await Self.unit(t, "Sở Tài chính")
                let openBefore = try await t.tasks(as: "lanhdao").filter { $0.leadUnitID == finance }.map(\.id)

                func refused(_ response: TestingHTTPResponse, _ words: String) throws {
                    #expect(response.status == .unprocessableEntity || response.status == .conflict, "\(response.body.string)")
                    #expect(try response.content.decode(ErrorBody.self).error.contains(words), "\(response.body.string)")
                }
                try refused(try await t.send(.POST, "api/v1/units/\(finance)/handover", as: "quantri",
                                             json: HandOver(successorID: finance, lastDay: "2026-11-15")), "không thể là chính đơn vị này")
                // A successor that already handed its own work to this unit would close a loop.
                let commune = try await Self.create(t, Fields(code: "xa-thu", name: "UBND xã Thử Nghiệm", validTo: "2026-10-31", successorID: finance))
                try refused(try await t.send(.POST, "api/v1/units/\(finance)/handover", as: "quantri",
                                             json: HandOver(successorID: commune, lastDay: "2026-11-15")), "vòng lặp kế thừa")
                // The province cannot sit under one of its own departments.
                try refused(try await t.send(.PUT, "api/v1/units/\(province)", as: "quantri",
                                             json: Fields(code: "ubnd-tinh", name: "UBND tỉnh Quảng Trị", parentID: finance)), "vòng lặp")
                try refused(try await t.send(.PUT, "api/v1/units/\(finance)", as: "quantri",
                                             json: Fields(code: "so-tai-chinh", name: "Sở Tài chính", validFrom: "2025-03-01", validTo: "2024-12-31")),
                            "không được trước ngày bắt đầu hiệu lực")
                try refused(try await t.send(.POST, "api/v1/units", as: "quantri",
                                             json: Fields(code: "so-tai-chinh", name: "Sở Tài chính mới")), "đã tồn tại")

                let state = try await t.send(.GET, "api/v1/units/\(finance)", as: "quantri").content.decode(UnitState.self)
                #expect(state.validTo == nil && state.successorID == nil)
                #expect(try await t.send(.GET, "api/v1/units/\(province)", as: "quantri").content.decode(UnitState.self).parentID == nil)
                #expect(try await t.tasks(as: "lanhdao").filter { $0.leadUnitID == finance }.map(\.id) == openBefore)
            }
        }
    }
}

extension AppTests.UnitHandOverTests {
    @Test func theUnitRoutesAreInTheAPIDescriptionForAdministrators() async throws {
        try await TestApp.run { t in
            struct Operation: Decodable { let summary: String? }
            struct Description: Decodable { let paths: [String: [String: Operation]] }
            let paths = try await t.send(.GET, "api/openapi.json", as: nil).content.decode(Description.self).paths
            #expect(paths["/api/v1/units/{unitID}/handover"]?["post"]?.summary == "manageDirectory")
            #expect(paths["/api/v1/units/{unitID}/handover"]?["get"]?.summary == "manageDirectory")
            #expect(paths["/api/v1/units/{unitID}"]?["put"]?.summary == "manageDirectory")
        }
    }
}

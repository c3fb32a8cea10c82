import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The task list narrows by every filter the office asks for: unit,
    /// leader, deadline range (typed the Vietnamese way), source document.
    @Suite struct TaskListFilterTests {
        @Test func theListNarrowsByLeaderAndByADeadlineRangeTypedAsDayMonthYear() async throws {
            try await TestApp.run { t in
                let all = try await t.tasks(as: "vanthu")
                let dated = all.compactMap { row in row.deadline.map { (row, $0) } }.sorted { $0.1 < $1.1 }
                try #require(dated.count >= 3)
                let (from, to) = (dated[1].1, dated[dated.count - 2].1)
                func vietnamese(_ iso: String) -> String { let p = iso.split(separator: "-"); return "\(p[2])/\(p[1])/\(p[0])" }

                let ranged = try await t.tasks(as: "vanthu", query: "?deadlineFrom=\(vietnamese(from))&deadlineTo=\(vietnamese(to))")
                let expected = Set(all.filter { ($0.deadline ?? "") >= from && ($0.deadline ?? "9") <= to }.map(\.id))
                #expect(Set(ranged.map(\.id)) == expected)
                #expect(expected.count < all.count)

                let leader = try #require(all.first { $0.leaderID != nil })
                let led = try await t.tasks(as: "vanthu", query: "?leader=\(leader.leaderID!)")
                #expect(!led.isEmpty)
                #expect(led.allSatisfy { $0.leaderID == leader.leaderID })

                let session = try await t.browserSession(as: "vanthu")
                let html = try await t.page("/tasks?deadlineFrom=\(vietnamese(from))&leader=\(leader.leaderID!)", session: session)
                #expect(html.contains("value=\"\(vietnamese(from))\""))  // the day is typed back as the clerk wrote it
                #expect(html.contains("<option value=\"\(leader.leaderID!.uuidString)\" selected"))
            }
        }

        @Test func aDayTypedWrongIsRefusedInVietnameseRatherThanIgnored() async throws {
            try await TestApp.run { t in
                let response = try await t.send(.GET, "api/v1/tasks?deadlineFrom=31/02/2026", as: "vanthu")
                #expect(response.status == .unprocessableEntity || response.status == .badRequest)
                #expect(response.body.string.contains("Hạn từ ngày"))
            }
        }

        @Test func aListNarrowedToADocumentNamesItAndOffersToWiden() async throws {
            try await TestApp.run { t in
                let row = try #require(try await t.tasks(as: "vanthu").first { $0.documentID != nil && $0.documentNumber != nil })
                let session = try await t.browserSession(as: "vanthu")
                let html = try await t.page("/tasks?document=\(row.documentID!)", session: session)
                #expect(html.contains("Văn bản \(row.documentNumber!)"))
                #expect(html.contains("name=\"document\" value=\"\(row.documentID!.uuidString)\""))
            }
        }
    }
}

import Foundation
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The task list's hand-written JSON says what JSONEncoder says of the
    /// same rows: the same keys (nil fields left out), the same values, text
    /// with quotes, slashes, control characters and Vietnamese intact.
    @Suite struct TaskListJSONTests {
        @Test func theHandWrittenListIsJSONEncodersListKeyForKey() async throws {
            try await TestApp.run { t in
                let unit = try #require(try await t.tasks(as: "lanhdao").compactMap(\.leadUnitID).first)
                var awkward = NewTask(text: "Báo cáo \"khẩn\" về C:\\hồ sơ\\2026, tờ 1/2;\ttab\nxuống dòng \u{01}\u{1F} và 🙂.")
                awkward.title = "Rà soát \"hồ sơ\" C:\\dữ liệu 1/2\t\u{08}\u{0C}\r\n\u{01} 🙂"
                awkward.leadUnitID = unit
                #expect(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [awkward]]).status == .ok)

                let request = Request(application: t.app, on: t.app.eventLoopGroup.any())
                var filter = TaskFilter()
                filter.limit = 1000
                let rows = try await request.queries().list(filter)
                // (The tracker may tidy the title's control characters; the rest stays.)
                try #require(rows.contains { $0.title.contains("\"hồ sơ\" C:\\dữ liệu 1/2") })
                try #require(rows.contains { !$0.supportUnits.isEmpty } && rows.contains { $0.status == nil || $0.workingDaysLeft == nil })

                let written = try await JSONBody(buffer: TaskListJSON(rows: rows).bytes).encodeResponse(for: request)
                #expect(written.headers.contentType == .json)
                let hand = try #require(written.body.data)
                #expect(try canonical(hand) == canonical(try JSONEncoder().encode(rows)))
                // And the API serves it.
                #expect(try await t.send(.GET, "api/v1/tasks?limit=1000", as: "lanhdao").body.string == String(decoding: hand, as: UTF8.self))
            }
        }

        /// The JSON re-serialised with sorted keys: equal when the values are.
        func canonical(_ data: Data) throws -> Data {
            try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: data), options: [.sortedKeys])
        }
    }
}

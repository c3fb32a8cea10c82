import Foundation
import LeafKit
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// What the pages' templates see of a task row is its Codable form, key
    /// for key, though it is built by hand (TaskRow+Leaf).
    @Suite struct TaskRowLeafTests {
        @Test func aRowsLeafDataIsItsCodableForm() async throws {
            try await TestApp.run { t in
                let rows = try await t.tasks(as: "lanhdao", query: "?limit=1000")
                try #require(rows.contains { !$0.supportUnits.isEmpty } && rows.contains { $0.status == nil || $0.workingDaysLeft == nil })
                for row in rows {
                    let codable = try JSONSerialization.jsonObject(with: JSONEncoder().encode(row))
                    #expect(try canonical(codable) == canonical(plain(row.leafData)), "\(row.title)")
                }
            }
        }

        /// LeafData as the plain values JSONSerialization writes.
        func plain(_ data: LeafData) -> Any {
            if let dictionary = data.dictionary { return dictionary.mapValues(plain) }
            if let array = data.array { return array.map(plain) }
            if data.celf == .bool, let bool = data.bool { return bool }
            if data.celf == .int, let int = data.int { return int }
            return data.string ?? NSNull()
        }

        func canonical(_ object: Any) throws -> Data {
            try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        }
    }
}

import Foundation
import Testing
import Tracking
import LegalCalendar
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    /// A narrowed list read page by page is the whole list with the filter
    /// applied, in the same order: whatever shortcut SQL takes to a page (a
    /// unit's led and coordinated tasks gathered separately, candidates for a
    /// status classified a chunk at a time) must not skip, repeat or reorder.
    @Suite struct TaskListPagingTests {
        /// Every page of `query` with `size` rows each, joined.
        func pages(_ t: TestApp, _ query: String, size: Int) async throws -> [UUID] {
            var ids: [UUID] = []
            while true {
                let page = try await t.tasks(as: "lanhdao", query: "?\(query)&limit=\(size)&offset=\(ids.count)").map(\.id)
                ids += page
                if page.count < size { return ids }
            }
        }

        @Test func eachUnitsListPageByPageIsTheWholeListNarrowedToTheUnit() async throws {
            try await TestApp.run { t in
                let all = try await t.tasks(as: "lanhdao", query: "?limit=1000")
                let units = Set(all.flatMap { [$0.leadUnitID].compactMap { $0 } + $0.supportUnits.map(\.id) })
                try #require(units.count > 3)
                try #require(all.contains { !$0.supportUnits.isEmpty })
                for unit in units {
                    let involved = all.filter { $0.leadUnitID == unit || $0.supportUnits.contains { $0.id == unit } }
                    #expect(try await pages(t, "unit=\(unit)", size: 2) == involved.map(\.id))
                    for state in Set(involved.map(\.workflowState)) {
                        #expect(try await pages(t, "unit=\(unit)&state=\(state.rawValue)", size: 1)
                                == involved.filter { $0.workflowState == state }.map(\.id))
                    }
                }
            }
        }

        /// A unit's coordinated tasks are read through the keys their
        /// coordinator rows keep, unless a filter reads more of the task
        /// (leader): both ways must page like the whole list filtered.
        @Test func aUnitsListNarrowedByStatusDeadlineOrLeaderPagesLikeTheWholeList() async throws {
            try await TestApp.run { t in
                let all = try await t.tasks(as: "lanhdao", query: "?limit=1000")
                let coordinating = Set(all.flatMap { $0.supportUnits.map(\.id) })
                try #require(!coordinating.isEmpty)
                let from = "2026-11-01", to = "2026-12-31"
                for unit in coordinating {
                    let involved = all.filter { $0.leadUnitID == unit || $0.supportUnits.contains { $0.id == unit } }
                    for status in Set(involved.compactMap(\.status)) {
                        #expect(try await pages(t, "unit=\(unit)&status=\(status.rawValue)", size: 1)
                                == involved.filter { $0.status == status }.map(\.id))
                    }
                    #expect(try await pages(t, "unit=\(unit)&deadlineFrom=01/11/2026&deadlineTo=31/12/2026", size: 1)
                            == involved.filter { ($0.deadline ?? "") >= from && ($0.deadline ?? "9") <= to }.map(\.id))
                    for leader in Set(involved.compactMap(\.leaderID)) {
                        #expect(try await pages(t, "unit=\(unit)&leader=\(leader)", size: 1)
                                == involved.filter { $0.leaderID == leader }.map(\.id))
                    }
                }
            }
        }

        @Test func eachStatusPageByPageIsTheWholeListOfThatStatus() async throws {
            try await TestApp.run { t in
                // Enough tasks of each status, interleaved in list order, for
                // a page to need more than one chunk of candidates.
                let unit = try #require(try await t.tasks(as: "lanhdao").compactMap(\.leadUnitID).first)
                let tasks = (1...40).map { n in
                    var task = NewTask(text: "Rà soát hồ sơ đợt \(n), báo cáo kết quả.")
                    task.leadUnitID = unit
                    task.deadline = n % 5 == 0 ? nil : CivilDate(year: 2026, month: 11, day: 1 + n % 29)
                    return task
                }
                #expect(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": tasks]).status == .ok)
                let all = try await t.tasks(as: "lanhdao", query: "?limit=1000")
                try #require(Set(all.compactMap(\.status)).count > 2)
                for status in TaskStatus.allCases {
                    let expected = all.filter { $0.status == status }.map(\.id)
                    #expect(try await pages(t, "status=\(status.rawValue)", size: 2) == expected)
                    #expect(try await pages(t, "status=\(status.rawValue)", size: 1000) == expected)
                }
            }
        }
    }
}

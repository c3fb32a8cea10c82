import Foundation
import LegalCalendar
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The dashboard is computed once per change: the server keeps it until
    /// its next write, per scope and day.
    @Suite struct DashboardCacheTests {
        @Test func aCompletionConfirmedThroughTheAPIShowsOnTheVeryNextDashboard() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let before = try await DashboardTiles(t, "dashboard?scope=all", as: "lanhdao")
                #expect(try await DashboardTiles(t, "dashboard?scope=all", as: "lanhdao") == before, "the same figures twice")

                _ = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc",
                                     json: ReportInputBody(completed: true, text: "Đã xong.", completedOn: "2026-11-14"))
                #expect(try await DashboardTiles(t, "dashboard?scope=all", as: "lanhdao").done == before.done,
                        "a completion counts once the leader confirms it")
                let confirm = try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao", json: DecisionInput(approve: true))
                #expect(confirm.status == .noContent)
                let after = try await DashboardTiles(t, "dashboard?scope=all", as: "lanhdao")
                #expect(after.done == before.done + 1)
                #expect(after.total == before.total)
            }
        }

        @Test func aLeadersOwnTasksAndTheWholeBookAreKeptApart() async throws {
            try await TestApp.run { t in
                let mine = try await DashboardTiles(t, "dashboard", as: "lanhdao")
                let all = try await DashboardTiles(t, "dashboard?scope=all", as: "lanhdao")
                #expect(mine.title == "Tổng quan nhiệm vụ do đồng chí phụ trách")
                #expect(all.title == "Tổng quan thực hiện nhiệm vụ")
                #expect(try await DashboardTiles(t, "dashboard", as: "lanhdao") == mine)
                #expect(try await DashboardTiles(t, "dashboard", as: "vanthu") == all, "a clerk sees the whole book")
                #expect(t.app.dondoc.dashboards.count == 2)

                // A task no leader follows: the whole book counts it, the leader's own does not.
                let units = try await t.send(.GET, "api/v1/units", as: "vanthu").content.decode([UnitOut].self)
                var task = NewTask(text: "Kiểm tra việc cấp phép xây dựng nhà ở riêng lẻ, báo cáo trước ngày 30/11/2026.")
                task.leadUnitID = try #require(units.first { $0.name == "Sở Tài chính" }).id
                task.deadline = .init(year: 2026, month: 11, day: 30)
                #expect(try await t.send(.POST, "api/v1/tasks", as: "vanthu", json: ["tasks": [task]]).status == .ok)
                #expect(try await DashboardTiles(t, "dashboard?scope=all", as: "lanhdao").total == all.total + 1)
                #expect(try await DashboardTiles(t, "dashboard", as: "lanhdao").total == mine.total)
            }
        }

        @Test func midnightStartsANewDashboard() async throws {
            let clock = MovableDayClock(CivilDate(year: 2026, month: 11, day: 15)!)
            try await TestApp.run(clock: clock) { t in
                let sunday = try await DashboardTiles(t, "dashboard", as: "vanthu")
                #expect(sunday.subtitle.hasSuffix("15/11/2026"))
                clock.move(to: CivilDate(year: 2026, month: 11, day: 16)!)
                let monday = try await DashboardTiles(t, "dashboard", as: "vanthu")
                #expect(monday.subtitle.hasSuffix("16/11/2026"))
            }
        }

        @Test func theCacheHoldsAFewResultsAndComputesAgainAfterAWrite() async throws {
            try await TestApp.run { t in
                let gate = t.app.dondoc.gate
                let cache = WriteScopedCache<Int, Int>(gate: gate, capacity: 2, lifetime: .seconds(60))
                let computed = Counter()
                func value(_ key: Int) async throws -> Int {
                    try await cache.value(for: key) { computed.add(); return key * 10 }
                }
                #expect(try await value(1) == 10)
                #expect(try await value(2) == 20)
                #expect(try await value(1) == 10)
                #expect(computed.value == 2)
                #expect(try await value(3) == 30)
                #expect(cache.count == 2, "the oldest result made room")
                #expect(computed.value == 3)

                // Any write transaction of this server, even one that fails, ends the results.
                try await gate.write(on: t.app.db) { _ in }
                _ = try? await gate.write(on: t.app.db) { _ in throw CancellationError() }
                #expect(try await value(3) == 30)
                #expect(computed.value == 4)
                #expect(try await value(3) == 30)
                #expect(computed.value == 4)

                // Requests that miss together share one computation.
                try await gate.write(on: t.app.db) { _ in }
                async let first = cache.value(for: 3) { try await Task.sleep(for: .milliseconds(200)); computed.add(); return 30 }
                async let second = cache.value(for: 3) { try await Task.sleep(for: .milliseconds(200)); computed.add(); return 30 }
                #expect(try await [first, second] == [30, 30])
                #expect(computed.value == 5)

                let shortLived = WriteScopedCache<Int, Int>(gate: gate, capacity: 2, lifetime: .zero)
                _ = try await shortLived.value(for: 1) { computed.add(); return 1 }
                _ = try await shortLived.value(for: 1) { computed.add(); return 1 }
                #expect(computed.value == 7, "a result past its lifetime is computed again")

                let keepsNothing = WriteScopedCache<Int, Int>(gate: gate, capacity: 0, lifetime: .seconds(60))
                _ = try await keepsNothing.value(for: 1) { computed.add(); return 1 }
                _ = try await keepsNothing.value(for: 1) { computed.add(); return 1 }
                #expect(computed.value == 9, "a cache of no results computes every time")
                #expect(keepsNothing.count == 0)
            }
        }
    }
}

/// What a dashboard page shows: its title and subtitle, and two figures of
/// the "Tổng số nhiệm vụ" tile (the total, and how many are done).
private struct DashboardTiles: Equatable {
    let title: String
    let subtitle: String
    let total: Int
    let done: Int

    init(_ t: TestApp, _ path: String, as user: String) async throws {
        let page = try await t.send(.GET, path, as: user)
        try #require(page.status == .ok)
        let html = page.body.string
        title = try #require(Self.text(in: html, after: "<h1>", before: "</h1>"))
        subtitle = try #require(Self.text(in: html, after: "<p class=\"muted\">", before: " ·")).trimmingCharacters(in: .whitespaces)
        let tile = try #require(Self.text(in: html, after: "<span>Tổng số nhiệm vụ</span>", before: "</a>"))
        total = try #require(Self.text(in: tile, after: "<strong>", before: "</strong>").flatMap { Int($0.filter(\.isNumber)) })
        done = try #require(Self.text(in: tile, after: "<span>", before: " đã hoàn thành").flatMap { Int($0.filter(\.isNumber)) })
    }

    private static func text(in html: String, after start: String, before end: String) -> String? {
        guard let from = html.range(of: start), let to = html.range(of: end, range: from.upperBound..<html.endIndex) else { return nil }
        return String(html[from.upperBound..<to.lowerBound])
    }
}

/// How many times a computation ran.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}

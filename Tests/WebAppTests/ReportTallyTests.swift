import Foundation
import LegalCalendar
import Reports
import SQLKit
import Testing
import Tracking
import TrackingRules
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The report tally follows the book through the app's writes, and a
    /// write around the app shows as drift until the tally is rebuilt.
    @Suite struct ReportTallyTests {
        static let november = ReportWindow(ReportingPeriod(kind: .month, index: 11, year: 2026, basis: .calendar)!)

        @Test func aCompletionConfirmedThroughTheAppMovesTheUnitsFigures() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let unit = try await t.unitID("Sở Tài chính")
                let service = ReportService(db: t.app.db)
                let before = try await service.figures(.unit(unit), window: Self.november).total
                struct Report: Encodable, Sendable { let text: String; let completed: Bool; var completedOn: String? = nil }
                struct Decision: Encodable, Sendable { let approve: Bool }
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "stc",
                                         json: Report(text: "Đã trình UBND", completed: true, completedOn: "2026-11-12")).status == .ok)
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/completion", as: "lanhdao",
                                         json: Decision(approve: true)).status == .noContent)
                let after = try await service.figures(.unit(unit), window: Self.november).total
                #expect(after.done == before.done + 1)
                #expect(after.total == before.total)
                let pure = try await service.report(.unit(unit), window: Self.november).counts
                #expect(after == pure)
            }
        }

        @Test func aTaskChangedAroundTheAppIsDriftUntilTheTallyIsRebuilt() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let sql = t.app.db as! any SQLDatabase
                #expect(try await ReportTally.drift(on: t.app.db).isEmpty)
                try await sql.raw("UPDATE tasks SET deadline = '2026-11-02' WHERE id = \(bind: task.id)").run()
                let drift = try await ReportTally.drift(on: t.app.db)
                #expect(drift.items == [task.id])
                try await ReportTally.rebuild(on: t.app.db)
                #expect(try await ReportTally.drift(on: t.app.db).isEmpty)
                try await CoordinatorListKeys.recompute(on: sql)  // its coordinator rows' keys too were written around
            }
        }

        @Test func aDayOffDeclaredByTheAdministratorRecountsTheDeadlinesBeforeIt() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let sql = t.app.db as! any SQLDatabase
                func legalDeadline(_ key: String) async throws -> Int? {
                    try await sql.raw("SELECT legal_deadline FROM task_facts WHERE task_id = \(bind: book.ids[key]!)")
                        .first()?.decode(column: "legal_deadline", as: Int?.self)
                }
                // Task a's deadline Sat 10/10 rolls to Mon 12/10; a day off on Mon 12/10 moves it to Tue 13/10.
                #expect(try await legalDeadline("a") == CivilDate(year: 2026, month: 10, day: 12)!.daysSinceEpoch)
                struct Day: Encodable, Sendable { let date: String; let isWorkingDay: Bool; let name: String }
                #expect(try await t.send(.POST, "api/v1/calendar/overrides", as: "quantri",
                                         json: Day(date: "2026-10-12", isWorkingDay: false, name: "Nghỉ bù địa phương")).status == .noContent)
                #expect(try await legalDeadline("a") == CivilDate(year: 2026, month: 10, day: 13)!.daysSinceEpoch)
                let service = ReportService(db: t.app.db)
                let october = ReportWindow(ReportingPeriod(kind: .month, index: 10, year: 2026, basis: .calendar)!)
                #expect(try await service.figures(.all, window: october).total == service.report(.all, window: october).counts)
            }
        }
    }
}

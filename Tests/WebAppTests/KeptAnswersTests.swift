import FluentKit
import Foundation
import LegalCalendar
import SQLKit
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// A task list and a task are kept between requests, per filter (or task)
    /// and day, until this server next writes (`KeptAnswers`). These show that
    /// an answer is kept, that any write through the gate shows at once on all
    /// of them (list, inbox and task; API and page), that a unit member's answer is
    /// always their own unit's, and that midnight classifies again.
    @Suite struct KeptAnswersTests {
        @Test func anEditedTaskShowsAtOnceInTheListsAndOnItsPages() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let session = try await t.browserSession(as: "vanthu")
                let listPath = "tasks?unit=\(try #require(task.leadUnitID))"
                #expect(try await t.tasks(as: "lanhdao").contains { $0.id == task.id && $0.title == task.title })
                #expect(try await t.detail(task.id).task.title == task.title)
                #expect(try await t.page(listPath, session: session).contains(task.title))
                #expect(try await t.page("tasks/\(task.id)", session: session).contains(task.title))
                let inbox = { try await t.send(.GET, "api/v1/inbox", as: "stc").content.decode([TaskRow].self) }
                #expect(try await inbox().contains { $0.id == task.id && $0.title == task.title })
                let unitSession = try await t.browserSession(as: "stc")
                #expect(try await t.page("inbox", session: unitSession).contains(task.title))

                var changes = TaskChanges()
                changes.title = "Rà soát các khoản thu đầu năm học mới"
                #expect(try await t.send(.PATCH, "api/v1/tasks/\(task.id)", as: "vanthu", json: changes).status == .noContent)

                #expect(try await t.tasks(as: "lanhdao").first { $0.id == task.id }?.title == changes.title)
                #expect(try await t.detail(task.id).task.title == changes.title)
                #expect(try await t.page(listPath, session: session).contains("Rà soát các khoản thu đầu năm học mới"))
                #expect(try await t.page("tasks/\(task.id)", session: session).contains("Rà soát các khoản thu đầu năm học mới"))
                #expect(try await inbox().first { $0.id == task.id }?.title == changes.title)
                #expect(try await t.page("inbox", session: unitSession).contains("Rà soát các khoản thu đầu năm học mới"))
            }
        }

        @Test func anAnswerIsKeptUntilTheServerNextWrites() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                _ = try await t.detail(task.id)
                // Another process renames the task behind this server's back.
                try await (t.app.db as! any SQLDatabase).raw("UPDATE tasks SET title = 'Đổi ngoài máy chủ' WHERE id = \(bind: task.id)").run()
                #expect(try await t.detail(task.id).task.title == task.title, "kept, at most KeptAnswers.lifetime")
                #expect(try await t.tasks(as: "lanhdao").first { $0.id == task.id }?.title == task.title)

                // A list longer than a screen is never kept.
                #expect(try await t.tasks(as: "lanhdao", query: "?limit=1000").first { $0.id == task.id }?.title == "Đổi ngoài máy chủ")

                try await t.app.dondoc.gate.write(on: t.app.db) { _ in }
                #expect(try await t.detail(task.id).task.title == "Đổi ngoài máy chủ")
                #expect(try await t.tasks(as: "lanhdao").first { $0.id == task.id }?.title == "Đổi ngoài máy chủ")
            }
        }

        @Test func withKeptAnswersOffEveryReadComputesAfresh() async throws {
            try await TestApp.run(keepAnswers: false) { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                _ = try await t.detail(task.id)
                try await (t.app.db as! any SQLDatabase).raw("UPDATE tasks SET title = 'Đổi ngoài máy chủ' WHERE id = \(bind: task.id)").run()
                #expect(try await t.detail(task.id).task.title == "Đổi ngoài máy chủ")
                #expect(try await t.tasks(as: "lanhdao").first { $0.id == task.id }?.title == "Đổi ngoài máy chủ")
                let session = try await t.browserSession(as: "vanthu")
                #expect(try await t.page("tasks/\(task.id)", session: session).contains("Đổi ngoài máy chủ"))
            }
        }

        @Test func aUnitMemberIsNeverServedAnotherUnitsList() async throws {
            try await TestApp.run { t in
                let all = try await t.tasks(as: "lanhdao")
                let finance = try #require(all.first { $0.leadUnitName == "Sở Tài chính" }?.leadUnitID)
                let other = try #require(all.first { $0.leadUnitID != nil && $0.leadUnitID != finance }?.leadUnitID)
                // The clerk's answer for another unit is kept first; the unit's member asks for that unit.
                let clerks = try await t.tasks(as: "vanthu", query: "?unit=\(other)")
                #expect(!clerks.isEmpty)
                let members = try await t.tasks(as: "stc", query: "?unit=\(other)")
                #expect(!members.isEmpty)
                #expect(members.allSatisfy { $0.leadUnitID == finance || $0.supportUnits.contains { $0.id == finance } })

                let session = try await t.browserSession(as: "stc")
                let page = try await t.page("tasks?unit=\(other)", session: session)
                for row in clerks where !members.contains(where: { $0.id == row.id }) {
                    #expect(!page.contains("/tasks/\(row.id)"))
                }
            }
        }

        @Test func midnightClassifiesTheKeptAnswersAgain() async throws {
            let clock = MovableDayClock(CivilDate(year: 2026, month: 11, day: 15)!)
            try await TestApp.run(clock: clock) { t in
                let open = try await t.tasks(as: "lanhdao").filter { $0.deadline != nil && !$0.workflowState.isFinished }
                let task = try #require(open.first { $0.deadline.flatMap(CivilDate.init(iso:)).map { $0 >= clock.today() } ?? false })
                #expect(try await t.detail(task.id).task.status == .inProgressOnTime)
                let deadline = try #require(task.deadline.flatMap(CivilDate.init(iso:)))
                clock.move(to: deadline.adding(days: 20))
                #expect(try await t.detail(task.id).task.status == .overdue)
                #expect(try await t.tasks(as: "lanhdao").first { $0.id == task.id }?.status == .overdue)
            }
        }
    }
}

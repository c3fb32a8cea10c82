import FluentKit
import Foundation
import SQLKit
import Testing
@testable import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The task page and `GET /api/v1/tasks/:id` read a task's record in one
    /// statement whose parts share a row (`TaskDetailStatement`): each part
    /// must come back whole, in its own order, whatever the others hold.
    @Suite struct TaskDetailTests {
        @Test func everyPartOfATaskComesBackFromItsStatements() async throws {
            try await TestApp.run { t in
                let all = try await t.tasks(as: "lanhdao")
                // The demo's task for the science department with two communes beside it.
                let task = try #require(all.first { $0.supportUnits.count >= 2 && $0.leadUnitName?.contains("Khoa học") == true })
                for text in ["Đã họp với các đơn vị phối hợp.", "Đã có dự thảo báo cáo."] {
                    let sent = try await t.send(.POST, "api/v1/tasks/\(task.id)/reports", as: "skhcn", json: ReportInputBody(completed: false, text: text))
                    #expect(sent.status == .ok)
                }
                let asked = try await t.send(.POST, "api/v1/tasks/\(task.id)/extensions", as: "skhcn",
                                             json: ExtensionBody(reason: "Chờ số liệu quyết toán", requestedDeadline: "2026-12-10"))
                let extensionID = try asked.content.decode(Created.self).id
                #expect(try await t.send(.POST, "api/v1/extensions/\(extensionID)/decision", as: "lanhdao",
                                         json: DecisionInput(approve: true)).status == .noContent)

                let detail = try await t.detail(task.id)
                #expect(detail.task.id == task.id)
                #expect(detail.task.title == task.title)
                #expect(!detail.text.isEmpty)
                // One row per coordinating unit in the SQL, one task here, its units by name.
                let units: [String] = detail.task.supportUnits.map(\.name)
                #expect(Set(units) == Set(task.supportUnits.map(\.name)))
                #expect(units == units.sorted())
                #expect(detail.reports.map(\.text) == ["Đã họp với các đơn vị phối hợp.", "Đã có dự thảo báo cáo."])
                #expect(detail.reports.allSatisfy { $0.authorName != "" && $0.kind == .progress })
                #expect(detail.extensions.map(\.id) == [extensionID])
                #expect(detail.extensions.first?.reason == "Chờ số liệu quyết toán")
                #expect(detail.extensions.first?.decision == .approved)
                // The approval counts: the deadline in force is the extension's.
                #expect(detail.task.deadline == "2026-12-10")

                // The history holds the task's own entries and its extension's, oldest first.
                let sql = t.app.db as! any SQLDatabase
                let logged = try await sql.raw("""
                    SELECT count(*) AS n FROM audit_log
                    WHERE entity_id = \(bind: task.id) OR entity_id IN (SELECT id FROM extensions WHERE task_id = \(bind: task.id))
                    """).first()?.decode(column: "n", as: Int.self)
                #expect(detail.history.count == logged)
                let times: [Date] = detail.history.map(\.at)
                #expect(times == times.sorted())
                let actions = detail.history.map(\.action)
                #expect(actions.filter { $0 == AuditAction.reportProgress.rawValue }.count == 2)
                #expect(actions.contains(AuditAction.requestExtension.rawValue))
                #expect(actions.contains("dong_y_gia_han"))
            }
        }

        @Test func aTaskWithNothingYetHasEmptyPartsAndAnUnknownOneIsNotFound() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let detail = try await t.detail(task.id)
                #expect(detail.reports.isEmpty)
                #expect(detail.extensions.isEmpty)
                #expect(detail.recurrence == nil)

                // Clerk, leader and unit alike: no such task, whatever the role
                // needs to be let in.
                for user in ["vanthu", "lanhdao", "stc"] {
                    #expect(try await t.send(.GET, "api/v1/tasks/\(UUID())", as: user).status == .notFound, "\(user)")
                }
            }
        }

        /// The page's excerpt is cut by the database; it must be the excerpt
        /// the Swift rule cuts (`TaskDetail.excerpt`), scalar for scalar, on
        /// Vietnamese text, at both ends of the document and in the middle.
        @Test func theExcerptCutByTheDatabaseIsTheOneCutInSwift() async throws {
            try await TestApp.run { t in
                let sql = t.app.db as! any SQLDatabase
                let row = try #require(try await sql.raw("""
                    SELECT t.id, d.text FROM tasks t JOIN documents d ON d.id = t.document_id
                    WHERE t.span_start IS NOT NULL ORDER BY t.id LIMIT 1
                    """).first())
                let id = try row.decode(column: "id", as: UUID.self), text = try row.decode(column: "text", as: String.self)
                let length = text.unicodeScalars.count
                #expect(length > 1_000 && text.utf8.count > length)  // long enough, and not plain ASCII
                // Through the gate, as the server writes, so the kept task is dropped.
                func setSpan(_ start: Int, _ end: Int) async throws {
                    try await t.app.dondoc.gate.write(on: t.app.db) { db in
                        try await (db as! any SQLDatabase).raw("UPDATE tasks SET span_start = \(bind: start), span_end = \(bind: end) WHERE id = \(bind: id)").run()
                    }
                }
                for (start, end) in [(0, 0), (0, 12), (7, 60), (length / 2, length / 2 + 90), (length - 40, length), (length, length)] {
                    try await setSpan(start, end)
                    let source = try #require(try await t.detail(id).source, "span \(start)-\(end)")
                    let expected = try #require(TaskDetail.excerpt(text, start: start, end: end))
                    #expect(source.before == expected.before, "span \(start)-\(end)")
                    #expect(source.span == expected.span, "span \(start)-\(end)")
                    #expect(source.after == expected.after, "span \(start)-\(end)")
                }
                for (start, end) in [(length - 5, length + 5), (30, 10), (-1, 4)] {
                    try await setSpan(start, end)
                    #expect(try await t.detail(id).source == nil, "span \(start)-\(end) is outside the text")
                }
            }
        }
    }
}

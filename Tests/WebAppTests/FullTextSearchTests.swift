import FluentKit
import Foundation
import SQLKit
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// The folded full-text search follows every write of a task's words. On
    /// SQLite the FTS5 index is kept by triggers through an id map
    /// (`FullTextIdMap`); on PostgreSQL it is a GIN index over the column.
    @Suite struct FullTextSearchTests {
        @Test func anEditedTaskIsFoundByItsNewWordsAndNoLongerByItsOld() async throws {
            try await TestApp.run { t in
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu")
                let before = try await t.tasks(as: "lanhdao", query: "?q=khoan%20thu")
                #expect(before.contains { $0.id == task.id })
                var changes = TaskChanges()
                changes.title = "Kiểm kê tài sản công tại các trường học"
                changes.text = "Kiểm kê tài sản công tại các trường học trên địa bàn."
                #expect(try await t.send(.PATCH, "api/v1/tasks/\(task.id)", as: "vanthu", json: changes).status == .noContent)

                let found = try await t.tasks(as: "lanhdao", query: "?q=kiem%20ke%20tai%20san%20truong%20hoc")
                #expect(found.map(\.id) == [task.id])
                #expect(!(try await t.tasks(as: "lanhdao", query: "?q=khoan%20thu")).contains { $0.id == task.id })
            }
        }

        @Test func theIdMapHoldsEveryTaskAndDocumentAndADeletedTaskLeavesIt() async throws {
            try await TestApp.run { t in
                guard TestApp.postgresURL == nil else { return }  // PostgreSQL indexes the column itself
                let sql = t.app.db as! any SQLDatabase
                for table in ["tasks", "documents"] {
                    let missing = try await sql.raw("""
                        SELECT count(*) AS n FROM \(ident: table) x WHERE NOT EXISTS (SELECT 1 FROM \(ident: table + "_fts_ids") i WHERE i.row_id = x.id)
                        """).first()?.decode(column: "n", as: Int.self)
                    let extra = try await sql.raw("""
                        SELECT count(*) AS n FROM \(ident: table + "_fts_ids") i WHERE NOT EXISTS (SELECT 1 FROM \(ident: table) x WHERE x.id = i.row_id)
                        """).first()?.decode(column: "n", as: Int.self)
                    #expect(missing == 0 && extra == 0, "\(table)")
                }

                // A task with nothing hanging on it, deleted as a maintenance script would.
                let row = try #require(try await sql.raw("""
                    SELECT t.id, t.title FROM tasks t
                    WHERE NOT EXISTS (SELECT 1 FROM task_coordinators c WHERE c.task_id = t.id)
                      AND NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.task_id = t.id)
                      AND NOT EXISTS (SELECT 1 FROM extensions e WHERE e.task_id = t.id)
                      AND NOT EXISTS (SELECT 1 FROM task_occurrences o WHERE o.task_id = t.id)
                    ORDER BY t.id LIMIT 1
                    """).first())
                let id = try row.decode(column: "id", as: UUID.self)
                let words = SearchFolding.words(try row.decode(column: "title", as: String.self)).prefix(6).joined(separator: "%20")
                #expect(try await t.tasks(as: "lanhdao", query: "?q=\(words)").contains { $0.id == id })

                // Through the gate, so that the list kept by the server is dropped at once.
                try await t.app.dondoc.gate.write(on: t.app.db) { db in
                    try await (db as! any SQLDatabase).raw("DELETE FROM tasks WHERE id = \(bind: id)").run()
                    try await ReportTally.refresh(tasks: [id], on: db)
                }
                #expect(try await sql.raw("SELECT 1 FROM tasks_fts_ids WHERE row_id = \(bind: id)").first() == nil)
                #expect(!(try await t.tasks(as: "lanhdao", query: "?q=\(words)")).contains { $0.id == id })
            }
        }
    }
}

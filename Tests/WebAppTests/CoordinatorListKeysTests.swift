import Foundation
import SQLKit
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// A coordinator row keeps its task's list-order keys (CoordinatorListKeys).
    /// Every app test checks them after its scenario (TestApp.run); these show
    /// the check can fail, and that the app's writes keep them.
    @Suite struct CoordinatorListKeysTests {
        @Test func aTaskChangedAroundTheAppLeavesItsCoordinatorRowsStaleUntilRecomputed() async throws {
            try await TestApp.run { t in
                let task = try #require(try await t.tasks(as: "lanhdao", query: "?limit=1000").first { !$0.supportUnits.isEmpty })
                let sql = t.app.db as! any SQLDatabase
                #expect(try await CoordinatorListKeys.drift(on: t.app.db).isEmpty)
                try await sql.raw("UPDATE tasks SET deadline = '2031-01-02' WHERE id = \(bind: task.id)").run()
                let rows = try await sql.raw("SELECT id FROM task_coordinators WHERE task_id = \(bind: task.id)").all()
                    .map { try $0.decode(column: "id", as: UUID.self) }
                #expect(Set(try await CoordinatorListKeys.drift(on: t.app.db)) == Set(rows))
                try await CoordinatorListKeys.recompute(on: sql)
                #expect(try await CoordinatorListKeys.drift(on: t.app.db).isEmpty)
                try await ReportTally.rebuild(on: t.app.db)  // the tally too was written around
            }
        }

        @Test func aNewCoordinatorAndAnEditedDeadlineCarryTheKeysInTheCoordinatedUnitsList() async throws {
            try await TestApp.run { t in
                let all = try await t.tasks(as: "lanhdao", query: "?limit=1000")
                let task = try #require(all.first { !$0.supportUnits.isEmpty && !$0.workflowState.isFinished })
                let unit = try #require(Set(all.compactMap(\.leadUnitID)).first {
                    $0 != task.leadUnitID && !task.supportUnits.map(\.id).contains($0)
                })
                struct Reassignment: Encodable, Sendable { let unitID: UUID; let supportUnitIDs: [UUID] }
                #expect(try await t.send(.POST, "api/v1/tasks/\(task.id)/reassign", as: "lanhdao", json: Reassignment(
                    unitID: try #require(task.leadUnitID), supportUnitIDs: task.supportUnits.map(\.id) + [unit])).status == .noContent)
                struct Changes: Encodable, Sendable { let deadline: String }
                #expect(try await t.send(.PATCH, "api/v1/tasks/\(task.id)", as: "vanthu",
                                         json: Changes(deadline: "2020-01-06")).status == .noContent)
                // The earliest deadline of the unit's open tasks: first in its list.
                #expect(try await t.tasks(as: "lanhdao", query: "?unit=\(unit)&limit=1").map(\.id) == [task.id])
                #expect(try await CoordinatorListKeys.drift(on: t.app.db).isEmpty)
            }
        }
    }
}

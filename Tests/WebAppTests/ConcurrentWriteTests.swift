import Fluent
import FluentPostgresDriver
import Foundation
import LegalCalendar
import Testing
import Tracking
import VaporTesting
@testable import WebApp

extension AppTests {
    /// Many writes at once through the API, on the same task and on others, as
    /// units reporting at the end of a month do: on SQLite they take turns at
    /// the write gate, on PostgreSQL they run at SERIALIZABLE with retries.
    /// Either way none is lost, none fails with "database is locked", the
    /// one-pending-extension rule holds, and every write is in the history.
    @Suite struct ConcurrentWriteTests {
        enum Write: Sendable {
            case progress(task: UUID, by: String, k: Int)
            case extensionRequest(task: UUID, by: String, k: Int)
        }

        @Test func sixtyWritesAtOnceAreAllKeptWithTheirHistory() async throws {
            try await TestApp.run { t in
                let finance = try await t.tasks(as: "stc")
                let science = try await t.tasks(as: "skhcn")
                let shared = try #require(finance.first { $0.leadUnitName == "Sở Tài chính" }).id
                let others = finance.map(\.id).filter { $0 != shared } + science.map(\.id)
                try #require(science.count == 2 && science.allSatisfy { $0.leadUnitName == "Sở Khoa học và Công nghệ" })
                func unit(of task: UUID) -> String { science.contains { $0.id == task } ? "skhcn" : "stc" }
                let before = try await t.detail(shared)
                func progressEvents(_ task: UUID) async throws -> Int {
                    try await t.detail(task).history.filter { $0.action == AuditAction.reportProgress.rawValue }.count
                }
                var elsewhereBefore = 0
                for task in others { elsewhereBefore += try await progressEvents(task) }
                for task in [shared] + science.map(\.id) {
                    try #require(try await t.detail(task).extensions.allSatisfy { $0.decision != .pending }, "no request pending yet")
                }

                var writes: [Write] = (0..<20).map { .progress(task: shared, by: "stc", k: $0) }
                writes += (0..<20).map { k in let task = others[k % others.count]; return .progress(task: task, by: unit(of: task), k: k) }
                writes += (0..<10).map { .extensionRequest(task: shared, by: "stc", k: $0) }
                writes += (0..<10).map { k in let task = science[k % 2].id; return .extensionRequest(task: task, by: "skhcn", k: k) }

                let statuses = try await withThrowingTaskGroup(of: (Write, HTTPStatus, String).self) { group in
                    for write in writes.shuffled() {
                        group.addTask {
                            let response: TestingHTTPResponse
                            switch write {
                            case .progress(let task, let user, let k):
                                response = try await t.send(.POST, "api/v1/tasks/\(task)/reports", as: user,
                                                            json: ReportInputBody(completed: false, text: "Tiến độ lần \(k + 1): đang triển khai."))
                            case .extensionRequest(let task, let user, let k):
                                response = try await t.send(.POST, "api/v1/tasks/\(task)/extensions", as: user,
                                                            json: ExtensionBody(reason: "Đề nghị gia hạn lần \(k + 1)",
                                                                                requestedDeadline: "2027-01-\(10 + k)"))
                            }
                            return (write, response.status, response.body.string)
                        }
                    }
                    return try await group.reduce(into: [(Write, HTTPStatus, String)]()) { $0.append($1) }
                }

                for (_, status, body) in statuses {
                    #expect(status == .ok || status == .conflict, "\(status): \(body)")
                    #expect(!body.contains("locked") && !body.contains("40001"), "\(body)")
                }
                let progress = statuses.filter { if case .progress = $0.0 { true } else { false } }
                #expect(progress.allSatisfy { $0.1 == .ok }, "every progress report is accepted")
                let extensions = statuses.filter { if case .extensionRequest = $0.0 { true } else { false } }
                #expect(extensions.filter { $0.1 == .ok }.count == 3, "one pending request per task: the shared task and the two others")
                #expect(extensions.filter { $0.1 == .conflict }.allSatisfy { $0.2.contains("đang chờ duyệt") })

                let after = try await t.detail(shared)
                #expect(after.reports.count == before.reports.count + 20)
                #expect(Set(after.reports.map(\.text)).count == after.reports.count, "no report stored twice")
                #expect(after.extensions.count == before.extensions.count + 1)
                let reported = after.history.filter { $0.action == AuditAction.reportProgress.rawValue }.count
                    - before.history.filter { $0.action == AuditAction.reportProgress.rawValue }.count
                #expect(reported == 20, "each report is in the task's history")
                #expect(after.history.filter { $0.action == AuditAction.requestExtension.rawValue }.count
                        == before.history.filter { $0.action == AuditAction.requestExtension.rawValue }.count + 1)

                var elsewhere = 0
                for task in others { elsewhere += try await progressEvents(task) }
                #expect(elsewhere - elsewhereBefore == 20)
                for task in science.map(\.id) {
                    #expect(try await t.detail(task).extensions.filter { $0.decision == .pending }.count == 1)
                }
            }
        }

        /// The check-then-write of an extension request (is one pending
        /// already?) with twenty requests truly at once: the app's pool runs
        /// one transaction per event loop, so this opens a wider one. Under
        /// READ COMMITTED several requests would each see none pending and all
        /// be stored; at SERIALIZABLE the losers are aborted, run again, and
        /// then see the winner's.
        @Test(.enabled(if: TestApp.postgresURL != nil, "needs DONDOC_TEST_POSTGRES_URL"))
        func twentySimultaneousExtensionRequestsLeaveExactlyOnePending() async throws {
            try await TestApp.run { t in
                let wide = DatabaseID(string: "psql-wide")
                t.app.databases.use(try .postgres(url: TestApp.postgresURL!, maxConnectionsPerEventLoop: 20), as: wide)
                let db = t.app.db(wide)
                let tracker = Tracker(db: db, gate: WriteGate(database: db), clock: FixedDayClock(t.today),
                                      organisationID: t.app.dondoc.organisationID)
                let task = try await t.task(ledBy: "Sở Tài chính", containing: "khoản thu").id
                let member = try Principal(try #require(try await UserRecord.query(on: db).filter(\.$username == "stc").first()))

                let outcomes = await withTaskGroup(of: Result<UUID, any Error>.self) { group in
                    for k in 0..<20 {
                        group.addTask {
                            let input = ExtensionInput(reason: "Đề nghị lần \(k + 1)", requestedDeadline: CivilDate(year: 2027, month: 1, day: 10 + k)!)
                            do { return .success(try await tracker.requestExtension(of: task, input, by: member)) } catch { return .failure(error) }
                        }
                    }
                    return await group.reduce(into: [Result<UUID, any Error>]()) { $0.append($1) }
                }
                let refusals = outcomes.compactMap { if case .failure(let error) = $0 { error } else { nil } }
                #expect(outcomes.count - refusals.count == 1, "\(refusals)")
                #expect(refusals.allSatisfy { ($0 as? TrackingError)?.message.contains("đang chờ duyệt") == true }, "\(refusals)")
                let pending = try await ExtensionRecord.query(on: db).filter(\.$task.$id == task).filter(\.$decision == .pending).count()
                #expect(pending == 1)
            }
        }
    }
}

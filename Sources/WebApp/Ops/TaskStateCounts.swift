import Fluent
import SQLKit
import Tracking

/// The number of tasks in each workflow state, for `/metrics`: a count over
/// every task, kept until this server writes, as the dashboard is (a scraper
/// asks every few seconds; the tasks change far less often).
struct TaskStateCounts: Sendable {
    struct State: Sendable {
        let state: String
        let tasks: Int
    }

    enum Key: Hashable, Sendable { case all }
    typealias Cache = WriteScopedCache<Key, TaskStateCounts>
    /// How late another server's or process's writes may show.
    static let lifetime: Duration = .seconds(10)

    let states: [State]

    static func read(_ db: any Database) async throws -> TaskStateCounts {
        let rows = try await (db as! any SQLDatabase)
            .raw("SELECT workflow_state, COUNT(*) AS n FROM tasks GROUP BY workflow_state ORDER BY workflow_state").all()
        return TaskStateCounts(states: try rows.map {
            State(state: try $0.decode(column: "workflow_state", as: String.self), tasks: try $0.decode(column: "n", as: Int.self))
        })
    }
}

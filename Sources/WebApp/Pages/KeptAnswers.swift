import Foundation
import LegalCalendar
import NIOCore
import Tracking
import Vapor

/// The answers to the busiest reads, kept until this server next writes
/// (`WriteScopedCache`): a task list for one filter and a task for its id,
/// each as of one day.
///
/// Why one answer serves every reader who asks: what a list or a task shows
/// depends on the data, the working calendar and the day, never on who reads
/// it. A unit member's filter always names their own unit (so their key does
/// too), and access to a task is checked before its answer is looked up. The
/// reader's own parts of a page (their name, the form token, the forms they
/// may use) are added around the kept part on every request.
///
/// Why it pays: offices read far more than they write. Every member of a
/// unit opens the same inbox, a leader goes back to one list between tasks,
/// and the list and a task are read again after each visit to another page.
/// The first read after a write (of anything: the gate does not say what
/// changed) computes the answer afresh, at the cost measured before these
/// were kept. Other servers' and processes' writes show within `lifetime`.
struct KeptAnswers: Sendable {
    struct ListKey: Hashable, Sendable {
        let filter: TaskFilter
        let day: CivilDate
        let openOnly: Bool
    }

    struct TaskKey: Hashable, Sendable {
        let id: UUID
        let day: CivilDate
    }

    /// A list page's table as drawn (`TaskTableHTML`), and whether a next page exists.
    struct Table: Sendable {
        let rowsHTML: String
        let hasTasks: Bool
        let hasNext: Bool
    }

    static let lifetime: Duration = .seconds(5)
    /// Longer lists (a script reading 1,000 rows a page) are computed every
    /// time, so a full cache stays within a few tens of megabytes.
    static let longestKeptList = TaskFilter.inboxSize

    /// A list's answer: kept if it is a screen's worth, else `compute()`'s.
    func list<Value>(_ cache: WriteScopedCache<ListKey, Value>, _ key: ListKey,
                     compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        guard (key.filter.limit ?? TaskFilter.pageSize) <= Self.longestKeptList else { return try await compute() }
        return try await cache.value(for: key, compute: compute)
    }

    /// The list API's JSON bodies: a page of 50 tasks is about 50 kB and an
    /// inbox of 200 about 200 kB, so a full cache holds at most some 25 MB.
    let listJSON: WriteScopedCache<ListKey, ByteBuffer>
    let listTables: WriteScopedCache<ListKey, Table>
    /// The task API's JSON bodies and the task page's data, by task.
    let taskJSON: WriteScopedCache<TaskKey, ByteBuffer>
    let tasks: WriteScopedCache<TaskKey, TaskView>

    /// A task as its page shows it: the data the reader's forms are chosen
    /// from, and the parts that are the same for every reader drawn once
    /// (encoding the task for Leaf and drawing its history were most of a
    /// page's time once the data was kept).
    struct TaskView: Sendable {
        let detail: TaskDetail
        /// The facts, the text and the source excerpt (task-facts.leaf).
        let facts: String
        /// The reports sent and the history (task-record.leaf).
        let record: String
    }

    /// `keep: false` (`dondoc serve --no-kept-answers`) computes every
    /// answer afresh: for a deployment of several servers on one PostgreSQL
    /// database where one server's write must show on the others at once,
    /// and to measure what a read costs after a write.
    init(gate: WriteGate, keep: Bool = true) {
        let (lists, tasks) = keep ? (128, 1024) : (0, 0)
        listJSON = .init(gate: gate, capacity: lists, lifetime: Self.lifetime)
        listTables = .init(gate: gate, capacity: lists, lifetime: Self.lifetime)
        taskJSON = .init(gate: gate, capacity: tasks, lifetime: Self.lifetime)
        self.tasks = .init(gate: gate, capacity: tasks, lifetime: Self.lifetime)
    }
}

/// A JSON body already written, sent as it is.
struct JSONBody: AsyncResponseEncodable {
    let buffer: ByteBuffer

    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(buffer: buffer))
    }

    /// `value` as a JSON body, written by the encoder Vapor uses for `Content`.
    static func encoding<Value: Encodable>(_ value: Value) throws -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: 4096)
        var headers = HTTPHeaders()
        try ContentConfiguration.global.requireEncoder(for: .json).encode(value, to: &buffer, headers: &headers)
        return buffer
    }
}

extension Request {
    var kept: KeptAnswers { application.dondoc.kept }

    /// A task as its page shows it today.
    func keptTask(_ id: UUID, using queries: TaskQueries) async throws -> KeptAnswers.TaskView {
        let request = self
        return try await kept.tasks.value(for: .init(id: id, day: queries.asOf)) {
            guard let detail = try await TaskDetail.load(id, using: queries) else { throw Abort(.notFound) }
            struct Drawn: Encodable { let detail: TaskDetail }
            return KeptAnswers.TaskView(
                detail: detail,
                facts: String(buffer: try await request.view.render("task-facts", Drawn(detail: detail)).data),
                record: String(buffer: try await request.view.render("task-record", Drawn(detail: detail)).data))
        }
    }
}

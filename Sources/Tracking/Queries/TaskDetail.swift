import FluentKit
import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

/// Everything the task page shows: the task, the passage of the document it
/// came from, and its whole history.
public struct TaskDetail: Codable, Sendable {
    public struct Report: Codable, Sendable {
        public let id: UUID
        public let kind: ReportKind
        public let text: String
        public let answerNumber: String?
        public let evidenceFileName: String?
        public let reportedOn: String
        public let decision: Decision
        public let authorName: String
        public let at: Date?
    }
    public struct Extension: Codable, Sendable {
        public let id: UUID
        public let reason: String
        public let previousDeadline: String?
        public let requestedDeadline: String
        public let decision: Decision
        public let decisionNote: String?
        public let at: Date?
    }
    public struct Event: Codable, Sendable {
        public let at: Date
        public let actorName: String
        public let action: String
        public let label: String
        public let before: String?
        public let after: String?
        /// The note written with the change: a reassignment's reason, or the
        /// sentence of a hand-over ("Chuyển từ ... do sáp nhập").
        public let note: String?
    }

    /// The document's text around a task, split so that the task's own span
    /// can be highlighted.
    public struct Excerpt: Codable, Sendable {
        public let before: String
        public let span: String
        public let after: String
    }

    public let task: TaskRow
    public let text: String
    public let source: Excerpt?
    /// The text of every passage, when the task was merged from several
    /// (`source` shows the first in its context).
    public let passages: [String]
    /// Every due date the document set, earliest first, when more than one.
    public let milestones: [Milestone]
    /// The code of a recurring duty's rhythm (`Recurrence`), nil for a one-off task.
    public let recurrence: String?
    public let reports: [Report]
    public let extensions: [Extension]
    public let history: [Event]

    /// Two statements (`TaskDetailStatement`): the task's row with its
    /// coordinating units, then its extensions, reports and history as the
    /// parts of one UNION ALL. Each statement is a trip to the database's
    /// thread and back; three separate reads of the record cost more in trips
    /// than the union costs SQLite to parse.
    public static func load(_ id: UUID, using queries: TaskQueries) async throws -> TaskDetail? {
        let rows = try await queries.sql.raw(TaskDetailStatement.task(id)).all()
        guard let found = rows.first else { return nil }
        var parts: [TaskDetailStatement.Part: [any SQLRow]] = [:]
        for row in try await queries.sql.raw(TaskDetailStatement.record(id)).all() {
            guard let part = TaskDetailStatement.Part(rawValue: try row.decode(column: "part", as: Int.self)) else { continue }
            parts[part, default: []].append(row)
        }
        var source: Excerpt?
        if let before = try found.decode(column: "excerpt_before", as: String?.self),
           let span = try found.decode(column: "excerpt_span", as: String?.self),
           let after = try found.decode(column: "excerpt_after", as: String?.self) {
            source = Excerpt(before: before, span: span, after: after)
        }
        var passages: [String] = []
        if let text = try found.decode(column: "document_text", as: String?.self),
           let pieces = try found.decode(column: "source_spans", as: String?.self) {
            passages = try JSONDecoder().decode([SourceSpan].self, from: Data(pieces.utf8))
                .compactMap { Self.excerpt(text, start: $0.start, end: $0.end)?.span }
        }

        let extensions = try (parts[.extensions] ?? []).map(StoredExtension.init)
        var task = [try TaskQueries.row(found)]
        task[0].supportUnits = try rows.compactMap(TaskQueries.supportUnit)
        queries.classify(&task, extensions: [id: StoredExtension.approvedInDecisionOrder(extensions)])

        let reports = try (parts[.reports] ?? []).map { r in
            Report(id: try r.decode(column: "item_id", as: UUID.self),
                   kind: ReportKind(rawValue: try r.decode(column: "report_kind", as: String.self)) ?? .progress,
                   text: try r.decode(column: "item_text", as: String.self),
                   answerNumber: try r.decode(column: "answer_number", as: String?.self),
                   evidenceFileName: try r.decode(column: "evidence_file_name", as: String?.self),
                   reportedOn: try r.decode(column: "reported_on", as: String.self),
                   decision: Decision(rawValue: try r.decode(column: "item_decision", as: String.self)) ?? .pending,
                   authorName: try r.decode(column: "actor_name", as: String.self),
                   at: try r.decode(column: "item_at", as: Date?.self))
        }
        let history = try (parts[.history] ?? []).map { e in
            let action = try e.decode(column: "action", as: String.self)
            let after = try e.decode(column: "after_json", as: String?.self)
            return Event(at: try e.decode(column: "item_at", as: Date.self), actorName: try e.decode(column: "actor_name", as: String.self),
                         action: action, label: AuditAction(rawValue: action)?.label ?? action,
                         before: try e.decode(column: "before_json", as: String?.self), after: after, note: Self.note(in: after))
        }
        return TaskDetail(
            task: task[0], text: try found.decode(column: "task_text", as: String.self), source: source, passages: passages,
            milestones: try found.decode(column: "milestones", as: String?.self)
                .map { try JSONDecoder().decode([Milestone].self, from: Data($0.utf8)) } ?? [],
            recurrence: try found.decode(column: "recurrence", as: String?.self),
            reports: reports, extensions: extensions.map(\.shown), history: history)
    }

    /// The units the task involves, as the access policy weighs them.
    public var scope: TaskScope {
        TaskScope(leadUnitID: task.leadUnitID, supportUnitIDs: task.supportUnits.map(\.id))
    }

    /// An extension as the page shows it, with what its classification needs.
    private struct StoredExtension {
        let shown: Extension
        let decidedOn: String?

        init(_ r: any SQLRow) throws {
            decidedOn = try r.decode(column: "decided_on", as: String?.self)
            shown = Extension(id: try r.decode(column: "item_id", as: UUID.self), reason: try r.decode(column: "item_text", as: String.self),
                              previousDeadline: try r.decode(column: "previous_deadline", as: String?.self),
                              requestedDeadline: try r.decode(column: "requested_deadline", as: String.self),
                              decision: Decision(rawValue: try r.decode(column: "item_decision", as: String.self)) ?? .pending,
                              decisionNote: try r.decode(column: "decision_note", as: String?.self),
                              at: try r.decode(column: "item_at", as: Date?.self))
        }

        /// The approved ones by decision day, then by request (the list's
        /// classification orders them the same way in SQL).
        static func approvedInDecisionOrder(_ all: [StoredExtension]) -> [DeadlineExtension] {
            let approved = all.filter { $0.shown.decision == .approved }
            return approved.enumerated()
                .sorted { ($0.element.decidedOn ?? "", $0.offset) < ($1.element.decidedOn ?? "", $1.offset) }
                .compactMap { item in
                    CivilDate(iso: item.element.shown.requestedDeadline).map {
                        DeadlineExtension(newDeadline: $0, approvedOn: item.element.decidedOn.flatMap(CivilDate.init(iso:)))
                    }
                }
        }
    }

    private struct Noted: Decodable { let note: String? }

    static func note(in json: String?) -> String? {
        guard let json else { return nil }
        return (try? JSONDecoder().decode(Noted.self, from: Data(json.utf8)))?.note
    }

    /// How many scalars of the document an excerpt shows on each side of the span.
    static let context = 300

    /// Up to `context` scalars on each side of the span (spans count Unicode
    /// scalars, like the extractor's). The page's own excerpt is cut the same
    /// way by the database (`TaskDetailStatement`); this cuts a merged task's
    /// passages.
    static func excerpt(_ text: String, start: Int, end: Int) -> Excerpt? {
        let scalars = Array(text.unicodeScalars)
        guard 0 <= start, start <= end, end <= scalars.count else { return nil }
        let from = max(0, start - context), to = min(scalars.count, end + context)
        func piece(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        return Excerpt(before: piece(from, start), span: piece(start, end), after: piece(end, to))
    }
}

import FluentKit
import Foundation
import SQLKit

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
    public let reports: [Report]
    public let extensions: [Extension]
    public let history: [Event]

    public static func load(_ id: UUID, using queries: TaskQueries, on db: any Database) async throws -> TaskDetail? {
        guard let row = try await queries.task(id),
              let task = try await TaskRecord.find(id, on: db) else { return nil }
        var source: Excerpt?
        var passages: [String] = []
        if let documentID = task.$document.id, let start = task.spanStart, let end = task.spanEnd,
           let text = try await documentText(documentID, on: db) {
            source = Self.excerpt(text, start: start, end: end)
            let pieces = try task.sourceSpans.map { try JSONDecoder().decode([SourceSpan].self, from: Data($0.utf8)) } ?? []
            passages = pieces.compactMap { Self.excerpt(text, start: $0.start, end: $0.end)?.span }
        }
        let reports = try await ProgressReportRecord.query(on: db).filter(\.$task.$id == id)
            .with(\.$author).sort(\.$createdAt).all()
        let extensions = try await ExtensionRecord.query(on: db).filter(\.$task.$id == id).sort(\.$createdAt).all()
        var entityIDs = [id]
        entityIDs += extensions.compactMap(\.id)
        let history = try await AuditRecord.query(on: db).filter(\.$entityID ~~ entityIDs).sort(\.$at).all()
        return TaskDetail(
            task: row, text: task.text, source: source, passages: passages,
            milestones: try task.milestones.map { try JSONDecoder().decode([Milestone].self, from: Data($0.utf8)) } ?? [],
            reports: try reports.map {
                Report(id: try $0.requireID(), kind: $0.kind, text: $0.text, answerNumber: $0.answerNumber,
                       evidenceFileName: $0.evidenceFileName, reportedOn: $0.reportedOn, decision: $0.decision,
                       authorName: $0.author.displayName, at: $0.createdAt)
            },
            extensions: try extensions.map {
                Extension(id: try $0.requireID(), reason: $0.reason, previousDeadline: $0.previousDeadline,
                          requestedDeadline: $0.requestedDeadline, decision: $0.decision,
                          decisionNote: $0.decisionNote, at: $0.createdAt)
            },
            history: history.map {
                Event(at: $0.at, actorName: $0.actorName, action: $0.action,
                      label: AuditAction(rawValue: $0.action)?.label ?? $0.action, before: $0.beforeJSON, after: $0.afterJSON,
                      note: Self.note(in: $0.afterJSON))
            })
    }

    private struct Noted: Decodable { let note: String? }

    static func note(in json: String?) -> String? {
        guard let json else { return nil }
        return (try? JSONDecoder().decode(Noted.self, from: Data(json.utf8)))?.note
    }

    /// The document's text alone: the whole record also carries the original
    /// file and the folded text, tens of kilobytes the page never shows.
    static func documentText(_ id: UUID, on db: any Database) async throws -> String? {
        try await (db as! any SQLDatabase).raw("SELECT text FROM documents WHERE id = \(bind: id)")
            .first()?.decode(column: "text", as: String.self)
    }

    /// Up to 300 scalars of context on each side of the span (spans count
    /// Unicode scalars, like the extractor's).
    static func excerpt(_ text: String, start: Int, end: Int) -> Excerpt? {
        let scalars = Array(text.unicodeScalars)
        guard 0 <= start, start <= end, end <= scalars.count else { return nil }
        let from = max(0, start - 300), to = min(scalars.count, end + 300)
        func piece(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        return Excerpt(before: piece(from, start), span: piece(start, end), after: piece(end, to))
    }
}

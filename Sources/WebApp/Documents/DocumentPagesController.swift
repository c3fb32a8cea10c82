import Fluent
import Foundation
import LegalCalendar
import Tracking
import TrackingRules
import Vapor

/// The clerk's pages: upload a document, review its draft beside the text,
/// confirm the tasks.
struct DocumentPagesController: RouteCollection {
    struct UploadPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
    }
    struct Segment: Encodable {
        let text: String
        let task: Int?
    }
    struct Row: Encodable {
        let index: Int
        let section: String?
        let text: String
        let leadText: String?
        let leadUnitID: String?
        let supportUnitIDs: String
        let supportNames: String
        let deadline: String?
        let deadlineText: String?
        let spanStart: Int?
        let spanEnd: Int?
        /// A recurring duty: its code, how it reads, and its end (ISO).
        let recurrence: String?
        let recurrenceLabel: String?
        let recurrenceUntil: String?
    }
    struct Option: Encodable { let id: String; let name: String }
    struct DraftPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let document: DocumentAPIController.Summary
        let facts: DocumentFacts
        let segments: [Segment]
        let rows: [Row]
        let units: [Option]
        let leaders: [Option]
        let tasks: [TaskRow]
        let isDraft: Bool
    }
    struct RowForm: Decodable {
        let accept: String?
        let text: String?
        let section: String?
        let leadUnitID: String?
        let leadText: String?
        let supportUnitIDs: String?
        let teach: String?
        let leaderID: String?
        let deadline: String?
        let deadlineText: String?
        let spanStart: Int?
        let spanEnd: Int?
        let recurrence: String?
        let recurrenceUntil: String?
        /// Unticked, a recurring duty is tracked as a single task.
        let trackByPeriod: String?
    }
    struct ConfirmForm: Decodable { let tasks: [String: RowForm]? }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .newDocument, action: .registerDocument) { request, principal in
            try await request.view.render("upload", UploadPage(me: TaskPagesController.me(principal), csrf: request.csrfToken))
        }
        routes.guarded(.POST, .documents, action: .registerDocument) { request, principal in
            let draft = try await request.receiveUpload(by: principal)
            return request.redirect(to: SiteRoute.document(.value(draft.id)).path)
        }
        routes.guarded(.GET, .document(.key), action: .readDocument) { request, principal in
            try await draftPage(request, principal)
        }
        routes.guarded(.POST, .documentConfirm(.key), action: .registerDocument) { request, principal in
            let document = try await DocumentAPIController.document(request)
            let form = try request.content.decode(ConfirmForm.self)
            var tasks: [NewTask] = []
            for (_, row) in (form.tasks ?? [:]).sorted(by: { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }) {
                guard row.accept == "on", let text = row.text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
                var task = NewTask(text: text)
                task.section = row.section
                task.spanStart = row.spanStart
                task.spanEnd = row.spanEnd
                task.leadUnitID = row.leadUnitID.flatMap(UUID.init(uuidString:))
                task.leadText = row.leadText
                task.supportUnitIDs = (row.supportUnitIDs ?? "").split(separator: ",").compactMap { UUID(uuidString: String($0)) }
                task.leaderID = row.leaderID.flatMap(UUID.init(uuidString:))
                if let deadline = row.deadline, !deadline.isEmpty {
                    guard let date = CivilDate(iso: deadline) else {
                        throw Abort(.unprocessableEntity, reason: "Hạn \"\(deadline)\" không đúng dạng ngày.")
                    }
                    task.deadline = date
                }
                task.deadlineText = row.deadlineText
                if let code = row.recurrence, !code.isEmpty, Recurrence(code: code) == nil || row.trackByPeriod == "on" {
                    task.recurrence = code
                    task.recurrenceUntil = row.recurrenceUntil.flatMap(CivilDate.init(iso:))
                }
                if row.teach == "on", let unit = task.leadUnitID, let written = row.leadText, !written.isEmpty {
                    try await request.directory.teach(alias: written, to: unit, by: principal.actor)
                }
                tasks.append(task)
            }
            _ = try await request.tracker.confirm(document: try document.requireID(), tasks: tasks, by: principal.actor)
            return request.redirect(to: SiteRoute.document(.value(try document.requireID())).path)
        }
    }

    private func draftPage(_ request: Request, _ principal: Principal) async throws -> View {
        let document = try await DocumentAPIController.document(request)
        let detail = try await DocumentAPIController.detail(document, on: request)
        let unitRecords = try await request.directory.units()
        var names: [UUID: String] = [:]
        for unit in unitRecords { names[try unit.requireID()] = unit.name }
        var proposals = detail.proposals
        if document.state == .draft { proposals.append(NewTask(text: "")) }  // one more row for a task the extractor missed
        let rows = proposals.enumerated().map { index, task in
            let support = task.supportUnitIDs ?? []
            return Row(index: index, section: task.section, text: task.text, leadText: task.leadText,
                       leadUnitID: task.leadUnitID?.uuidString,
                       supportUnitIDs: support.map(\.uuidString).joined(separator: ","),
                       supportNames: support.compactMap { names[$0] }.joined(separator: "; "),
                       deadline: task.deadline?.iso, deadlineText: task.deadlineText,
                       spanStart: task.spanStart, spanEnd: task.spanEnd, recurrence: task.recurrence,
                       recurrenceLabel: task.recurrence.flatMap { Recurrence(code: $0)?.vietnamese },
                       recurrenceUntil: task.recurrenceUntil?.iso)
        }
        let units = try unitRecords.map { Option(id: try $0.requireID().uuidString, name: $0.name) }
        let leaders = try await UserRecord.query(on: request.db).filter(\.$role == .leader).sort(\.$displayName).all()
            .map { Option(id: try $0.requireID().uuidString, name: $0.displayName) }
        return try await request.view.render("document", DraftPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken, document: detail.summary,
            facts: try await DocumentFacts.of(document, using: request.queries()),
            segments: Self.segments(document.text, spans: rows.compactMap { row in
                guard let s = row.spanStart, let e = row.spanEnd else { return nil }
                return (row.index, s, e)
            }),
            rows: rows, units: units, leaders: leaders, tasks: detail.tasks, isDraft: document.state == .draft))
    }

    /// Cuts the text into plain and highlighted pieces; spans are Unicode
    /// scalar offsets and may not overlap (later overlapping ones are dropped).
    static func segments(_ text: String, spans: [(task: Int, start: Int, end: Int)]) -> [Segment] {
        let scalars = Array(text.unicodeScalars)
        var segments: [Segment] = []
        var at = 0
        for span in spans.sorted(by: { $0.start < $1.start }) where span.start >= at && span.end <= scalars.count && span.start < span.end {
            if span.start > at { segments.append(Segment(text: String(String.UnicodeScalarView(scalars[at..<span.start])), task: nil)) }
            segments.append(Segment(text: String(String.UnicodeScalarView(scalars[span.start..<span.end])), task: span.task))
            at = span.end
        }
        if at < scalars.count { segments.append(Segment(text: String(String.UnicodeScalarView(scalars[at...])), task: nil)) }
        return segments
    }
}

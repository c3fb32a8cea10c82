import DocumentReader
import Extraction
import Foundation
import Tracking
import TrackingRules

/// What the document page shows: the text with every proposal's passages
/// highlighted, and one editable row per proposal with its merge and split
/// controls.
struct DraftReviewPage: Encodable {
    struct Segment: Encodable {
        let text: String
        let task: Int?
    }
    struct Option: Encodable { let id: String; let name: String }
    struct Cut: Encodable {
        let offset: Int
        /// The words the second part would start with.
        let label: String
    }
    struct Due: Encodable { let date: String; let text: String }
    struct Row: Encodable {
        let index: Int
        /// Empty for the row left blank for a task the extractor missed.
        let id: String
        let section: String?
        let text: String
        /// Text area height in lines, so the whole text shows.
        let textRows: Int
        let leadText: String?
        let leadUnitID: String?
        /// No unit of the directory leads it (the document names none, or only
        /// a group such as "các cơ quan, đơn vị, địa phương").
        let leadMissing: Bool
        let leaderID: String?
        /// The clerk's tick "Nhận nhiệm vụ", kept through merges and splits.
        let accepted: Bool
        let supportNames: String
        let deadline: String?
        let deadlineText: String?
        let milestones: [Due]
        let passages: Int
        let cuts: [Cut]
        /// "UBND huyện X → nay là UBND xã Y" for units merged since the document.
        let successions: [String]
        /// A duty tracked period by period: how it recurs ("Hằng tháng, trước ngày 20") and its end (ISO).
        let recurrenceLabel: String?
        let recurrenceUntil: String?
    }

    let me: TaskPagesController.Me
    let csrf: String
    let document: DocumentAPIController.Summary
    let heading: String
    let facts: DocumentFacts
    let segments: [Segment]
    let rows: [Row]
    let units: [Option]
    let leaders: [Option]
    let tasks: [TaskRow]
    let isDraft: Bool

    /// "Thông báo số 265/TB-UBND"; a document without a number is named by
    /// its type and subject, never by the file it came in.
    static func heading(_ document: DocumentAPIController.Summary) -> String {
        let type = document.docType.flatMap { DocumentType(code: $0).name }
        if let number = document.number { return "\(type ?? "Văn bản") số \(number)" }
        let name = type.map { "\($0) chưa có số" } ?? "Văn bản chưa có số"
        guard let subject = document.subject, !subject.isEmpty else { return name }
        return "\(name): \(subject)"
    }

    static func rows(_ proposals: [DraftProposal], text: String, unitNames: [UUID: String]) -> [Row] {
        let scalars = Array(text.unicodeScalars)
        let pieces = proposals.map(\.task.pieces)
        let cuts = PassageReader.breaks(text, in: pieces.flatMap { $0 }.compactMap { piece -> TextSpan? in
            guard 0 <= piece.start, piece.start <= piece.end, piece.end <= scalars.count else { return nil }
            return TextSpan(start: piece.start, end: piece.end)
        }).flatMap { $0 }
        return proposals.enumerated().map { index, proposal in
            let task = proposal.task
            // inside a passage, or where a later passage of a merged task begins
            let inside = cuts.filter { offset in pieces[index].contains { $0.start < offset && offset < $0.end } }
            let all = Set(inside + pieces[index].dropFirst().map(\.start)).sorted()
            // A row the clerk reworded is cut where the chosen words stand in it: offer only those it still has.
            let own = pieces[index].isEmpty ? all
                : EditedCut.standing(all, in: task.text, document: scalars, passage: pieces[index][0].start..<pieces[index][pieces[index].count - 1].end)
            return Row(
                index: index, id: proposal.id.uuidString, section: task.section, text: task.text,
                textRows: textRows(task.text), leadText: task.leadText, leadUnitID: task.leadUnitID?.uuidString,
                leadMissing: task.leadUnitID == nil, leaderID: task.leaderID?.uuidString, accepted: proposal.accepted,
                supportNames: (task.supportUnitIDs ?? []).compactMap { unitNames[$0] }.joined(separator: "; "),
                deadline: task.deadline?.iso, deadlineText: task.deadlineText,
                milestones: (task.milestones ?? []).map { Due(date: $0.date.iso, text: $0.text) },
                passages: pieces[index].count,
                cuts: own.map { Cut(offset: $0, label: label(scalars, from: $0)) },
                successions: task.successions ?? [],
                recurrenceLabel: task.recurrence.flatMap { Recurrence(code: $0)?.vietnamese },
                recurrenceUntil: task.recurrenceUntil?.iso)
        }
    }

    /// The row for a task the extractor missed.
    static func blankRow(_ index: Int) -> Row {
        Row(index: index, id: "", section: nil, text: "", textRows: 3, leadText: nil, leadUnitID: nil, leadMissing: false,
            leaderID: nil, accepted: false, supportNames: "", deadline: nil, deadlineText: nil, milestones: [], passages: 0, cuts: [], successions: [],
            recurrenceLabel: nil, recurrenceUntil: nil)
    }

    /// About 70 characters a line; between 3 and 24 lines.
    static func textRows(_ text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + 1 + $1.count / 70 }
        return min(24, max(3, lines + 1))
    }

    /// The first words after a cut: "Phòng Văn hóa và Thông tin tuyên…".
    static func label(_ scalars: [Unicode.Scalar], from offset: Int) -> String {
        var words = 0, end = offset, inWord = false
        while end < scalars.count {
            let space = scalars[end].properties.isWhitespace
            if !space, !inWord {
                if words == 8 { break }
                words += 1
            }
            inWord = !space
            end += 1
        }
        let piece = String(String.UnicodeScalarView(scalars[offset..<end])).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return piece + "…"
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

import DocumentReader
import Extraction
import Foundation

/// Splitting one proposal into parts at points of its passage: the clerk
/// found two pieces of work in one item. Each part keeps exactly its piece of
/// the document and is read again, so a part that names its own body or due
/// date gets them; what a part does not name it inherits from the whole.
///
/// A row the clerk edited is split in the clerk's wording, not the
/// document's: each split point (chosen in the document) is found again in
/// the edited text by the words it opens (`EditedCut`), each part of the
/// edited text is read again, and the clerk's lead unit, leader and deadline
/// stay with every part that still names what the whole named. A point whose
/// words the edited text no longer has is refused: cutting somewhere else
/// would make parts the clerk did not choose.
struct ProposalSplit {
    /// The document's text and what it is read with.
    let text: String
    let context: PassageReader.Context
    let unitIDs: [String: UUID]

    func split(_ proposal: DraftProposal, at offsets: [Int]) throws -> [DraftProposal] {
        let whole = proposal.task
        let pieces = whole.pieces
        guard let first = pieces.first, let last = pieces.last else {
            throw TrackingError(.invalid, "Nhiệm vụ này không gắn với đoạn nào của văn bản nên không tách được; hãy sửa nội dung trực tiếp.")
        }
        let cuts = Array(Set(offsets)).sorted()
        guard !cuts.isEmpty else { throw TrackingError(.invalid, "Chưa chọn chỗ tách nhiệm vụ.") }
        if let outside = cuts.first(where: { $0 <= first.start || $0 >= last.end }) {
            throw TrackingError(.invalid, "Chỗ tách (ký tự thứ \(outside)) nằm ngoài đoạn văn bản của nhiệm vụ (từ \(first.start) đến \(last.end)).")
        }
        let bounds = [first.start] + cuts + [last.end]
        let partPieces = (0..<(bounds.count - 1)).map { k in
            pieces.compactMap { piece -> TextSpan? in
                let start = max(piece.start, bounds[k]), end = min(piece.end, bounds[k + 1])
                return start < end ? TextSpan(start: start, end: end) : nil
            }
        }
        let inDocument = partPieces.map { PassageReader.read(text, spans: $0, context: context) }
        guard inDocument.allSatisfy({ !$0.task.text.isEmpty }) else { throw Self.emptyPart }

        let wholeInDocument = PassageReader.read(text, spans: pieces.map { TextSpan(start: $0.start, end: $0.end) }, context: context)
        let (readings, wholeReading) = isDocumentWording(whole.text, pieces: pieces, reading: wholeInDocument)
            ? (inDocument, wholeInDocument)
            : try editedReadings(whole.text, at: cuts, passage: first.start..<last.end)
        let named = DraftProposals.task(from: wholeReading.task, unitIDs: unitIDs)
        let row = chosen(whole, documentSays: DraftProposals.task(from: wholeInDocument.task, unitIDs: unitIDs), rowSays: named)
        return zip(readings, inDocument).map { reading, place in
            var task = part(of: row, named: named, reading: reading)
            task.setPieces(place.spans.map { SourceSpan(start: $0.start, end: $0.end) })
            return DraftProposal(task: task, accepted: proposal.accepted)
        }
    }

    /// The parts of an edited wording, cut where the words at each point
    /// stand in it, and the whole, each read on its own.
    func editedReadings(_ wording: String, at cuts: [Int], passage: Range<Int>) throws
        -> (parts: [PassageReader.Reading], whole: PassageReader.Reading) {
        let edited = Array(wording.unicodeScalars)
        let located = try EditedCut.locate(cuts, in: edited, document: Array(text.unicodeScalars), passage: passage)
        let parts = zip([0] + located, located + [edited.count]).map { readAlone(String(String.UnicodeScalarView(edited[$0..<$1]))) }
        guard parts.allSatisfy({ !$0.task.text.isEmpty }) else { throw Self.emptyPart }
        return (parts, readAlone(wording))
    }

    static let emptyPart = TrackingError(.invalid, "Chỗ tách phải để lại nội dung ở mỗi phần của nhiệm vụ.")

    /// A piece of the clerk's wording read on its own, as a passage of the
    /// document would be (the document's date and issuer still apply).
    func readAlone(_ wording: String) -> PassageReader.Reading {
        PassageReader.read(wording, spans: [TextSpan(start: 0, end: wording.unicodeScalars.count)], context: context)
    }

    /// Whether the row still reads as the document words its passages: as
    /// one passage reads, or as a merge joined them.
    func isDocumentWording(_ wording: String, pieces: [SourceSpan], reading: PassageReader.Reading) -> Bool {
        let wording = Self.spaced(wording)
        if wording == Self.spaced(reading.task.text) { return true }
        let each = pieces.map { PassageReader.read(text, spans: [TextSpan(start: $0.start, end: $0.end)], context: context).task.text }
        return wording == Self.spaced(ProposalMerge.joinedText(each))
    }

    static func spaced(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The row as its parts inherit it: the lead unit and deadline the clerk
    /// chose (they differ from what the document says) stay; one still as
    /// the document says gives way to what the row's wording says now, so a
    /// deadline reworded in the text is not overruled by the stale field.
    func chosen(_ whole: NewTask, documentSays document: NewTask, rowSays named: NewTask) -> NewTask {
        var row = whole
        if whole.leadUnitID == document.leadUnitID, named.leadUnitID != nil || named.leadText != nil {
            row.leadUnitID = named.leadUnitID
            row.leadText = named.leadText
        }
        if whole.deadline == document.deadline, named.deadline != nil || named.deadlineText != nil {
            row.deadline = named.deadline
            row.deadlineText = named.deadlineText
        }
        return row
    }

    /// A part as read on its own, completed from the whole. Where the part
    /// names the same lead or due date as the whole (`named`: the whole as
    /// it reads), the row's own choice stands: the clerk's unit and typed
    /// deadline still apply to it. Where it names another, its reading wins;
    /// where it names none, it inherits the row's.
    func part(of whole: NewTask, named: NewTask, reading: PassageReader.Reading) -> NewTask {
        let read = DraftProposals.task(from: reading.task, unitIDs: unitIDs)
        var part = NewTask(text: read.text)
        part.section = whole.section
        let ownLead = (read.leadUnitID != nil || read.leadText != nil) && !Self.sameLead(read, named)
        part.leadUnitID = ownLead ? read.leadUnitID : whole.leadUnitID
        part.leadText = ownLead ? read.leadText : whole.leadText
        let support = (read.supportUnitIDs ?? []).isEmpty ? (whole.supportUnitIDs ?? []) : (read.supportUnitIDs ?? [])
        part.supportUnitIDs = support.filter { $0 != part.leadUnitID }
        part.leaderID = whole.leaderID
        let namesDeadline = read.deadline != nil || read.deadlineText != nil
        if namesDeadline, read.deadline != named.deadline || read.deadlineText != named.deadlineText {
            part.deadline = read.deadline
            part.deadlineText = read.deadlineText
            part.milestones = read.milestones
        } else {
            part.deadline = whole.deadline
            part.deadlineText = whole.deadlineText
        }
        part.recurrence = read.recurrence ?? whole.recurrence
        return part
    }

    static func sameLead(_ a: NewTask, _ b: NewTask) -> Bool {
        if let x = a.leadText, let y = b.leadText { return SearchFolding.fold(x) == SearchFolding.fold(y) }
        return a.leadText == nil && b.leadText == nil && a.leadUnitID == b.leadUnitID
    }
}

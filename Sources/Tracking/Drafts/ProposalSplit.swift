import DocumentReader
import Extraction
import Foundation

/// Splitting one proposal into parts at points of its passage: the clerk
/// found two pieces of work in one item. Each part keeps exactly its piece of
/// the document and is read again, so a part that names its own body or due
/// date gets them; what a part does not name it inherits from the whole.
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
        var parts: [DraftProposal] = []
        for k in 0..<(bounds.count - 1) {
            let clipped = pieces.compactMap { piece -> SourceSpan? in
                let start = max(piece.start, bounds[k]), end = min(piece.end, bounds[k + 1])
                return start < end ? SourceSpan(start: start, end: end) : nil
            }
            let reading = PassageReader.read(text, spans: clipped.map { TextSpan(start: $0.start, end: $0.end) }, context: context)
            guard !reading.task.text.isEmpty else {
                throw TrackingError(.invalid, "Chỗ tách phải để lại nội dung ở mỗi phần của nhiệm vụ.")
            }
            parts.append(DraftProposal(task: part(of: whole, reading: reading)))
        }
        return parts
    }

    /// A part as read on its own, completed from the whole where it names nothing.
    func part(of whole: NewTask, reading: PassageReader.Reading) -> NewTask {
        let read = DraftProposals.task(from: reading.task, unitIDs: unitIDs)
        var part = NewTask(text: read.text)
        part.section = whole.section
        part.setPieces(reading.spans.map { SourceSpan(start: $0.start, end: $0.end) })
        let namesLead = read.leadUnitID != nil || read.leadText != nil
        part.leadUnitID = namesLead ? read.leadUnitID : whole.leadUnitID
        part.leadText = namesLead ? read.leadText : whole.leadText
        let support = (read.supportUnitIDs ?? []).isEmpty ? (whole.supportUnitIDs ?? []) : (read.supportUnitIDs ?? [])
        part.supportUnitIDs = support.filter { $0 != part.leadUnitID }
        part.leaderID = whole.leaderID
        if read.deadline != nil || read.deadlineText != nil {
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
}

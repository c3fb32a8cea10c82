import Foundation
import LegalCalendar

/// Merging proposals of a draft into one task: the clerk found that several
/// items the extractor kept apart are one piece of work.
enum ProposalMerge {
    /// The merged proposal of `parts` (two or more, any order). Texts are
    /// joined in the order of the document and every passage is kept; the
    /// first lead in text order that is a unit of the directory stays lead
    /// (else the first lead as written) and the other leads coordinate; the
    /// earliest deadline is the task's and every due date stays a milestone.
    /// It is accepted when every part was.
    static func merge(_ parts: [DraftProposal]) -> DraftProposal {
        let parts = DraftOrder.sorted(parts)
        let tasks = parts.map(\.task)
        var merged = NewTask(text: joinedText(tasks.map(\.text)))
        let sections = tasks.compactMap(\.section).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        merged.section = sections.isEmpty ? nil : sections.joined(separator: ", ")
        merged.setPieces(joinedPieces(tasks.flatMap(\.pieces)))

        let lead = tasks.first { $0.leadUnitID != nil } ?? tasks.first { $0.leadText != nil }
        merged.leadUnitID = lead?.leadUnitID
        merged.leadText = lead?.leadText
        var support: [UUID] = []
        for task in tasks {
            for unit in [task.leadUnitID].compactMap({ $0 }) + (task.supportUnitIDs ?? [])
            where unit != merged.leadUnitID && !support.contains(unit) {
                support.append(unit)
            }
        }
        merged.supportUnitIDs = support
        merged.leaderID = tasks.lazy.compactMap(\.leaderID).first

        let earliest = tasks.filter { $0.deadline != nil }.min { $0.deadline! < $1.deadline! }
        merged.deadline = earliest?.deadline
        merged.deadlineText = earliest?.deadlineText ?? tasks.lazy.compactMap(\.deadlineText).first
        let milestones = tasks.flatMap { task -> [Milestone] in
            if let own = task.milestones { return own }
            guard let date = task.deadline else { return [] }
            return [Milestone(date: date, text: task.deadlineText ?? "")]
        }
        let distinct = milestones.reduce(into: [Milestone]()) { if !$0.contains($1) { $0.append($1) } }.sorted { $0.date < $1.date }
        merged.milestones = distinct.count > 1 ? distinct : nil
        merged.recurrence = tasks.lazy.compactMap(\.recurrence).first
        return DraftProposal(task: merged, accepted: parts.allSatisfy(\.accepted))
    }

    /// Texts as one paragraph: a text that ends without a stop gets a
    /// semicolon before the next, as items of a list read.
    static func joinedText(_ texts: [String]) -> String {
        var out = ""
        for text in texts.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !text.isEmpty {
            if let last = out.unicodeScalars.last {
                out += ".;:!?".unicodeScalars.contains(last) ? " " : "; "
            }
            out += text
        }
        return out
    }

    /// Passages in text order, overlapping or touching ones made one.
    static func joinedPieces(_ pieces: [SourceSpan]) -> [SourceSpan] {
        var out: [SourceSpan] = []
        for piece in pieces.sorted(by: { $0.start < $1.start }) {
            if let last = out.last, piece.start <= last.end {
                out[out.count - 1].end = max(last.end, piece.end)
            } else {
                out.append(piece)
            }
        }
        return out
    }
}

/// Proposals are shown and kept in the order of the document; those typed
/// in by hand (no passage) come last, in the order they were added.
enum DraftOrder {
    static func sorted(_ proposals: [DraftProposal]) -> [DraftProposal] {
        proposals.enumerated()
            .sorted { ($0.element.sourceStart, $0.offset) < ($1.element.sourceStart, $1.offset) }
            .map(\.element)
    }
}

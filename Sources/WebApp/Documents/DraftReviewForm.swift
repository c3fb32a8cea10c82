import Foundation
import LegalCalendar
import Tracking
import TrackingRules
import Vapor

/// The draft review form as the browser posts it, whichever of its buttons
/// was pressed (confirm, merge, split). Each row carries the id of the
/// proposal it shows and the fields the clerk may edit; everything else
/// (passages, milestones, coordinating units) is taken from the stored
/// proposal, so a tampered hidden field cannot move a task's source.
struct DraftReviewForm: Decodable {
    struct Row: Decodable {
        let id: String?
        let accept: String?
        /// Ticked for a merge.
        let pick: String?
        let text: String?
        let leadUnitID: String?
        let leadText: String?
        let teach: String?
        let leaderID: String?
        let deadline: String?
        /// The offset chosen in the row's "cut before" list.
        let splitAt: String?
        /// Unticked, a recurring duty is tracked as one task instead of period by period.
        let trackByPeriod: String?
    }
    /// A proposal as the clerk left it on the page.
    struct Reviewed {
        var proposal: DraftProposal
        let accepted: Bool
        let picked: Bool
        let row: Row?
    }

    let tasks: [String: Row]?
    /// The row whose "Tách" button was pressed.
    let split: String?

    /// Rows in page order.
    var rows: [(index: Int, row: Row)] {
        (tasks ?? [:]).compactMap { key, row in Int(key).map { ($0, row) } }.sorted { $0.index < $1.index }
    }

    /// The stored proposals with the clerk's edits laid over them, plus any
    /// task the clerk typed into the empty row. A row emptied of its text is
    /// left out; a row naming a proposal the draft no longer has means the
    /// page is stale, and nothing is done.
    func reviewed(over stored: [DraftProposal]) throws -> [Reviewed] {
        var byID: [UUID: DraftProposal] = [:]
        for proposal in stored { byID[proposal.id] = proposal }
        var out: [Reviewed] = []
        var seen = Set<UUID>()
        for (_, row) in rows {
            let text = (row.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            var proposal: DraftProposal
            if let raw = row.id.blankAsNil {
                guard let id = UUID(uuidString: raw), let known = byID[id] else {
                    throw TrackingError(.conflict, "Bản nháp đã thay đổi từ lúc mở trang (có người vừa gộp hoặc tách nhiệm vụ). Hãy tải lại trang rồi làm lại.")
                }
                seen.insert(id)
                proposal = known
            } else {
                proposal = DraftProposal(task: NewTask(text: ""))
            }
            guard !text.isEmpty else { continue }
            proposal.task.text = text
            proposal.task.leadUnitID = row.leadUnitID.blankAsNil.flatMap(UUID.init(uuidString:))
            proposal.task.leaderID = row.leaderID.blankAsNil.flatMap(UUID.init(uuidString:))
            proposal.task.deadline = try FormDate.parseOptional(row.deadline, field: "Hạn xử lý")
            if proposal.task.recurrence.flatMap({ Recurrence(code: $0) }) != nil, row.trackByPeriod != "on" {
                proposal.task.recurrence = nil
                proposal.task.recurrenceUntil = nil
            }
            proposal.accepted = row.accept == "on"
            out.append(Reviewed(proposal: proposal, accepted: proposal.accepted, picked: row.pick == "on", row: row))
        }
        // (a proposal the page did not show is kept as it is, with its tick, but not confirmed)
        for proposal in stored where !seen.contains(proposal.id) {
            out.append(Reviewed(proposal: proposal, accepted: false, picked: false, row: nil))
        }
        return out
    }
}

extension Optional where Wrapped == String {
    /// The text, or nil when absent or only white space.
    fileprivate var blankAsNil: String? {
        guard let self, !self.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return self
    }
}

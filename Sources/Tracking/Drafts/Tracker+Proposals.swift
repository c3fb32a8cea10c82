import Extraction
import FluentKit
import Foundation

extension Tracker {
    /// Merges two or more proposals of a draft into one. `edited`, when
    /// given, is the clerk's current view of the proposals (the review form
    /// with its unsaved edits and ticks), kept along with the merge.
    @discardableResult
    public func mergeProposals(_ ids: [UUID], of documentID: UUID, revising edited: [DraftProposal]? = nil,
                               by actor: Actor) async throws -> [DraftProposal] {
        try await reshape(documentID, revising: edited, action: .mergeProposals, by: actor) { proposals, _, _ in
            var seen = Set<UUID>()
            let wanted = ids.filter { seen.insert($0).inserted }
            guard wanted.count >= 2 else { throw TrackingError(.invalid, "Cần chọn ít nhất hai nhiệm vụ để gộp.") }
            let parts = try wanted.map { try Self.proposal($0, in: proposals) }
            let merged = ProposalMerge.merge(parts)
            return (proposals.filter { !wanted.contains($0.id) } + [merged], parts, [merged])
        }
    }

    /// Splits one proposal of a draft at `offsets` (Unicode-scalar offsets
    /// into the document's text, inside the proposal's passage) into parts,
    /// each read again for its own bodies and due date; a proposal the clerk
    /// edited (in `edited` or earlier) is split in its edited wording.
    @discardableResult
    public func splitProposal(_ id: UUID, at offsets: [Int], of documentID: UUID, revising edited: [DraftProposal]? = nil,
                              by actor: Actor) async throws -> [DraftProposal] {
        try await reshape(documentID, revising: edited, action: .splitProposal, by: actor) { proposals, document, db in
            let whole = try Self.proposal(id, in: proposals)
            let directory = Directory(db: db, gate: self.gate)
            let options = ExtractionOptions(units: try await directory.unitDirectory(), calendar: try await directory.workCalendar())
            let splitter = ProposalSplit(
                text: document.text,
                context: .init(issuer: document.issuer, date: document.issuedOn.flatMap(DocumentDate.init), options: options),
                unitIDs: try await DraftProposals.unitIDs(on: db))
            let parts = try splitter.split(whole, at: offsets)
            return (proposals.filter { $0.id != id } + parts, [whole], parts)
        }
    }

    /// The common frame of a reshaping: a draft still under review, its
    /// proposals (or the clerk's edited ones), the change, the proposals kept
    /// in text order, and the audit line, in one transaction.
    private func reshape(
        _ documentID: UUID, revising edited: [DraftProposal]?, action: AuditAction, by actor: Actor,
        _ change: @escaping @Sendable ([DraftProposal], DocumentRecord, any Database) async throws
            -> (proposals: [DraftProposal], before: [DraftProposal], after: [DraftProposal])
    ) async throws -> [DraftProposal] {
        try await write { db in
            guard let document = try await DocumentRecord.find(documentID, on: db) else { throw TrackingError.notFound("văn bản") }
            guard document.state == .draft else {
                throw TrackingError(.conflict, "Văn bản này đã được xác nhận; không thể gộp hay tách nhiệm vụ nữa.")
            }
            let stored = try DraftProposals.proposals(of: document, unitIDs: try await DraftProposals.unitIDs(on: db))
            let current = try edited.map { try Self.checked($0, against: stored) } ?? stored
            let result = try await change(current, document, db)
            let proposals = DraftOrder.sorted(result.proposals)
            document.proposalsJSON = String(decoding: try JSONEncoder().encode(proposals), as: UTF8.self)
            try await document.update(on: db)
            try await AuditLog.record(action, entity: DocumentRecord.schema, id: documentID,
                                      before: result.before.map(ProposalSnapshot.init), after: result.after.map(ProposalSnapshot.init),
                                      by: actor, on: db)
            return proposals
        }
    }

    static func proposal(_ id: UUID, in proposals: [DraftProposal]) throws -> DraftProposal {
        guard let found = proposals.first(where: { $0.id == id }) else {
            throw TrackingError(.invalid, "Nhiệm vụ đề xuất \(id.uuidString) không thuộc bản nháp của văn bản này (trang có thể đã cũ: hãy tải lại).")
        }
        return found
    }

    /// The clerk's edited proposals may add rows typed by hand, but a
    /// proposal tied to the text must be one of this draft's, and keeps the
    /// passages stored with it: the clerk edits a proposal's wording and
    /// choices, never where in the document it comes from.
    static func checked(_ edited: [DraftProposal], against stored: [DraftProposal]) throws -> [DraftProposal] {
        var known: [UUID: DraftProposal] = [:]
        for proposal in stored { known[proposal.id] = proposal }
        return try edited.map { proposal in
            guard let original = known[proposal.id] else {
                if !proposal.task.pieces.isEmpty { _ = try Self.proposal(proposal.id, in: stored) }
                return proposal
            }
            var kept = proposal
            kept.task.setPieces(original.task.pieces)
            return kept
        }
    }
}

/// What the audit log keeps of a proposal merged or split.
struct ProposalSnapshot: Codable {
    let id: UUID
    let text: String
    let spans: [SourceSpan]
    let leadUnitID: UUID?
    let deadline: String?

    init(_ proposal: DraftProposal) {
        id = proposal.id
        text = proposal.task.text
        spans = proposal.task.pieces
        leadUnitID = proposal.task.leadUnitID
        deadline = proposal.task.deadline?.iso
    }
}

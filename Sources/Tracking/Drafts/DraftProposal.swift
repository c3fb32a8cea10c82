import Foundation
import LegalCalendar

/// A piece of the document a task comes from: half-open Unicode-scalar
/// offsets into the document's text, like the extractor's spans.
public struct SourceSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A due date a task sets on the way (mốc): "đến ngày 30/6 giải ngân đạt 60%".
public struct Milestone: Codable, Sendable, Hashable {
    public var date: CivilDate
    /// The words that set it, as the document wrote them.
    public var text: String
    public init(date: CivilDate, text: String) {
        self.date = date
        self.text = text
    }
}

/// One task a draft proposes, as the clerk reviews it: the task to create,
/// the id that merge and split requests name it by, and the clerk's tick
/// (accept or reject), kept through merges and splits. It reads and writes
/// as the task's own fields plus `id` and `accepted`, so a client may send a
/// proposal back to confirm as it is.
public struct DraftProposal: Codable, Sendable {
    public var id: UUID
    public var task: NewTask
    /// Ticked "Nhận nhiệm vụ": every proposal starts accepted until the clerk
    /// unticks it. A merged proposal is accepted when all its parts were; the
    /// parts of a split one inherit its tick.
    public var accepted: Bool

    public init(id: UUID = UUID(), task: NewTask, accepted: Bool = true) {
        self.id = id
        self.task = task
        self.accepted = accepted
    }

    enum CodingKeys: String, CodingKey { case id, accepted }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        accepted = try container.decodeIfPresent(Bool.self, forKey: .accepted) ?? true
        task = try NewTask(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try task.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(accepted, forKey: .accepted)
    }

    /// Where the proposal begins in the document; one without a passage sorts last.
    var sourceStart: Int { task.pieces.first?.start ?? Int.max }
}

extension NewTask {
    /// Every piece of the document the task comes from, in text order.
    public var pieces: [SourceSpan] {
        if let spans, !spans.isEmpty { return spans }
        guard let start = spanStart, let end = spanEnd else { return [] }
        return [SourceSpan(start: start, end: end)]
    }

    /// Sets the pieces, keeping `spanStart`/`spanEnd` on the first one for
    /// clients that know a single span.
    public mutating func setPieces(_ pieces: [SourceSpan]) {
        let sorted = pieces.sorted { $0.start < $1.start }
        spanStart = sorted.first?.start
        spanEnd = sorted.first?.end
        spans = sorted.count > 1 ? sorted : nil
    }
}

import Extraction
import FluentKit
import Foundation
import LegalCalendar

/// The tasks a draft proposes: the extractor's tasks turned into tasks to
/// create, with units resolved to the directory where the extractor could,
/// or, once the clerk has merged or split some, the proposals as reshaped.
/// A unit merged or abolished since the document was written is replaced by
/// the unit that holds its work now, and the replacement is noted.
public enum DraftProposals {
    public static func tasks(from extraction: ExtractedDocument, unitIDs: [String: UUID]) -> [NewTask] {
        extraction.tasks.map { task(from: $0, unitIDs: unitIDs) }
    }

    /// One extracted task (or a re-read passage) as a task to create.
    public static func task(from extracted: ExtractedTask, unitIDs: [String: UUID]) -> NewTask {
        var task = NewTask(text: extracted.text)
        task.section = extracted.section.isEmpty ? nil : extracted.section
        task.spanStart = extracted.span.start
        task.spanEnd = extracted.span.end
        let leads = extracted.units.filter { $0.role == .lead && !$0.isGroup }
        task.leadUnitID = leads.lazy.compactMap { holder($0).flatMap { unitIDs[$0] } }.first
        task.leadText = extracted.lead.isEmpty ? nil : extracted.lead.joined(separator: "; ")
        let support = extracted.units.filter { $0.role == .support }.compactMap { holder($0).flatMap { unitIDs[$0] } }
        var seen = Set(task.leadUnitID.map { [$0] } ?? [])
        task.supportUnitIDs = support.filter { seen.insert($0).inserted }
        task.deadline = extracted.deadline?.date ?? extracted.relative?.resolved
        task.deadlineText = extracted.deadline?.text ?? extracted.relative?.text
        if extracted.milestones.count > 1 {
            task.milestones = extracted.milestones.map { Milestone(date: $0.date, text: $0.text) }
        }
        task.recurrence = extracted.recurrence?.periods.first?.rawValue
        let successions = extracted.units.filter { $0.role != .mentioned }.compactMap(\.succession)
        task.successions = successions.isEmpty ? nil : successions
        return task
    }

    /// The directory code of the unit that carries a mention's work now.
    static func holder(_ mention: UnitMention) -> String? { mention.currentUnitId ?? mention.unitId }

    /// The proposals of a draft: as stored after a merge or split, else as
    /// extracted, or none when it was not extracted.
    public static func proposals(of document: DocumentRecord, unitIDs: [String: UUID]) throws -> [DraftProposal] {
        if let stored = document.proposalsJSON {
            return try JSONDecoder().decode([DraftProposal].self, from: Data(stored.utf8))
        }
        guard let json = document.extractionJSON,
              let extraction = try? JSONDecoder().decode(ExtractedDocument.self, from: Data(json.utf8)) else { return [] }
        let documentID = try document.requireID()
        return tasks(from: extraction, unitIDs: unitIDs).enumerated().map { index, task in
            DraftProposal(id: extractedID(documentID, index), task: task)
        }
    }

    /// A proposal still as extracted has no stored id; it gets one made from
    /// its document and its place, the same on every reading, and unlike any
    /// proposal of another document.
    static func extractedID(_ documentID: UUID, _ index: Int) -> UUID {
        var bytes = documentID.uuid
        withUnsafeMutableBytes(of: &bytes) { raw in
            let n = UInt32(truncatingIfNeeded: index + 1)
            for k in 0..<4 { raw[12 + k] ^= UInt8(truncatingIfNeeded: n >> (8 * (3 - k))) }
        }
        return UUID(uuid: bytes)
    }

    /// Unit ids by directory code, read in the caller's transaction.
    static func unitIDs(on db: any Database) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        for unit in try await UnitRecord.query(on: db).all() { ids[unit.code] = try unit.requireID() }
        return ids
    }
}

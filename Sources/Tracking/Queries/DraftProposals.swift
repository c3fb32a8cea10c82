import Extraction
import Foundation

/// The tasks a draft proposes: the extractor's tasks turned into tasks to
/// create, with units resolved to the directory where the extractor could.
public enum DraftProposals {
    public static func tasks(from extraction: ExtractedDocument, unitIDs: [String: UUID]) -> [NewTask] {
        extraction.tasks.map { extracted in
            var task = NewTask(text: extracted.text)
            task.section = extracted.section.isEmpty ? nil : extracted.section
            task.spanStart = extracted.span.start
            task.spanEnd = extracted.span.end
            let leads = extracted.units.filter { $0.role == .lead && !$0.isGroup }
            task.leadUnitID = leads.lazy.compactMap { $0.unitId.flatMap { unitIDs[$0] } }.first
            task.leadText = extracted.lead.isEmpty ? nil : extracted.lead.joined(separator: "; ")
            let support = extracted.units.filter { $0.role == .support }.compactMap { $0.unitId.flatMap { unitIDs[$0] } }
            task.supportUnitIDs = Array(Set(support).subtracting(task.leadUnitID.map { [$0] } ?? []))
            task.deadline = extracted.deadline?.date ?? extracted.relative?.resolved
            task.deadlineText = extracted.deadline?.text ?? extracted.relative?.text
            task.recurrence = RecurrenceProposal.code(for: extracted.recurrence)
            task.recurrenceUntil = extracted.recurrence?.until
            return task
        }
    }

    /// The proposals stored with a draft, or none when it was not extracted.
    public static func tasks(of document: DocumentRecord, unitIDs: [String: UUID]) -> [NewTask] {
        guard let json = document.extractionJSON,
              let extraction = try? JSONDecoder().decode(ExtractedDocument.self, from: Data(json.utf8)) else { return [] }
        return tasks(from: extraction, unitIDs: unitIDs)
    }
}

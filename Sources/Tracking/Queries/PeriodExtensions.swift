import FluentKit
import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

/// Extensions of one period of a recurring duty (`extensions.occurrence_id`).
/// A period keeps its computed deadline in `task_occurrences.deadline` (the
/// original); its deadline in force is the last extension a leader approved
/// for it. The duty's own row mirrors its current period, so only that
/// period's extensions (and any of the whole task) apply to the row.
public enum PeriodExtensions {
    /// The approved extensions of a task's periods, by period, in the order decided.
    static func approved(of taskID: UUID, on db: any Database) async throws -> [UUID: [DeadlineExtension]] {
        let records = try await ExtensionRecord.query(on: db).filter(\.$task.$id == taskID).filter(\.$occurrenceID != nil)
            .filter(\.$decision == .approved).sort(\.$decidedOn).sort(\.$createdAt).all()
        var byPeriod: [UUID: [DeadlineExtension]] = [:]
        for record in records {
            guard let period = record.occurrenceID, let date = CivilDate(iso: record.requestedDeadline) else { continue }
            byPeriod[period, default: []].append(DeadlineExtension(newDeadline: date, approvedOn: record.decidedOn.flatMap(CivilDate.init(iso:))))
        }
        return byPeriod
    }

    /// The extensions (`e`) that apply to their task's own row: a whole
    /// task's, and those of the period the row mirrors (`Tracker.mirror`:
    /// the earliest open period, else the last one). For the reading side
    /// and the reports, which classify the row.
    public static let applyToTaskRow: SQLQueryString = """
        (e.occurrence_id IS NULL OR e.occurrence_id = (SELECT o.id FROM task_occurrences o WHERE o.task_id = e.task_id \
        ORDER BY CASE WHEN o.workflow_state IN ('da_hoan_thanh', 'rut') THEN 1 ELSE 0 END, \
        CASE WHEN o.workflow_state IN ('da_hoan_thanh', 'rut') THEN '' ELSE o.period_start END, o.period_start DESC LIMIT 1))
        """
}

extension OccurrenceRecord {
    /// The period's deadline in force (ISO): the last approved extension, else its own.
    func deadline(in approved: [UUID: [DeadlineExtension]]) -> String {
        id.flatMap { approved[$0]?.last?.newDeadline.iso } ?? deadline
    }
}

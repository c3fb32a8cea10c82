import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

/// One period of a recurring duty as the task page and the API show it: its
/// deadline (in force and original), its official status on the day of the
/// query (its approved extensions counted as a task's are), its reports and
/// its extension requests.
public struct OccurrenceRow: Codable, Sendable {
    public struct Report: Codable, Sendable {
        public let id: UUID
        public let kind: ReportKind
        public let text: String
        public let reportedOn: String
        public let decision: Decision
        public let evidenceFileName: String?
    }
    /// A request to move this period's deadline, and its decision.
    public struct Extension: Codable, Sendable {
        public let id: UUID
        public let reason: String
        public let previousDeadline: String?
        public let requestedDeadline: String
        public let decision: Decision
        public let decisionNote: String?
        public let decidedOn: String?
    }
    public let id: UUID
    public let periodCode: String
    public let periodLabel: String
    public let periodStart: String
    public let periodEnd: String
    /// The deadline in force: the last extension approved for this period, else its own.
    public let deadline: String
    /// The period's own deadline, computed from the duty's rule; kept when extended.
    public let originalDeadline: String
    public let workflowState: WorkflowState
    public let workflowLabel: String
    public let completedOn: String?
    /// Nil when the duty was withdrawn or suspended.
    public let status: TaskStatus?
    public let statusLabel: String
    public let workingDaysLate: Int
    /// The earliest open period: the one the task shows and a report goes to.
    public let isCurrent: Bool
    /// Still owed: not done, nor withdrawn or suspended with its duty.
    public let isOpen: Bool
    public let awaitingConfirmation: Bool
    public let reports: [Report]
    public let extensions: [Extension]
    /// The request awaiting a leader's decision, if any.
    public let pendingExtension: Extension?
}

extension TaskQueries {
    /// The periods of a recurring task, oldest first, each classified on `asOf`
    /// with the same classifier as tasks. Empty for a one-off task.
    public func occurrences(of taskID: UUID) async throws -> [OccurrenceRow] {
        let periods = try await sql.raw("""
            SELECT o.id, o.period_code, o.period_label, o.period_start, o.period_end, o.deadline, o.workflow_state,
                   o.completed_on, t.workflow_state AS task_state
            FROM task_occurrences o JOIN tasks t ON t.id = o.task_id
            WHERE o.task_id = \(bind: taskID) ORDER BY o.period_start
            """).all()
        guard !periods.isEmpty else { return [] }
        let reportRows = try await sql.raw("""
            SELECT id, occurrence_id, kind, text, reported_on, decision, evidence_file_name FROM progress_reports
            WHERE task_id = \(bind: taskID) AND occurrence_id IS NOT NULL ORDER BY created_at
            """).all()
        var reports: [UUID: [OccurrenceRow.Report]] = [:]
        for r in reportRows {
            reports[try r.decode(column: "occurrence_id", as: UUID.self), default: []].append(OccurrenceRow.Report(
                id: try r.decode(column: "id", as: UUID.self),
                kind: ReportKind(rawValue: try r.decode(column: "kind", as: String.self)) ?? .progress,
                text: try r.decode(column: "text", as: String.self),
                reportedOn: try r.decode(column: "reported_on", as: String.self),
                decision: Decision(rawValue: try r.decode(column: "decision", as: String.self)) ?? .pending,
                evidenceFileName: try r.decode(column: "evidence_file_name", as: String?.self)))
        }
        let extensionRows = try await sql.raw("""
            SELECT id, occurrence_id, reason, previous_deadline, requested_deadline, decision, decision_note, decided_on
            FROM extensions WHERE task_id = \(bind: taskID) AND occurrence_id IS NOT NULL ORDER BY created_at, id
            """).all()
        var extensions: [UUID: [OccurrenceRow.Extension]] = [:]
        for e in extensionRows {
            extensions[try e.decode(column: "occurrence_id", as: UUID.self), default: []].append(OccurrenceRow.Extension(
                id: try e.decode(column: "id", as: UUID.self),
                reason: try e.decode(column: "reason", as: String.self),
                previousDeadline: try e.decode(column: "previous_deadline", as: String?.self),
                requestedDeadline: try e.decode(column: "requested_deadline", as: String.self),
                decision: Decision(rawValue: try e.decode(column: "decision", as: String.self)) ?? .pending,
                decisionNote: try e.decode(column: "decision_note", as: String?.self),
                decidedOn: try e.decode(column: "decided_on", as: String?.self)))
        }
        var currentSeen = false
        return try periods.map { p in
            let id = try p.decode(column: "id", as: UUID.self)
            let own = WorkflowState(rawValue: try p.decode(column: "workflow_state", as: String.self)) ?? .notStarted
            let task = WorkflowState(rawValue: try p.decode(column: "task_state", as: String.self)) ?? .notStarted
            // A withdrawn or suspended duty takes all its open periods with it.
            let state = own != .done && (task == .withdrawn || task == .suspended) ? task : own
            let original = try p.decode(column: "deadline", as: String.self)
            let completedOn = try p.decode(column: "completed_on", as: String?.self)
            let asked = extensions[id] ?? []
            let approved = asked.filter { $0.decision == .approved }.compactMap { e in
                CivilDate(iso: e.requestedDeadline).map { DeadlineExtension(newDeadline: $0, approvedOn: e.decidedOn.flatMap(CivilDate.init(iso:))) }
            }
            let deadline = approved.last?.newDeadline.iso ?? original
            let result = classifier.classify(TaskTimeline(originalDeadline: CivilDate(iso: original), extensions: approved,
                                                          completedOn: completedOn.flatMap(CivilDate.init(iso:)),
                                                          workflowState: state), asOf: asOf)
            let isCurrent = !currentSeen && state != .done && result.status != nil
            if isCurrent { currentSeen = true }
            return OccurrenceRow(
                id: id, periodCode: try p.decode(column: "period_code", as: String.self),
                periodLabel: try p.decode(column: "period_label", as: String.self),
                periodStart: try p.decode(column: "period_start", as: String.self),
                periodEnd: try p.decode(column: "period_end", as: String.self),
                deadline: deadline, originalDeadline: original, workflowState: state, workflowLabel: state.label, completedOn: completedOn,
                status: result.status, statusLabel: result.status?.label ?? state.label,
                workingDaysLate: result.workingDaysLate, isCurrent: isCurrent, isOpen: state != .done && result.status != nil,
                awaitingConfirmation: state == .awaitingConfirmation, reports: reports[id] ?? [],
                extensions: asked, pendingExtension: asked.first { $0.decision == .pending })
        }
    }
}

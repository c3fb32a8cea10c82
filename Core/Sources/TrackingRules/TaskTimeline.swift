import LegalCalendar

/// The dated facts about one task that decide its official status.
public struct TaskTimeline: Hashable, Sendable, Codable {
    /// The deadline set by the assigning document; nil for a task without one (không hạn).
    public var originalDeadline: CivilDate?
    /// Approved extensions in the order they were approved.
    public var extensions: [DeadlineExtension]
    /// The day the unit reported completion, once the office confirmed it. The report
    /// date, not the confirmation date, counts, so the office's delay in confirming
    /// never makes a unit late.
    public var completedOn: CivilDate?
    public var workflowState: WorkflowState

    public init(originalDeadline: CivilDate?, extensions: [DeadlineExtension] = [],
                completedOn: CivilDate? = nil, workflowState: WorkflowState) {
        self.originalDeadline = originalDeadline
        self.extensions = extensions
        self.completedOn = completedOn
        self.workflowState = workflowState
    }
}

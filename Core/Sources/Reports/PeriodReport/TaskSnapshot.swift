import LegalCalendar
import TrackingRules

/// What the tracking store knows about one task at report time: the facts a
/// period report counts, groups and lists. The app fills it from its database.
/// A recurring duty counts once per period (kỳ) begun by the cut-off: each
/// period is a snapshot of its own, with the duty's `id` and title and the
/// period's label, dates and state.
public struct TaskSnapshot: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var sourceDocumentID: String?
    /// Số, ký hiệu of the assigning document ("15/TB-UBND"), as printed in reports.
    public var sourceDocumentNumber: String?
    /// The unit in charge (đơn vị chủ trì).
    public var leadUnitID: String
    public var leadUnitName: String
    /// Lãnh đạo phụ trách.
    public var leaderInCharge: String?
    /// The day the task was assigned (the assigning document's date). Nil counts as assigned long ago.
    public var assignedOn: CivilDate?
    public var originalDeadline: CivilDate?
    public var extensions: [DeadlineExtension]
    public var completedOn: CivilDate?
    public var workflowState: WorkflowState
    /// The last day the unit updated its progress (báo cáo tiến độ).
    public var lastProgressReportOn: CivilDate?
    /// The period (kỳ) of a recurring duty this snapshot stands for, as
    /// `DutyPeriod` labels it ("Tháng 3/2026"); nil for a one-off task.
    public var period: String?

    public init(id: String, title: String, sourceDocumentID: String? = nil, sourceDocumentNumber: String? = nil,
                leadUnitID: String, leadUnitName: String, leaderInCharge: String? = nil, assignedOn: CivilDate? = nil,
                originalDeadline: CivilDate?, extensions: [DeadlineExtension] = [], completedOn: CivilDate? = nil,
                workflowState: WorkflowState, lastProgressReportOn: CivilDate? = nil, period: String? = nil) {
        self.id = id
        self.title = title
        self.sourceDocumentID = sourceDocumentID
        self.sourceDocumentNumber = sourceDocumentNumber
        self.leadUnitID = leadUnitID
        self.leadUnitName = leadUnitName
        self.leaderInCharge = leaderInCharge
        self.assignedOn = assignedOn
        self.originalDeadline = originalDeadline
        self.extensions = extensions
        self.completedOn = completedOn
        self.workflowState = workflowState
        self.lastProgressReportOn = lastProgressReportOn
        self.period = period
    }

    /// How a report's lines name the item: "‹task title› — ‹period label›" for a period of a duty.
    public var reportTitle: String {
        period.map { "\(title) — \($0)" } ?? title
    }

    public var timeline: TaskTimeline {
        TaskTimeline(originalDeadline: originalDeadline, extensions: extensions,
                     completedOn: completedOn, workflowState: workflowState)
    }
}

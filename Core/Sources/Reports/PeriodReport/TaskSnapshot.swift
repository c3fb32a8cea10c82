import LegalCalendar
import TrackingRules

/// What the tracking store knows about one task at report time: the facts a
/// period report counts, groups and lists. The app fills it from its database.
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

    public init(id: String, title: String, sourceDocumentID: String? = nil, sourceDocumentNumber: String? = nil,
                leadUnitID: String, leadUnitName: String, leaderInCharge: String? = nil, assignedOn: CivilDate? = nil,
                originalDeadline: CivilDate?, extensions: [DeadlineExtension] = [], completedOn: CivilDate? = nil,
                workflowState: WorkflowState, lastProgressReportOn: CivilDate? = nil) {
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
    }

    public var timeline: TaskTimeline {
        TaskTimeline(originalDeadline: originalDeadline, extensions: extensions,
                     completedOn: completedOn, workflowState: workflowState)
    }
}

/// A task as a report sees it: the snapshot with its standing at the cut-off.
public struct ReportedTask: Hashable, Sendable, Codable {
    public var task: TaskSnapshot
    public var classification: TaskClassification
    /// The unit reported progress within the report's window.
    public var updatedInPeriod: Bool
    /// Finished, or its deadline has come by the cut-off (the deadline day counts as
    /// come): the tasks the completion rate is taken over.
    public var isAlreadyDue: Bool

    /// Classifies `task` at the end of `window`.
    public init(_ task: TaskSnapshot, in window: ReportWindow, classifier: StatusClassifier) {
        self.init(task, asOf: window.end, classifier: classifier)
        self.updatedInPeriod = task.lastProgressReportOn.map(window.contains) ?? false
    }

    /// Classifies `task` on `asOf`, outside any report window (for a reminder dispatch).
    public init(_ task: TaskSnapshot, asOf: CivilDate, classifier: StatusClassifier) {
        self.task = task
        self.classification = classifier.classify(task.timeline, asOf: asOf)
        self.updatedInPeriod = false
        let done = classification.status?.isDone ?? false
        self.isAlreadyDue = done || (classification.effectiveDeadline.map { $0 <= asOf } ?? false)
    }

    public var isOverdue: Bool { classification.status == .overdue }
}

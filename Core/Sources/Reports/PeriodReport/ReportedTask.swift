import LegalCalendar
import TrackingRules

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

    /// Sort order of overdue lists: most working days late first, then by task id
    /// (and period, for the periods of one duty) so the order is stable from one
    /// export to the next.
    public static func mostLateFirst(_ a: ReportedTask, _ b: ReportedTask) -> Bool {
        let (lateA, lateB) = (a.classification.workingDaysLate, b.classification.workingDaysLate)
        if lateA != lateB { return lateA > lateB }
        return a.task.id != b.task.id ? a.task.id < b.task.id : (a.task.period ?? "") < (b.task.period ?? "")
    }
}

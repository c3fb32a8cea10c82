import LegalCalendar
import TrackingRules

/// What the report tally keeps of one task, with its deadlines already put
/// through the calendar (Civil Code art. 148), so that the task's tally
/// entries follow from these facts alone: when the calendar later changes,
/// the entries a task added can still be taken back exactly.
public struct TallyFacts: Hashable, Sendable {
    /// How a report counts the task.
    public enum Placement: Int, Sendable, CaseIterable {
        /// Rút or tạm hoãn: in no count.
        case excluded = 0
        /// Counted through the tally's entries.
        case tallied = 1
        /// Counted one by one by the pure classifier (`StatusClassifier`), for
        /// the rare facts the tally's prefix counts cannot express: a
        /// confirmed task without a completion date (it is late or not
        /// depending on the cut-off), and a progress report dated before the
        /// task's document.
        case classifiedAlone = 2
    }

    public var placement: Placement
    /// The assigning document's date; nil counts as assigned long ago.
    public var assignedOn: CivilDate?
    /// Set only for a confirmed task (đã hoàn thành).
    public var completedOn: CivilDate?
    /// The deadline in force after the day-off roll; nil: không hạn.
    public var legalDeadline: CivilDate?
    /// The first deadline after the day-off roll (for "done within an extension").
    public var legalOriginalDeadline: CivilDate?
    /// The day of the task's latest progress report.
    public var lastReportOn: CivilDate?

    public init(placement: Placement, assignedOn: CivilDate?, completedOn: CivilDate?, legalDeadline: CivilDate?,
                legalOriginalDeadline: CivilDate?, lastReportOn: CivilDate?) {
        self.placement = placement
        self.assignedOn = assignedOn
        self.completedOn = completedOn
        self.legalDeadline = legalDeadline
        self.legalOriginalDeadline = legalOriginalDeadline
        self.lastReportOn = lastReportOn
    }

    /// The facts of a stored task. `deadline` is the one in force (after
    /// every extension), `originalDeadline` the document's; a task without a
    /// deadline in force is không hạn whatever it once had.
    public init(state: WorkflowState, assignedOn: CivilDate?, deadline: CivilDate?, originalDeadline: CivilDate?,
                completedOn: CivilDate?, lastReportOn: CivilDate?, calendar: WorkCalendar) {
        let done = state == .done
        switch state {
        case .withdrawn, .suspended: placement = .excluded
        default:
            let undatedCompletion = done && completedOn == nil
            let reportBeforeAssignment = lastReportOn.map { report in assignedOn.map { report < $0 } ?? false } ?? false
            placement = undatedCompletion || reportBeforeAssignment ? .classifiedAlone : .tallied
        }
        self.assignedOn = assignedOn
        self.completedOn = done ? completedOn : nil
        self.legalDeadline = deadline.map(calendar.legalDeadline)
        self.legalOriginalDeadline = deadline == nil ? nil : (originalDeadline ?? deadline).map(calendar.legalDeadline)
        self.lastReportOn = lastReportOn
    }

    public var isDone: Bool { completedOn != nil }
}

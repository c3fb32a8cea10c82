import LegalCalendar

/// Decides a task's official status on a given day (Decision 42/2014/QĐ-TTg as
/// amended: đã hoàn thành đúng hạn / quá hạn, chưa hoàn thành trong hạn / quá hạn,
/// plus không hạn), with the working-day figures reports print.
///
/// The rules, in order:
/// - Rút (withdrawn) and tạm hoãn (suspended) tasks are excluded from every count:
///   a withdrawn task is no longer a duty, and a suspended one can be neither on time
///   nor late while its clock is stopped. The current workflow state is used.
/// - A task is done at `asOf` only when the office confirmed it (`.done`) and the
///   completion date is on or before `asOf`; a task finished after a report's cut-off
///   was still open at that cut-off. A reported but unconfirmed completion
///   (chờ xác nhận) or a returned one is not done. A confirmed task with no
///   completion date is taken as completed on `asOf`.
/// - The effective deadline is the last approved extension (approved on or before the
///   completion, or `asOf` for an open task: an extension granted after the work was
///   done cannot turn a late finish into an on-time one), else the original deadline.
/// - A deadline on a day off moves to the next working day when the calendar's
///   deadline policy says so (Civil Code art. 148); the deadline day itself is in time.
public struct StatusClassifier: Sendable {
    public var calendar: WorkCalendar
    /// Sắp đến hạn threshold in working days (provincial systems flag 3).
    public var dueSoonThreshold: Int

    public init(calendar: WorkCalendar = .vietnam, dueSoonThreshold: Int = 3) {
        self.calendar = calendar
        self.dueSoonThreshold = dueSoonThreshold
    }

    public func classify(_ task: TaskTimeline, asOf: CivilDate) -> TaskClassification {
        let original = task.originalDeadline.map(calendar.legalDeadline)
        var result = TaskClassification(status: nil, exclusion: nil, isDueSoon: false, effectiveDeadline: nil,
                                        originalDeadline: original, workingDaysLate: 0, calendarDaysLate: 0,
                                        workingDaysLeft: nil, lateAgainstOriginal: false)
        switch task.workflowState {
        case .withdrawn:
            result.exclusion = .withdrawn
            return result
        case .suspended:
            result.exclusion = .suspended
            return result
        default:
            break
        }

        let completion = completionCounted(task, asOf: asOf)
        let decisiveDay = completion ?? asOf
        let deadline = effectiveDeadline(task, decidedOn: decisiveDay)
        result.effectiveDeadline = deadline
        if let original { result.lateAgainstOriginal = decisiveDay > original }

        guard let deadline else {
            result.status = completion == nil ? .noDeadline : .doneNoDeadline
            return result
        }
        if decisiveDay > deadline {
            result.workingDaysLate = calendar.workingDays(from: deadline, through: decisiveDay)
            result.calendarDaysLate = deadline.days(until: decisiveDay)
            result.status = completion == nil ? .overdue : .doneLate
        } else if completion != nil {
            result.status = .doneOnTime
        } else {
            let left = calendar.workingDays(from: asOf, through: deadline)
            result.status = .inProgressOnTime
            result.workingDaysLeft = left
            result.isDueSoon = left <= dueSoonThreshold
        }
        return result
    }

    /// The completion date that counts at `asOf`, or nil when the task was not done then.
    private func completionCounted(_ task: TaskTimeline, asOf: CivilDate) -> CivilDate? {
        guard task.workflowState == .done else { return nil }
        let completed = task.completedOn ?? asOf
        return completed <= asOf ? completed : nil
    }

    /// The last extension approved by `day` (undated approvals always count), else the
    /// original deadline; then the calendar's day-off rule.
    private func effectiveDeadline(_ task: TaskTimeline, decidedOn day: CivilDate) -> CivilDate? {
        let extended = task.extensions.last { $0.approvedOn.map { $0 <= day } ?? true }
        return (extended?.newDeadline ?? task.originalDeadline).map(calendar.legalDeadline)
    }
}

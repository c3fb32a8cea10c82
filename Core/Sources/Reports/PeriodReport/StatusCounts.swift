import TrackingRules

/// The official counts at a cut-off. Tasks without a deadline cannot be late, so
/// they join the on-time side: a finished one counts in `doneOnTime` (D1), an open
/// one in `openInTime` (U1); `noDeadlineDone` / `noDeadlineOpen` say how many, and
/// the report sentence says so in a clause of its own. Hence always
/// T = D + U, D = D1 + D2, U = U1 + U2.
public struct StatusCounts: Hashable, Sendable, Codable {
    /// D1: đã hoàn thành đúng hạn (including finished tasks without a deadline).
    public var doneOnTime = 0
    /// D2: đã hoàn thành quá hạn.
    public var doneLate = 0
    /// U1: chưa hoàn thành, trong hạn (including open tasks without a deadline).
    public var openInTime = 0
    /// U2: chưa hoàn thành, quá hạn.
    public var overdue = 0
    public var noDeadlineDone = 0
    public var noDeadlineOpen = 0
    /// Open, in time, due within the threshold (sắp đến hạn); part of U1.
    public var dueSoon = 0
    /// Tasks already due at the cut-off (deadline on or before it) plus those already
    /// finished ahead of their deadline: the base of the completion rate.
    public var alreadyDue = 0
    /// Open tasks whose unit reported progress within the window.
    public var openUpdated = 0
    /// Done, but after the ORIGINAL deadline, within an approved extension (part of D1).
    public var doneWithinExtension = 0

    public init() {}

    public var total: Int { done + open }
    public var done: Int { doneOnTime + doneLate }
    public var open: Int { openInTime + overdue }

    /// Adds one counted task.
    public mutating func add(_ row: ReportedTask) {
        let c = row.classification
        guard let status = c.status else { return }
        switch status {
        case .doneOnTime:
            doneOnTime += 1
            if c.lateAgainstOriginal { doneWithinExtension += 1 }
        case .doneNoDeadline:
            doneOnTime += 1
            noDeadlineDone += 1
        case .doneLate:
            doneLate += 1
        case .inProgressOnTime:
            openInTime += 1
            if c.isDueSoon { dueSoon += 1 }
        case .noDeadline:
            openInTime += 1
            noDeadlineOpen += 1
        case .overdue:
            overdue += 1
        }
        if row.isAlreadyDue { alreadyDue += 1 }
        if !status.isDone && row.updatedInPeriod { openUpdated += 1 }
    }

    /// Adds another group's counts, field by field.
    public mutating func add(_ other: StatusCounts) {
        doneOnTime += other.doneOnTime
        doneLate += other.doneLate
        openInTime += other.openInTime
        overdue += other.overdue
        noDeadlineDone += other.noDeadlineDone
        noDeadlineOpen += other.noDeadlineOpen
        dueSoon += other.dueSoon
        alreadyDue += other.alreadyDue
        openUpdated += other.openUpdated
        doneWithinExtension += other.doneWithinExtension
    }

    /// Tỷ lệ hoàn thành: done ÷ tasks already due.
    public var completionRate: ReportRate {
        ReportRate(label: ReportRate.completionLabel, numerator: done, denominator: alreadyDue)
    }

    /// Tỷ lệ quá hạn: overdue unfinished ÷ all tasks.
    public var overdueRate: ReportRate {
        ReportRate(label: ReportRate.overdueLabel, numerator: overdue, denominator: total)
    }

    /// Tỷ lệ cập nhật: open tasks updated within the window ÷ open tasks.
    public var updateRate: ReportRate {
        ReportRate(label: ReportRate.updateLabel, numerator: openUpdated, denominator: open)
    }
}

import Reports

/// What the dashboard's trend shows of a month: the tasks done, overdue and
/// already due at its end (`MonthEndQuery`), the same three counts a period
/// report of that month gives (`StatusCounts`).
public struct MonthEndCounts: Sendable, Equatable {
    public var done = 0
    public var overdue = 0
    public var alreadyDue = 0

    public init() {}

    public init(_ counts: StatusCounts) {
        (done, overdue, alreadyDue) = (counts.done, counts.overdue, counts.alreadyDue)
    }

    /// Tỷ lệ hoàn thành: done ÷ tasks already due, none when nothing is due
    /// yet (the value of `StatusCounts.completionRate`).
    public var completionRate: Double? {
        alreadyDue == 0 ? nil : Double(done) / Double(alreadyDue)
    }
}

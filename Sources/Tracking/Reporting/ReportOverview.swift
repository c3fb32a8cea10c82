import Foundation
import Reports

/// What the report page and `/api/v1/reports` show of a period: the counts,
/// the comparison, the ranking of units and the most overdue tasks. For the
/// whole book or one lead unit it comes from the report tally and reads only
/// the tasks it lists (`ReportService.overview`), so it costs the same on a
/// million tasks as on a hundred; drill-downs and downloads still list every
/// task (`ReportService.report`).
public struct ReportOverview: Sendable {
    /// The overdue tasks a page lists, most working days late first.
    public static let overdueListed = 100

    public var window: ReportWindow
    public var scopePhrase: String
    public var counts: StatusCounts
    public var previous: PeriodReport.PreviousPeriod?
    public var units: [UnitResult]
    /// At most `overdueListed`; `counts.overdue` says how many there are.
    public var overdueTasks: [ReportedTask]
    /// Rút or tạm hoãn, assigned by the cut-off: not counted.
    public var excludedCount: Int

    public var sentence: String { ReportSentence.full(counts) }
    public var comparison: String? { ReportSentence.comparison(counts, with: previous) }

    /// The overview of a report built task by task (a leader's or a document's).
    public init(_ report: PeriodReport) {
        self.init(window: report.window, scopePhrase: report.scopePhrase, counts: report.counts, previous: report.previous,
                  units: report.units, overdueTasks: Array(report.overdueTasks.prefix(Self.overdueListed)),
                  excludedCount: report.excluded.count)
    }

    public init(window: ReportWindow, scopePhrase: String, counts: StatusCounts, previous: PeriodReport.PreviousPeriod?,
                units: [UnitResult], overdueTasks: [ReportedTask], excludedCount: Int) {
        self.window = window
        self.scopePhrase = scopePhrase
        self.counts = counts
        self.previous = previous
        self.units = units
        self.overdueTasks = overdueTasks
        self.excludedCount = excludedCount
    }
}

import LegalCalendar
import TrackingRules

/// The figures of a periodic report (báo cáo định kỳ) on task execution, taken at
/// the window's cut-off:
/// - counted: tasks in scope assigned on or before the cut-off, except withdrawn
///   (rút) and suspended (tạm hoãn) ones, which are listed apart in `excluded`;
/// - each task's status at the cut-off (a task finished after it was still open);
/// - the official counts and rates, the per-unit ranking, the overdue list and the
///   same figures for the previous window of the same kind.
/// Each figure drills down to its tasks through `rows`.
public struct PeriodReport: Hashable, Sendable, Codable {
    public var window: ReportWindow
    public var scope: ReportScope
    public var rows: [ReportedTask]
    public var excluded: [ReportedTask]
    public var counts: StatusCounts
    public var units: [UnitResult]
    /// Open and past the deadline at the cut-off, most working days late first.
    public var overdueTasks: [ReportedTask]
    public var previous: PreviousPeriod?
    /// The classifier's sắp đến hạn threshold, in working days, for labels.
    public var dueSoonThreshold: Int

    /// The previous window's counts, for "so với kỳ trước".
    public struct PreviousPeriod: Hashable, Sendable, Codable {
        public var window: ReportWindow
        public var counts: StatusCounts

        public init(window: ReportWindow, counts: StatusCounts) {
            self.window = window
            self.counts = counts
        }
    }

    public static func build(tasks: [TaskSnapshot], window: ReportWindow, scope: ReportScope = .all,
                             classifier: StatusClassifier = StatusClassifier(),
                             comparingWithPrevious: Bool = true) -> PeriodReport {
        let (rows, excluded) = classify(tasks, window: window, scope: scope, classifier: classifier)
        var counts = StatusCounts()
        rows.forEach { counts.add($0) }
        let overdue = rows.filter(\.isOverdue).sorted(by: ReportedTask.mostLateFirst)
        var previous: PreviousPeriod?
        if comparingWithPrevious {
            let earlier = window.previous
            var earlierCounts = StatusCounts()
            classify(tasks, window: earlier, scope: scope, classifier: classifier).rows.forEach { earlierCounts.add($0) }
            previous = PreviousPeriod(window: earlier, counts: earlierCounts)
        }
        return PeriodReport(window: window, scope: scope, rows: rows, excluded: excluded, counts: counts,
                            units: UnitRanking.rank(rows), overdueTasks: overdue, previous: previous,
                            dueSoonThreshold: classifier.dueSoonThreshold)
    }

    private static func classify(_ tasks: [TaskSnapshot], window: ReportWindow, scope: ReportScope,
                                 classifier: StatusClassifier) -> (rows: [ReportedTask], excluded: [ReportedTask]) {
        var rows: [ReportedTask] = []
        var excluded: [ReportedTask] = []
        for task in tasks where scope.includes(task) && (task.assignedOn.map { $0 <= window.end } ?? true) {
            let row = ReportedTask(task, in: window, classifier: classifier)
            if row.classification.isExcluded { excluded.append(row) } else { rows.append(row) }
        }
        return (rows, excluded)
    }

    /// Whose tasks the report covers, as it reads after "nhiệm vụ": "" for all tasks,
    /// "do Phòng Kinh tế chủ trì", "do đồng chí Lê Thị Hoa phụ trách", "theo Văn bản số 01/TB-UBND".
    /// Names come from the tasks themselves; with no task in scope the id is shown.
    public var scopePhrase: String {
        let sample = rows.first?.task ?? excluded.first?.task
        switch scope {
        case .all: return ""
        case .unit(let id): return "do " + (sample?.leadUnitName ?? id) + " chủ trì"
        case .leader(let name): return "do đồng chí \(name) phụ trách"
        case .sourceDocument(let id): return "theo Văn bản số " + (sample?.sourceDocumentNumber ?? id)
        }
    }

    /// The standard sentence plus, when needed, the clause on tasks without a deadline.
    public var sentence: String { ReportSentence.full(counts) }

    /// The rows behind one status, for drill-down.
    public func tasks(withStatus status: TaskStatus) -> [ReportedTask] {
        rows.filter { $0.classification.status == status }
    }
}

import LegalCalendar

/// The report rules of `StatusClassifier` restated as prefix counts, so that
/// a report can be read from a few thousand stored sums instead of a pass
/// over every task (`ReportTally` in the app keeps the sums on write).
///
/// With a the assignment, s the completion (done tasks), g the legal
/// deadline, r the last report, a report at cut-off C over the window
/// [S, C] counts a task when a ≤ C, done when s ≤ C as well, and so on
/// (docs/tracking-and-reports.md, "The report tally"). Two counts compare
/// dates with two different bounds and are not prefix counts: the open tasks
/// due within the next working days (g in (C, W)), read from the tasks' facts
/// over that short range of deadlines, and the tasks reported before the
/// window but finished after C, read over the completions after C.
public enum TallyRules {
    /// Stands for "assigned long ago" (no document, or a document without a date).
    public static let longAgo = CivilDate(year: 1900, month: 1, day: 1)!

    /// The entries a task adds to the tally; none unless it is `.tallied`.
    public static func entries(_ facts: TallyFacts) -> [TallyEntry] {
        guard facts.placement == .tallied else { return [] }
        let a = facts.assignedOn ?? longAgo
        var entries = [TallyEntry(.counted, a)]
        let s = facts.completedOn
        if let g = facts.legalDeadline {
            entries.append(TallyEntry(.withDeadline, a))
            entries.append(TallyEntry(.pastDue, max(a, g.adding(days: 1))))
            entries.append(TallyEntry(.due, max(a, g)))
            if let s {
                entries.append(TallyEntry(.pastDueDone, max(a, g.adding(days: 1), s)))
                entries.append(TallyEntry(.dueDone, max(a, g, s)))
            }
        }
        if let s {
            let doneDay = max(a, s)
            entries.append(TallyEntry(.done, doneDay))
            if let g = facts.legalDeadline {
                if s > g {
                    entries.append(TallyEntry(.doneLate, doneDay))
                } else if let original = facts.legalOriginalDeadline, s > original {
                    entries.append(TallyEntry(.doneWithinExtension, doneDay))
                }
            } else {
                entries.append(TallyEntry(.doneNoDeadline, doneDay))
            }
        }
        if let r = facts.lastReportOn {
            entries.append(TallyEntry(.reported, r))
            if let s {
                entries.append(TallyEntry(.reportedDone, max(r, s)))
                entries.append(TallyEntry(.reportedOfDone, r))
            }
        }
        return entries
    }

    /// What one task adds to a report's sums at `cut`, read the way the
    /// stored tally and the two range reads are: the figures of many tasks are
    /// the sum of theirs.
    public static func sums(of facts: TallyFacts, at cut: TallyCut) -> TallySums {
        var sums = TallySums()
        guard facts.placement == .tallied else { return sums }
        for entry in entries(facts) {
            if entry.day <= cut.cutOff { sums.atCutOff[entry.kind, default: 0] += 1 }
            if entry.day < cut.windowStart { sums.beforeWindow[entry.kind, default: 0] += 1 }
        }
        if isDueSoonAfterCutOff(facts, at: cut) { sums.dueSoonAfterCutOff += 1 }
        if isReportedBeforeWindowDoneAfterCutOff(facts, at: cut) { sums.reportedBeforeWindowDoneAfterCutOff += 1 }
        return sums
    }

    /// Open at C, assigned by C, its legal deadline after C but before the
    /// working day that ends the due-soon threshold.
    public static func isDueSoonAfterCutOff(_ facts: TallyFacts, at cut: TallyCut) -> Bool {
        guard let g = facts.legalDeadline, g > cut.cutOff, g < cut.dueSoonEnd,
              (facts.assignedOn ?? longAgo) <= cut.cutOff else { return false }
        return !(facts.completedOn.map { $0 <= cut.cutOff } ?? false)
    }

    /// Last reported before the window, and done, but after C.
    public static func isReportedBeforeWindowDoneAfterCutOff(_ facts: TallyFacts, at cut: TallyCut) -> Bool {
        guard let r = facts.lastReportOn, let s = facts.completedOn else { return false }
        return r < cut.windowStart && s > cut.cutOff
    }

    /// The day bucket of the tally's fine level: the day itself.
    public static func dayBucket(_ day: CivilDate) -> Int { day.daysSinceEpoch }

    /// The month bucket of the tally's coarse level.
    public static func monthBucket(_ day: CivilDate) -> Int { day.year * 12 + day.month - 1 }
}

/// The days a report reads the tally at: its cut-off C, its window's first
/// day S, and W, the working day that ends the due-soon threshold after C
/// (a legal deadline before W leaves at most `dueSoonThreshold` working days).
public struct TallyCut: Hashable, Sendable {
    public var cutOff: CivilDate
    public var windowStart: CivilDate
    public var dueSoonEnd: CivilDate

    public init(cutOff: CivilDate, windowStart: CivilDate, dueSoonEnd: CivilDate) {
        self.cutOff = cutOff
        self.windowStart = windowStart
        self.dueSoonEnd = dueSoonEnd
    }

    public init(_ window: ReportWindow, calendar: WorkCalendar, dueSoonThreshold: Int) {
        self.init(cutOff: window.end, windowStart: window.start,
                  dueSoonEnd: calendar.adding(workingDays: dueSoonThreshold + 1, to: window.end))
    }
}

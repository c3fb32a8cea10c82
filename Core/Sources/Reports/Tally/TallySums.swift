/// The sums a report reads for one lead unit (or for one task), and the
/// official counts that follow from them.
public struct TallySums: Hashable, Sendable {
    /// Entries on or before the cut-off, by kind.
    public var atCutOff: [TallyKind: Int] = [:]
    /// Entries before the window's first day, by kind.
    public var beforeWindow: [TallyKind: Int] = [:]
    /// Open at C with a legal deadline in (C, W).
    public var dueSoonAfterCutOff = 0
    /// Reported before the window, done after C.
    public var reportedBeforeWindowDoneAfterCutOff = 0

    public init() {}

    public mutating func add(_ other: TallySums, times sign: Int = 1) {
        for (kind, n) in other.atCutOff { atCutOff[kind, default: 0] += sign * n }
        for (kind, n) in other.beforeWindow { beforeWindow[kind, default: 0] += sign * n }
        dueSoonAfterCutOff += sign * other.dueSoonAfterCutOff
        reportedBeforeWindowDoneAfterCutOff += sign * other.reportedBeforeWindowDoneAfterCutOff
    }

    /// The official counts. Each line restates a rule of `StatusCounts.add`
    /// through the entries of `TallyKind`:
    /// - overdue: legal deadline passed, less those done by then;
    /// - due on C itself: deadline reached and not done, less the overdue;
    /// - updated: reported within [S, C] and open at C. With r ≥ a that is
    ///   #(r ≤ C) − #(r < S) − #(done, max(r, s) ≤ C) + #(done, r < S, s ≤ C),
    ///   the last term read as #(done, r < S) − #(done, r < S, s > C).
    public var counts: StatusCounts {
        func at(_ kind: TallyKind) -> Int { atCutOff[kind] ?? 0 }
        func before(_ kind: TallyKind) -> Int { beforeWindow[kind] ?? 0 }
        var c = StatusCounts()
        let counted = at(.counted), done = at(.done)
        let overdue = at(.pastDue) - at(.pastDueDone)
        let openDue = at(.due) - at(.dueDone)
        c.doneLate = at(.doneLate)
        c.doneOnTime = done - c.doneLate
        c.noDeadlineDone = at(.doneNoDeadline)
        c.doneWithinExtension = at(.doneWithinExtension)
        c.overdue = overdue
        c.openInTime = counted - done - overdue
        c.noDeadlineOpen = counted - at(.withDeadline) - c.noDeadlineDone
        c.dueSoon = openDue - overdue + dueSoonAfterCutOff
        c.alreadyDue = done + openDue
        c.openUpdated = at(.reported) - before(.reported) - at(.reportedDone)
            + before(.reportedOfDone) - reportedBeforeWindowDoneAfterCutOff
        return c
    }
}

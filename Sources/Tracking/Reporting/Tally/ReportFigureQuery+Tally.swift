import Foundation
import Reports

extension ReportFigureQuery {
    /// The figures of the whole book, one lead unit or one leader, read from
    /// the report tally. The items its prefix counts cannot take are counted by
    /// the pure classifier from their snapshots, as in the pass over the
    /// tasks: those classified alone, and those with an extension decided
    /// after the cut-off or after their completion (their tally entries, made
    /// with the deadline in force today, are taken back first).
    func tallied(_ scope: TallyReader.Scope, subject: ReportSubject, window: ReportWindow) async throws -> ReportFigures {
        let cut = TallyCut(window, calendar: calendar, dueSoonThreshold: dueSoonThreshold)
        let reader = TallyReader(sql: sql, scope: scope)
        var sums = try await reader.sums(at: cut)
        let lateExtensionIDs = try await itemsWithLateExtensions(after: window.end)
        for row in try await reader.facts(of: lateExtensionIDs) where row.facts.placement == .tallied {
            sums[row.unit, default: TallySums()].add(TallyRules.sums(of: row.facts, at: cut), times: -1)
        }
        var figures = ReportFigures()
        for (unit, unitSums) in sums {
            let counts = unitSums.counts
            if counts.total > 0 { figures.byUnit[unit] = counts }
        }
        let alone = try await reader.classifiedAlone()
        try await addCountedAlone(Array(Set(lateExtensionIDs + alone)), subject: subject, window: window, to: &figures)
        return figures
    }
}

extension ReportFigureQuery {
    /// The done, overdue and already-due counts at each window's end, from the
    /// tally's month sums (read once for all the windows). The tasks counted
    /// alone are taken for every month from the superset of those with an
    /// extension decided after the first cut-off: for any task, taking back
    /// its entries and classifying it gives the right count.
    func talliedMonthEnds(_ scope: TallyReader.Scope, subject: ReportSubject,
                          windows: [ReportWindow]) async throws -> [MonthEndCounts] {
        guard let first = windows.map(\.end).min() else { return [] }
        let reader = TallyReader(sql: sql, scope: scope)
        let totals = try await reader.totals(through: windows.map(\.end))
        let lateExtensionIDs = try await itemsWithLateExtensions(after: first)
        let takenBack = try await reader.facts(of: lateExtensionIDs).filter { $0.facts.placement == .tallied }
        let alone = Array(Set(lateExtensionIDs + (try await reader.classifiedAlone())))
        let snapshots = alone.isEmpty ? [] : try await ReportSnapshots(db: db).items(subject, only: alone)
        return zip(windows, totals).map { window, kinds in
            var sums = TallySums()
            sums.atCutOff = kinds
            let cut = TallyCut(window, calendar: calendar, dueSoonThreshold: dueSoonThreshold)
            for row in takenBack { sums.add(TallyRules.sums(of: row.facts, at: cut), times: -1) }
            var figures = ReportFigures(byUnit: [nil: sums.counts])
            addClassified(snapshots, window: window, to: &figures)
            return MonthEndCounts(figures.total)
        }
    }
}

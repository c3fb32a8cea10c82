import Foundation
import Reports

extension ReportFigureQuery {
    /// The figures of the whole book or of one lead unit, read from the
    /// report tally. The tasks its prefix counts cannot take are counted by
    /// the pure classifier from their snapshots, as in the pass over the
    /// tasks: those classified alone, and those with an extension decided
    /// after the cut-off or after their completion (their tally entries, made
    /// with the deadline in force today, are taken back first).
    func tallied(_ scope: TallyReader.Scope, subject: ReportSubject, window: ReportWindow) async throws -> ReportFigures {
        let cut = TallyCut(window, calendar: calendar, dueSoonThreshold: dueSoonThreshold)
        let reader = TallyReader(sql: sql, scope: scope)
        var sums = try await reader.sums(at: cut)
        let lateExtensionIDs = try await tasksWithLateExtensions(after: window.end)
        for row in try await reader.facts(of: lateExtensionIDs) where row.facts.placement == .tallied {
            sums[row.unit, default: TallySums()].add(TallyRules.sums(of: row.facts, at: cut), times: -1)
        }
        var figures = ReportFigures()
        for (unit, unitSums) in sums {
            let counts = unitSums.counts
            if counts.total > 0 { figures.byUnit[unit] = counts }
        }
        let alone = try await reader.classifiedAlone()
        try await addTasksWithLateExtensions(Array(Set(lateExtensionIDs + alone)), subject: subject, window: window, to: &figures)
        return figures
    }
}

import FluentKit
import Foundation
import LegalCalendar
import Reports
import SQLKit
import TrackingRules

extension ReportFigureQuery {
    /// The done, overdue and already-due counts at the end of each window, in
    /// one pass over the items (`ReportItems`): a packed CASE sum per cut-off,
    /// each restating the rules of `figures` for that cut-off (a report per
    /// month read every item twelve times). `ReportFigureTests` checks each
    /// against `figures`.
    ///
    /// Three conditions of `figures` depend on the cut-off and are brought into
    /// the row: whether the item's document is dated after it (the date of
    /// the documents dated after the first cut-off, joined when there are any),
    /// whether its period begins after it, and whether an extension was
    /// decided after it. The items with an extension decided after the first
    /// cut-off or after their completion are a superset of every month's such
    /// items; the pure classifier counts them at each cut-off from their
    /// snapshots, as `figures` does.
    public func monthEnds(_ subject: ReportSubject, windows: [ReportWindow]) async throws -> [MonthEndCounts] {
        guard let first = windows.map(\.end).min() else { return [] }
        if let scope = TallyReader.Scope(subject) { return try await talliedMonthEnds(scope, subject: subject, windows: windows) }
        let legal = try await legalDeadlines()
        let lateExtensionIDs = try await itemsWithLateExtensions(after: first)
        var counted: SQLQueryString = "t.workflow_state NOT IN ('rut', 'tam_hoan')"
        if !lateExtensionIDs.isEmpty { counted = "\(counted) AND t.item_id NOT IN (\(binds: lateExtensionIDs))" }
        let later = try await sql.raw("SELECT d.id FROM documents d WHERE d.issued_on > \(bind: first.iso) LIMIT 1").first()
        // Only the documents dated after the first cut-off can leave a task
        // out of a month, and they are gathered first: probing the documents
        // table (wide rows) for every task cost twice the rest of the pass.
        let laterDocuments: SQLQueryString = later == nil ? "" : """
            WITH later_documents AS MATERIALIZED (SELECT d.id, d.issued_on FROM documents d WHERE d.issued_on > \(bind: first.iso))
            """
        let documents: SQLQueryString = later == nil ? "" : "LEFT JOIN later_documents d ON d.id = t.document_id"

        // Per cut-off C, as `figures`' open_kinds: done at C, else overdue
        // (legal deadline before C), else due on C itself; the three add up
        // to the tasks already due at C.
        let sums = windows.enumerated().map { index, window -> SQLQueryString in
            let c = window.end.iso
            let begun: SQLQueryString = "(t.begins_on IS NULL OR t.begins_on <= \(bind: c))"
            let countedAtC: SQLQueryString = later == nil ? begun : "\(begun) AND (d.issued_on IS NULL OR d.issued_on <= \(bind: c))"
            return """
                CAST(SUM(CASE WHEN NOT (\(countedAtC)) THEN 0
                              WHEN t.workflow_state = 'da_hoan_thanh' AND (t.completed_on IS NULL OR t.completed_on <= \(bind: c))
                                THEN \(PackedCounts.weight(0))
                              WHEN t.deadline <= \(bind: legal.lastDeadline(before: window.end).iso) THEN \(PackedCounts.weight(1))
                              WHEN t.deadline <= \(bind: legal.lastDeadline(before: window.end.adding(days: 1)).iso)
                                THEN \(PackedCounts.weight(2))
                              ELSE 0 END) AS BIGINT) AS \(ident: "end_\(index)")
                """
        }
        // Grouped by lead unit so that each packed count stays within a
        // unit's size, as in `figures`; one pass over each part of the items.
        var ends = Array(repeating: MonthEndCounts(), count: windows.count)
        for part in ReportItems.parts(subject.condition) {
            let rows = try await sql.raw("""
                \(laterDocuments)
                SELECT COUNT(*) AS counted, \(sums.joined(separator: ", "))
                FROM (\(part)) t \(documents)
                WHERE \(counted)
                GROUP BY t.lead_unit_id
                """).all()
            for row in rows {
                let counted = try row.decode(column: "counted", as: Int.self)
                for index in windows.indices {
                    let packed = try row.decode(column: "end_\(index)", as: Int?.self) ?? 0
                    let (done, overdue, dueOnCutOff) = try PackedCounts.unpack(packed, rows: counted)
                    ends[index].done += done
                    ends[index].overdue += overdue
                    ends[index].alreadyDue += done + overdue + dueOnCutOff
                }
            }
        }
        let snapshots = lateExtensionIDs.isEmpty ? [] : try await ReportSnapshots(db: db).items(subject, only: lateExtensionIDs)
        if !snapshots.isEmpty {
            for (index, window) in windows.enumerated() {
                var figures = ReportFigures()
                addClassified(snapshots, window: window, to: &figures)
                let extra = MonthEndCounts(figures.total)
                ends[index].done += extra.done
                ends[index].overdue += extra.overdue
                ends[index].alreadyDue += extra.alreadyDue
            }
        }
        return ends
    }
}

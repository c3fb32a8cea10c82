import Foundation
import LegalCalendar
import Reports
import SQLKit
import TrackingRules

extension ReportService {
    /// The report page's figures: from the tally for the whole book, one lead
    /// unit or one leader (this window's and the previous one's), with only
    /// the most overdue tasks read and classified; task by task for a document.
    public func overview(_ subject: ReportSubject, window: ReportWindow) async throws -> ReportOverview {
        guard let scope = TallyReader.Scope(subject) else { return ReportOverview(try await report(subject, window: window)) }
        let classifier = try await classifier()
        let query = ReportFigureQuery(db: db, calendar: classifier.calendar, dueSoonThreshold: dueSoonThreshold)
        let figures = try await query.figures(subject, window: window)
        let earlier = window.previous
        let previous = PeriodReport.PreviousPeriod(window: earlier, counts: try await query.figures(subject, window: earlier).total)
        let names = Dictionary(uniqueKeysWithValues: try await Directory(db: db, gate: WriteGate(database: db)).unitNames()
            .map { ($0.id, $0.name) })
        let units = UnitResult.ranked(figures.byUnit.map { unit, counts in
            UnitResult(unitID: unit?.uuidString ?? "", unitName: unit.flatMap { names[$0] } ?? "Chưa xác định đơn vị chủ trì",
                       counts: counts)
        })
        let reader = TallyReader(sql: sql, scope: scope)
        let overdue = try await mostOverdue(subject, reader: reader, query: query, window: window, classifier: classifier)
        let scopePhrase: String
        switch subject {
        case .unit(let id): scopePhrase = "do " + (names[id] ?? id.uuidString) + " chủ trì"
        case .leader: scopePhrase = PeriodReport.phrase(for: try await self.scope(subject), sample: nil)
        default: scopePhrase = ""
        }
        return ReportOverview(window: window, scopePhrase: scopePhrase, counts: figures.total, previous: previous, units: units,
                              overdueTasks: overdue, excludedCount: try await reader.excludedCount(through: window.end))
    }

    /// The `ReportOverview.overdueListed` items most overdue at the cut-off:
    /// the earliest legal deadlines among the tallied items open at C, and
    /// the items counted alone that the classifier finds overdue.
    private func mostOverdue(_ subject: ReportSubject, reader: TallyReader, query: ReportFigureQuery, window: ReportWindow,
                             classifier: StatusClassifier) async throws -> [ReportedTask] {
        let alone = Set(try await query.itemsWithLateExtensions(after: window.end) + (try await reader.classifiedAlone()))
        let earliest = try await reader.openPastDeadline(at: window.end, limit: ReportOverview.overdueListed + alone.count)
        let ids = Array(alone.union(earliest))
        let rows = try await ReportSnapshots(db: db).items(subject, only: ids).compactMap { task -> ReportedTask? in
            guard task.assignedOn.map({ $0 <= window.end }) ?? true else { return nil }
            let row = ReportedTask(task, in: window, classifier: classifier)
            return row.isOverdue ? row : nil
        }
        return Array(rows.sorted(by: ReportedTask.mostLateFirst).prefix(ReportOverview.overdueListed))
    }

    private var sql: any SQLDatabase { db as! any SQLDatabase }
}

extension TallyReader {
    /// Tallied items open at `cutOff` whose legal deadline is before it,
    /// the earliest first (the most working days late).
    func openPastDeadline(at cutOff: CivilDate, limit: Int) async throws -> [UUID] {
        let c = cutOff.daysSinceEpoch
        return try await sql.raw("""
            SELECT item_id FROM \(ident: ReportTally.factsTable)
            WHERE placement = \(literal: TallyFacts.Placement.tallied.rawValue) AND legal_deadline < \(bind: c)
              AND assigned_on <= \(bind: c) AND (completed_on IS NULL OR completed_on > \(bind: c))\(inFacts)
            ORDER BY legal_deadline LIMIT \(literal: limit)
            """).all().map { try $0.decode(column: "item_id", as: UUID.self) }
    }

    /// Items assigned by `cutOff` that are rút or tạm hoãn.
    func excludedCount(through cutOff: CivilDate) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM \(ident: ReportTally.factsTable)
            WHERE placement = \(literal: TallyFacts.Placement.excluded.rawValue) AND assigned_on <= \(bind: cutOff.daysSinceEpoch)\(inFacts)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

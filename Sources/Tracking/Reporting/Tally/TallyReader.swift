import Foundation
import LegalCalendar
import Reports
import SQLKit

/// Reads a report's sums from the tally: the prefix counts at the cut-off C
/// and before the window's first day S, each a prefix of whole months plus
/// the days of the last month (so a report reads a few thousand rows
/// whatever the number of tasks), and the two short range reads of the
/// tasks' facts (`TallyRules`).
struct TallyReader: Sendable {
    /// The reports the tally answers: the whole book or one lead unit's part.
    /// (A leader's or a document's tasks are read from the tasks themselves.)
    enum Scope: Sendable {
        case all
        case unit(UUID)

        init?(_ subject: ReportSubject) {
            switch subject {
            case .all: self = .all
            case .unit(let id): self = .unit(id)
            case .leader, .document: return nil
            }
        }
    }

    let sql: any SQLDatabase
    let scope: Scope

    private var inScope: SQLQueryString {
        switch scope {
        case .all: return ""
        case .unit(let id): return " AND unit_key = \(bind: id)"
        }
    }

    /// The sums per lead unit (nil: not resolved).
    func sums(at cut: TallyCut) async throws -> [UUID?: TallySums] {
        var sums: [UUID?: TallySums] = [:]
        let c = cut.cutOff, s = cut.windowStart.adding(days: -1)
        let tallies = ReportTally.tallyTable
        let rows = try await sql.raw("""
            SELECT unit_key, kind, CAST(SUM(at_cut) AS BIGINT) AS at_cut, CAST(SUM(before_window) AS BIGINT) AS before_window
            FROM (
              SELECT unit_key, kind, n AS at_cut,
                     CASE WHEN bucket < \(bind: TallyRules.monthBucket(s)) THEN n ELSE 0 END AS before_window
              FROM \(ident: tallies) WHERE level = \(literal: TallyDeltas.monthLevel) AND bucket < \(bind: TallyRules.monthBucket(c))\(inScope)
              UNION ALL
              SELECT unit_key, kind, n, 0 FROM \(ident: tallies)
              WHERE level = \(literal: TallyDeltas.dayLevel) AND bucket BETWEEN \(bind: Self.firstDayBucket(c)) AND \(bind: TallyRules.dayBucket(c))\(inScope)
              UNION ALL
              SELECT unit_key, kind, 0, n FROM \(ident: tallies)
              WHERE level = \(literal: TallyDeltas.dayLevel) AND bucket BETWEEN \(bind: Self.firstDayBucket(s)) AND \(bind: TallyRules.dayBucket(s))\(inScope)
            ) x
            GROUP BY unit_key, kind
            """).all()
        for row in rows {
            guard let kind = TallyKind(rawValue: try row.decode(column: "kind", as: Int.self)) else { continue }
            let unit = Self.unit(try row.decode(column: "unit_key", as: UUID.self))
            sums[unit, default: TallySums()].atCutOff[kind, default: 0] += try row.decode(column: "at_cut", as: Int.self)
            sums[unit, default: TallySums()].beforeWindow[kind, default: 0] += try row.decode(column: "before_window", as: Int.self)
        }
        let c0 = c.daysSinceEpoch
        let dueSoon = try await countsByUnit("""
            SELECT unit_key, COUNT(*) AS n FROM \(ident: ReportTally.factsTable)
            WHERE legal_deadline > \(bind: c0) AND legal_deadline < \(bind: cut.dueSoonEnd.daysSinceEpoch)
              AND placement = \(literal: TallyFacts.Placement.tallied.rawValue) AND assigned_on <= \(bind: c0)
              AND (completed_on IS NULL OR completed_on > \(bind: c0))\(inScope)
            GROUP BY unit_key
            """)
        for (unit, n) in dueSoon { sums[unit, default: TallySums()].dueSoonAfterCutOff += n }
        let reportedBefore = try await countsByUnit("""
            SELECT unit_key, COUNT(*) AS n FROM \(ident: ReportTally.factsTable)
            WHERE completed_on > \(bind: c0) AND placement = \(literal: TallyFacts.Placement.tallied.rawValue)
              AND reported_on < \(bind: cut.windowStart.daysSinceEpoch)\(inScope)
            GROUP BY unit_key
            """)
        for (unit, n) in reportedBefore { sums[unit, default: TallySums()].reportedBeforeWindowDoneAfterCutOff += n }
        return sums
    }

    /// The tasks counted one by one (`TallyFacts.Placement.classifiedAlone`).
    func classifiedAlone() async throws -> [UUID] {
        try await sql.raw("""
            SELECT task_id FROM \(ident: ReportTally.factsTable)
            WHERE placement = \(literal: TallyFacts.Placement.classifiedAlone.rawValue)\(inScope)
            """).all().map { try $0.decode(column: "task_id", as: UUID.self) }
    }

    /// The stored facts of `ids` within the scope.
    func facts(of ids: [UUID]) async throws -> [StoredFacts] {
        guard !ids.isEmpty else { return [] }
        return try await sql.raw("""
            SELECT * FROM \(ident: ReportTally.factsTable) WHERE task_id IN (\(binds: ids))\(inScope)
            """).all().map(StoredFacts.from(stored:))
    }

    private func countsByUnit(_ query: SQLQueryString) async throws -> [(UUID?, Int)] {
        try await sql.raw(query).all().map { (Self.unit(try $0.decode(column: "unit_key", as: UUID.self)), try $0.decode(column: "n", as: Int.self)) }
    }

    private static func unit(_ key: UUID) -> UUID? { key == ReportTally.noUnit ? nil : key }

    private static func firstDayBucket(_ day: CivilDate) -> Int {
        TallyRules.dayBucket(CivilDate(year: day.year, month: day.month, day: 1)!)
    }
}

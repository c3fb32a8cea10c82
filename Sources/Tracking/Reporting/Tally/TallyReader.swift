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

    /// The scope's condition on `unit_key`, appended to a WHERE clause.
    var inScope: SQLQueryString {
        switch scope {
        case .all: return ""
        case .unit(let id): return " AND unit_key = \(bind: id)"
        }
    }

    /// The sums per lead unit (nil: not resolved).
    func sums(at cut: TallyCut) async throws -> [UUID?: TallySums] {
        var sums: [UUID?: TallySums] = [:]
        let c = cut.cutOff, s = cut.windowStart.adding(days: -1)
        let (atCut, beforeWindow) = (Self.prefix(through: c), Self.prefix(through: s))
        let rows = try await sql.raw("""
            SELECT unit_key, kind, CAST(SUM(CASE WHEN \(atCut) THEN n ELSE 0 END) AS BIGINT) AS at_cut,
                   CAST(SUM(CASE WHEN \(beforeWindow) THEN n ELSE 0 END) AS BIGINT) AS before_window
            FROM \(ident: ReportTally.tallyTable)
            WHERE (\(atCut) OR \(beforeWindow))\(inScope)
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

    /// The rows whose entries fall on or before `day`: the whole months
    /// before it and its month's days up to it, or just the months up to its
    /// own when it ends its month (as every standard period does).
    static func prefix(through day: CivilDate) -> SQLQueryString {
        let month = TallyRules.monthBucket(day)
        if day.adding(days: 1).month != day.month {
            return "(level = \(literal: TallyDeltas.monthLevel) AND bucket <= \(literal: month))"
        }
        let first = TallyRules.dayBucket(CivilDate(year: day.year, month: day.month, day: 1)!)
        return """
            ((level = \(literal: TallyDeltas.monthLevel) AND bucket < \(literal: month)) OR \
            (level = \(literal: TallyDeltas.dayLevel) AND bucket BETWEEN \(literal: first) AND \(literal: TallyRules.dayBucket(day))))
            """
    }

    /// The entry counts of the whole scope up to each of `days`, by kind (the
    /// dashboard's month ends): the months summed once, added up in order.
    func totals(through days: [CivilDate]) async throws -> [[TallyKind: Int]] {
        guard let last = days.max() else { return [] }
        var byMonth: [Int: [TallyKind: Int]] = [:]
        let rows = try await sql.raw("""
            SELECT kind, bucket, CAST(SUM(n) AS BIGINT) AS n FROM \(ident: ReportTally.tallyTable)
            WHERE level = \(literal: TallyDeltas.monthLevel) AND bucket <= \(literal: TallyRules.monthBucket(last))\(inScope)
            GROUP BY kind, bucket
            """).all()
        for row in rows {
            guard let kind = TallyKind(rawValue: try row.decode(column: "kind", as: Int.self)) else { continue }
            byMonth[try row.decode(column: "bucket", as: Int.self), default: [:]][kind, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        var result: [[TallyKind: Int]] = []
        for day in days {
            let month = TallyRules.monthBucket(day)
            var counts: [TallyKind: Int] = [:]
            for (bucket, kinds) in byMonth where bucket < month {
                for (kind, n) in kinds { counts[kind, default: 0] += n }
            }
            if day.adding(days: 1).month != day.month {
                for (kind, n) in byMonth[month] ?? [:] { counts[kind, default: 0] += n }
            } else {
                let first = TallyRules.dayBucket(CivilDate(year: day.year, month: day.month, day: 1)!)
                for row in try await sql.raw("""
                    SELECT kind, CAST(SUM(n) AS BIGINT) AS n FROM \(ident: ReportTally.tallyTable)
                    WHERE level = \(literal: TallyDeltas.dayLevel) AND bucket BETWEEN \(literal: first) AND \(literal: TallyRules.dayBucket(day))\(inScope)
                    GROUP BY kind
                    """).all() {
                    guard let kind = TallyKind(rawValue: try row.decode(column: "kind", as: Int.self)) else { continue }
                    counts[kind, default: 0] += try row.decode(column: "n", as: Int.self)
                }
            }
            result.append(counts)
        }
        return result
    }
}

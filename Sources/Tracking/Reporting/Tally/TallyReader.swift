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
    /// The reports the tally answers: the whole book, one lead unit's part,
    /// one leader's. (A document's tasks are read from the tasks themselves.)
    enum Scope: Sendable {
        case all
        case unit(UUID)
        case leader(UUID)

        init?(_ subject: ReportSubject) {
            switch subject {
            case .all: self = .all
            case .unit(let id): self = .unit(id)
            case .leader(let id): self = .leader(id)
            case .document: return nil
            }
        }
    }

    let sql: any SQLDatabase
    let scope: Scope

    /// The scope's condition on the tally's rows, appended to a WHERE clause.
    var inTally: SQLQueryString {
        switch scope {
        case .all: return " AND leader_key = \(bind: ReportTally.everyLeader)"
        case .unit(let id): return " AND leader_key = \(bind: ReportTally.everyLeader) AND unit_key = \(bind: id)"
        case .leader(let id): return " AND leader_key = \(bind: id)"
        }
    }

    /// The scope's condition on the tasks' facts, appended to a WHERE clause.
    var inFacts: SQLQueryString {
        switch scope {
        case .all: return ""
        case .unit(let id): return " AND unit_key = \(bind: id)"
        case .leader(let id): return " AND leader_id = \(bind: id)"
        }
    }

    /// The sums per lead unit (nil: not resolved).
    func sums(at cut: TallyCut) async throws -> [UUID?: TallySums] {
        var sums: [UUID?: TallySums] = [:]
        let c = cut.cutOff, s = cut.windowStart.adding(days: -1)
        let atCutOff = Self.ranges(through: c), beforeWindow = Self.ranges(through: s)
        func add(_ rows: [any SQLRow]) throws {
            for row in rows {
                guard let kind = TallyKind(rawValue: try row.decode(column: "kind", as: Int.self)) else { continue }
                let unit = Self.unit(try row.decode(column: "unit_key", as: UUID.self))
                sums[unit, default: TallySums()].atCutOff[kind, default: 0] += try row.decode(column: "at_cut", as: Int.self)
                sums[unit, default: TallySums()].beforeWindow[kind, default: 0] += try row.decode(column: "before_window", as: Int.self)
            }
        }
        // The whole months: every month row of the scope read once, in the
        // (unit, kind) order of idx_task_tallies_by_unit, each counted in the
        // columns whose prefix holds it. A bound on the bucket in the WHERE
        // clause would have SQLite seek on the primary key instead and sort
        // tens of thousands of rows to group them (~20 ms on 100,000 tasks).
        try add(try await sql.raw("""
            SELECT unit_key, kind, \(Self.monthSum(atCutOff, as: "at_cut")), \(Self.monthSum(beforeWindow, as: "before_window"))
            FROM \(ident: ReportTally.tallyTable)
            WHERE level = \(literal: TallyDeltas.monthLevel)\(inTally)
            GROUP BY unit_key, kind
            """).all())
        // The days of a month not yet ended: one branch per range, each a
        // seek on the primary key (leader, level, bucket); an OR of ranges
        // would be read as one scan of the leader's rows.
        let days = atCutOff.filter { $0.lowest != nil }.map { range(inTally, $0, atCutOff: true) }
            + beforeWindow.filter { $0.lowest != nil }.map { range(inTally, $0, atCutOff: false) }
        if !days.isEmpty {
            try add(try await sql.raw("""
                SELECT unit_key, kind, CAST(SUM(at_cut) AS BIGINT) AS at_cut, CAST(SUM(before_window) AS BIGINT) AS before_window
                FROM (\(days.joined(separator: " UNION ALL "))) x
                GROUP BY unit_key, kind
                """).all())
        }
        let c0 = c.daysSinceEpoch
        let dueSoon = try await countsByUnit("""
            SELECT unit_key, COUNT(*) AS n FROM \(ident: ReportTally.factsTable)
            WHERE legal_deadline > \(bind: c0) AND legal_deadline < \(bind: cut.dueSoonEnd.daysSinceEpoch)
              AND placement = \(literal: TallyFacts.Placement.tallied.rawValue) AND assigned_on <= \(bind: c0)
              AND (completed_on IS NULL OR completed_on > \(bind: c0))\(inFacts)
            GROUP BY unit_key
            """)
        for (unit, n) in dueSoon { sums[unit, default: TallySums()].dueSoonAfterCutOff += n }
        let reportedBefore = try await countsByUnit("""
            SELECT unit_key, COUNT(*) AS n FROM \(ident: ReportTally.factsTable)
            WHERE completed_on > \(bind: c0) AND placement = \(literal: TallyFacts.Placement.tallied.rawValue)
              AND reported_on < \(bind: cut.windowStart.daysSinceEpoch)\(inFacts)
            GROUP BY unit_key
            """)
        for (unit, n) in reportedBefore { sums[unit, default: TallySums()].reportedBeforeWindowDoneAfterCutOff += n }
        return sums
    }

    /// The items counted one by one (`TallyFacts.Placement.classifiedAlone`).
    func classifiedAlone() async throws -> [UUID] {
        try await sql.raw("""
            SELECT item_id FROM \(ident: ReportTally.factsTable)
            WHERE placement = \(literal: TallyFacts.Placement.classifiedAlone.rawValue)\(inFacts)
            """).all().map { try $0.decode(column: "item_id", as: UUID.self) }
    }

    /// The stored facts of the items `ids` within the scope.
    func facts(of ids: [UUID]) async throws -> [StoredFacts] {
        guard !ids.isEmpty else { return [] }
        return try await sql.raw("""
            SELECT * FROM \(ident: ReportTally.factsTable) WHERE item_id IN (\(binds: ids))\(inFacts)
            """).all().map(StoredFacts.from(stored:))
    }

    private func countsByUnit(_ query: SQLQueryString) async throws -> [(UUID?, Int)] {
        try await sql.raw(query).all().map { (Self.unit(try $0.decode(column: "unit_key", as: UUID.self)), try $0.decode(column: "n", as: Int.self)) }
    }

    private static func unit(_ key: UUID) -> UUID? { key == ReportTally.noUnit ? nil : key }

    /// A range of buckets of one level; from the first bucket when `lowest`
    /// is nil. Its counts are added to the prefix, or taken back from it.
    struct BucketRange {
        let level: Int
        let lowest: Int?
        let highest: Int
        var takenBack = false
    }

    /// The buckets whose entries fall on or before `day`: just the months up
    /// to its own when it ends its month (as every standard period does);
    /// else the whole months before it and its month's days up to it, or the
    /// months up to its own less its month's days after it, whichever reads
    /// fewer days. (A month's count is the sum of its days'. Entries fall
    /// mostly on past days, so a cut-off at today late in the month reads
    /// the few entries of the days after it: 0.2 instead of 4.6 ms on the
    /// 100,000-task benchmark file.)
    static func ranges(through day: CivilDate) -> [BucketRange] {
        let month = TallyRules.monthBucket(day)
        if day.adding(days: 1).month != day.month {
            return [BucketRange(level: TallyDeltas.monthLevel, lowest: nil, highest: month)]
        }
        let first = TallyRules.dayBucket(CivilDate(year: day.year, month: day.month, day: 1)!)
        let last = TallyRules.dayBucket(day.endOfMonth)
        let cut = TallyRules.dayBucket(day)
        if cut - first + 1 < last - cut {
            return [BucketRange(level: TallyDeltas.monthLevel, lowest: nil, highest: month - 1),
                    BucketRange(level: TallyDeltas.dayLevel, lowest: first, highest: cut)]
        }
        return [BucketRange(level: TallyDeltas.monthLevel, lowest: nil, highest: month),
                BucketRange(level: TallyDeltas.dayLevel, lowest: cut + 1, highest: last, takenBack: true)]
    }

    /// The sum of a prefix's whole months: the month rows up to its month range's last bucket.
    private static func monthSum(_ prefix: [BucketRange], as column: String) -> SQLQueryString {
        let months = prefix.first { $0.lowest == nil }!
        return "CAST(SUM(CASE WHEN bucket <= \(literal: months.highest) THEN n ELSE 0 END) AS BIGINT) AS \(ident: column)"
    }

    /// One branch of the sums: the range's counts in the at-cut-off column or the before-window one.
    private func range(_ scope: SQLQueryString, _ range: BucketRange, atCutOff: Bool) -> SQLQueryString {
        let n: SQLQueryString = range.takenBack ? "-n" : "n"
        let columns: SQLQueryString = atCutOff ? "\(n) AS at_cut, 0 AS before_window" : "0 AS at_cut, \(n) AS before_window"
        let buckets: SQLQueryString = range.lowest.map { "bucket BETWEEN \(literal: $0) AND \(literal: range.highest)" }
            ?? "bucket <= \(literal: range.highest)"
        return """
            SELECT unit_key, kind, \(columns) FROM \(ident: ReportTally.tallyTable)
            WHERE level = \(literal: range.level) AND \(buckets)\(scope)
            """
    }

    /// The entry counts of the whole scope up to each of `days`, by kind (the
    /// dashboard's month ends): the months summed once, added up in order.
    /// Every month row of the scope is read, in the (kind, bucket) order of
    /// idx_task_tallies_by_kind, and the later months left out here: a bound
    /// on the bucket would have SQLite sort the rows to group them.
    func totals(through days: [CivilDate]) async throws -> [[TallyKind: Int]] {
        guard !days.isEmpty else { return [] }
        var byMonth: [Int: [TallyKind: Int]] = [:]
        let rows = try await sql.raw("""
            SELECT kind, bucket, CAST(SUM(n) AS BIGINT) AS n FROM \(ident: ReportTally.tallyTable)
            WHERE level = \(literal: TallyDeltas.monthLevel)\(inTally)
            GROUP BY kind, bucket
            """).all()
        for row in rows {
            guard let kind = TallyKind(rawValue: try row.decode(column: "kind", as: Int.self)) else { continue }
            byMonth[try row.decode(column: "bucket", as: Int.self), default: [:]][kind, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        var result: [[TallyKind: Int]] = []
        for day in days {
            var counts: [TallyKind: Int] = [:]
            for range in Self.ranges(through: day) {
                guard let lowest = range.lowest else {
                    for (bucket, kinds) in byMonth where bucket <= range.highest {
                        for (kind, n) in kinds { counts[kind, default: 0] += n }
                    }
                    continue
                }
                for row in try await sql.raw("""
                    SELECT kind, CAST(SUM(n) AS BIGINT) AS n FROM \(ident: ReportTally.tallyTable)
                    WHERE level = \(literal: range.level) AND bucket BETWEEN \(literal: lowest) AND \(literal: range.highest)\(inTally)
                    GROUP BY kind
                    """).all() {
                    guard let kind = TallyKind(rawValue: try row.decode(column: "kind", as: Int.self)) else { continue }
                    counts[kind, default: 0] += try row.decode(column: "n", as: Int.self) * (range.takenBack ? -1 : 1)
                }
            }
            result.append(counts)
        }
        return result
    }
}

/// One unit's line in the ranking.
public struct UnitResult: Hashable, Sendable, Codable {
    public var unitID: String
    public var unitName: String
    public var counts: StatusCounts
    /// 1 = best. Units with equal figures share a rank.
    public var rank: Int

    public init(unitID: String, unitName: String, counts: StatusCounts, rank: Int = 0) {
        self.unitID = unitID
        self.unitName = unitName
        self.counts = counts
        self.rank = rank
    }

    /// Units whose counts were computed elsewhere, ranked as a report ranks them.
    public static func ranked(_ units: [UnitResult]) -> [UnitResult] {
        UnitRanking.rank(units)
    }
}

enum UnitRanking {
    /// Orders units best first: higher completion rate (units with nothing due yet go
    /// after those with a rate), then lower overdue rate, then more tasks done on time,
    /// then name. Ties on all figures share a rank ("1, 2, 2, 4").
    static func rank(_ rows: [ReportedTask]) -> [UnitResult] {
        var byUnit: [String: UnitResult] = [:]
        for row in rows {
            byUnit[row.task.leadUnitID, default: UnitResult(unitID: row.task.leadUnitID, unitName: row.task.leadUnitName,
                                                            counts: StatusCounts(), rank: 0)].counts.add(row)
        }
        return rank(Array(byUnit.values))
    }

    static func rank(_ units: [UnitResult]) -> [UnitResult] {
        var ordered = units.sorted { a, b in
            let ka = key(a), kb = key(b)
            if ka != kb { return ka < kb }
            return a.unitName < b.unitName
        }
        for i in ordered.indices {
            ordered[i].rank = i > 0 && key(ordered[i]) == key(ordered[i - 1]) ? ordered[i - 1].rank : i + 1
        }
        return ordered
    }

    /// Smaller is better; compared as a tuple.
    private static func key(_ u: UnitResult) -> RankKey {
        RankKey(noRate: u.counts.completionRate.value == nil ? 1 : 0,
                completion: -(u.counts.completionRate.value ?? 0),
                overdue: u.counts.overdueRate.value ?? 0,
                onTime: -u.counts.doneOnTime)
    }

    private struct RankKey: Equatable, Comparable {
        var noRate: Int
        var completion: Double
        var overdue: Double
        var onTime: Int

        static func < (a: RankKey, b: RankKey) -> Bool {
            (a.noRate, a.completion, a.overdue, a.onTime) < (b.noRate, b.completion, b.overdue, b.onTime)
        }
    }
}

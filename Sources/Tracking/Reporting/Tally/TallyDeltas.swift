import Foundation
import LegalCalendar
import Reports
import SQLKit

/// Changes to the tally's counts, gathered in memory and written in a few
/// upserts: each entry counts in its day's bucket and in its month's.
struct TallyDeltas: Sendable {
    struct Key: Hashable, Sendable {
        let level: Int
        let bucket: Int
        let unit: UUID
        let kind: Int
    }

    static let dayLevel = 0
    static let monthLevel = 1

    private(set) var counts: [Key: Int] = [:]

    mutating func add(_ row: StoredFacts, sign: Int) {
        let unit = row.unit ?? ReportTally.noUnit
        for entry in TallyRules.entries(row.facts) {
            counts[Key(level: Self.dayLevel, bucket: TallyRules.dayBucket(entry.day), unit: unit, kind: entry.kind.rawValue),
                   default: 0] += sign
            counts[Key(level: Self.monthLevel, bucket: TallyRules.monthBucket(entry.day), unit: unit, kind: entry.kind.rawValue),
                   default: 0] += sign
        }
    }

    /// Adds the non-zero changes to the stored counts (1,000 to a statement: 5 binds a row).
    func apply(on sql: any SQLDatabase) async throws {
        let changes = counts.filter { $0.value != 0 }.map { ($0.key, $0.value) }
        for start in stride(from: 0, to: changes.count, by: 1_000) {
            let values = changes[start..<min(start + 1_000, changes.count)].map { key, n -> SQLQueryString in
                "(\(bind: key.level), \(bind: key.bucket), \(bind: key.unit), \(bind: key.kind), \(bind: n))"
            }
            try await sql.raw("""
                INSERT INTO \(ident: ReportTally.tallyTable) (level, bucket, unit_key, kind, n)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (level, bucket, unit_key, kind) DO UPDATE SET n = \(ident: ReportTally.tallyTable).n + excluded.n
                """).run()
        }
    }
}

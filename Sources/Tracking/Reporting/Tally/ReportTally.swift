import FluentKit
import Foundation
import LegalCalendar
import Reports
import SQLKit

/// Keeps the report tally (`TallyRules`): per lead unit, prefix counts by day
/// and by month, from which a report over a million tasks is read in a few
/// thousand rows (`TallyReader`). What it counts are the report's items
/// (`ReportItems`: a one-off task, or one period of a recurring duty). Each
/// item's facts as last counted are kept beside them (`task_facts`, keyed by
/// the item, with its task), so a change takes back exactly what the task's
/// items added before and adds what they add now.
///
/// The tally follows every write of a task, of a period, of a period's
/// report or extension, of a document's date and of the calendar through
/// Fluent's model middleware (`TallyMiddleware`), in the writer's own
/// transaction: no database trigger, and a write path cannot forget it.
/// Bulk loads that write tasks with SQL call `rebuild(on:)`.
public enum ReportTally {
    static let factsTable = "task_facts"
    static let tallyTable = "task_tallies"
    /// The key of tasks whose lead unit is not resolved: a key column cannot be null.
    static let noUnit = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
    /// The leader key of the counts of every task, whoever follows it.
    static let everyLeader = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// Brings the tally in line with the stored tasks `ids` and their periods
    /// (an item no longer stored loses its entries).
    public static func refresh(tasks ids: [UUID], on db: any Database) async throws {
        let ids = Array(Set(ids))
        guard !ids.isEmpty else { return }
        let sql = db as! any SQLDatabase
        let calendar = try await WorkCalendar.withOverrides(on: db)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let old = try await StoredFacts.stored(tasks: chunk, on: sql)
            let new = try await StoredFacts.current(tasks: chunk, calendar: calendar, on: sql)
            var deltas = TallyDeltas()
            for row in old { deltas.add(row, sign: -1) }
            for row in new { deltas.add(row, sign: 1) }
            try await deltas.apply(on: sql)
            try await sql.raw("DELETE FROM \(ident: factsTable) WHERE task_id IN (\(binds: chunk))").run()
            try await StoredFacts.insert(new, on: sql)
        }
    }

    /// The tasks of a document, whose date is their assignment day.
    public static func refresh(document id: UUID, on db: any Database) async throws {
        let rows = try await (db as! any SQLDatabase).raw("SELECT id FROM tasks WHERE document_id = \(bind: id)").all()
        try await refresh(tasks: try rows.map { try $0.decode(column: "id", as: UUID.self) }, on: db)
    }

    /// The tasks whose deadline a change of `day` in the calendar can move: a
    /// deadline rolls forward over a run of days off ending at most at `day`,
    /// and no run is longer than the Tết break (the 40 days looked back are
    /// a wide margin).
    public static func refresh(deadlinesNear day: CivilDate, on db: any Database) async throws {
        let (low, high) = (day.adding(days: -40).daysSinceEpoch, day.daysSinceEpoch)
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT task_id FROM \(ident: factsTable)
            WHERE (deadline BETWEEN \(bind: low) AND \(bind: high)) OR (original_deadline BETWEEN \(bind: low) AND \(bind: high))
            """).all()
        try await refresh(tasks: try rows.map { try $0.decode(column: "task_id", as: UUID.self) }, on: db)
    }

    /// Counts every item again from nothing, the tasks 5,000 at a time.
    public static func rebuild(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let calendar = try await WorkCalendar.withOverrides(on: db)
        try await sql.raw("DELETE FROM \(ident: tallyTable)").run()
        try await sql.raw("DELETE FROM \(ident: factsTable)").run()
        var deltas = TallyDeltas()
        var last: UUID?
        while true {
            let page = try await StoredFacts.current(after: last, limit: 5_000, calendar: calendar, on: sql)
            guard let end = page.lastTask else { break }
            for row in page.items { deltas.add(row, sign: 1) }
            try await StoredFacts.insert(page.items, on: sql)
            last = end
        }
        try await deltas.apply(on: sql)
    }

    /// Where the stored tally differs from what the items' rows give now.
    /// For the tests, which check it after every scenario.
    public static func drift(on db: any Database) async throws -> TallyDrift {
        let sql = db as! any SQLDatabase
        let calendar = try await WorkCalendar.withOverrides(on: db)
        var expected = TallyDeltas(), drifted: [UUID] = []
        var stored: [UUID: StoredFacts] = [:]
        for row in try await sql.raw("SELECT * FROM \(ident: factsTable)").all().map(StoredFacts.from(stored:)) {
            stored[row.itemID] = row
        }
        var last: UUID?
        while true {
            let page = try await StoredFacts.current(after: last, limit: 5_000, calendar: calendar, on: sql)
            guard let end = page.lastTask else { break }
            for row in page.items {
                expected.add(row, sign: 1)
                if stored.removeValue(forKey: row.itemID) != row { drifted.append(row.itemID) }
            }
            last = end
        }
        drifted += stored.keys
        var counted: [TallyDeltas.Key: Int] = [:]
        for row in try await sql.raw("SELECT level, bucket, leader_key, unit_key, kind, n FROM \(ident: tallyTable) WHERE n <> 0").all() {
            let key = TallyDeltas.Key(level: try row.decode(column: "level", as: Int.self),
                                      bucket: try row.decode(column: "bucket", as: Int.self),
                                      leader: try row.decode(column: "leader_key", as: UUID.self),
                                      unit: try row.decode(column: "unit_key", as: UUID.self),
                                      kind: try row.decode(column: "kind", as: Int.self))
            counted[key] = try row.decode(column: "n", as: Int.self)
        }
        return TallyDrift(items: drifted, countsDiffer: counted != expected.counts.filter { $0.value != 0 })
    }
}

/// What `ReportTally.drift` found: the items (tasks, periods) whose stored
/// facts are stale, and whether the counts differ from the sum of the facts.
public struct TallyDrift: Sendable, Equatable {
    public var items: [UUID]
    public var countsDiffer: Bool
    public var isEmpty: Bool { items.isEmpty && !countsDiffer }
}

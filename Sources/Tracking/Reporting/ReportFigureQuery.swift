import FluentKit
import Foundation
import LegalCalendar
import Reports
import SQLKit
import TrackingRules

/// The official counts of a window computed in the database: one pass over the
/// report's items (`ReportItems`: each one-off task, each period of a
/// recurring duty), grouped by lead unit, with CASE sums (packed three to an
/// aggregate, `PackedCounts`). Nothing is loaded row by row.
///
/// Every CASE below restates a rule of `StatusClassifier` / `StatusCounts`
/// (docs/tracking-and-reports.md), with C the cut-off (window end) and
/// legal(d) the deadline after the Civil Code roll (`LegalDeadlineSQL`):
/// - counted: not rút / tạm hoãn, not assigned by a document dated after C,
///   and, for a period, begun by C;
/// - done: confirmed (`da_hoan_thanh`) with a completion date on or before C
///   (none: taken as C); every other task is open at C;
/// - done late: completed after legal(deadline in force); done on time otherwise,
///   tasks without a deadline included (they are also counted apart);
/// - overdue: open and legal(deadline) < C; in time otherwise (không hạn included);
/// - due soon: open, in time, and legal(deadline) before the (N+1)th working day after C;
/// - already due (the completion rate's base): done, or legal(deadline) <= C;
/// - done within an extension: done on time but after legal(original deadline);
/// - updated: open, and the item's last report (`tasks.last_reported_on`,
///   written with each report: `LastReportColumn`; a period's latest report)
///   falls within the window.
/// The deadline in force is the task's `deadline` (a period's last approved
/// extension), which is right whenever every approved extension was decided
/// by the item's decisive day (its completion, or C). The few items with an
/// extension decided later are left out of the SQL and counted by the pure
/// classifier from their snapshots.
/// `ReportFigureTests` checks these figures against `PeriodReport.build` on
/// the same tasks.
public struct ReportFigureQuery: Sendable {
    let db: any Database
    let sql: any SQLDatabase
    let calendar: WorkCalendar
    let dueSoonThreshold: Int

    public init(db: any Database, calendar: WorkCalendar, dueSoonThreshold: Int = 3) {
        self.db = db
        self.sql = db as! any SQLDatabase
        self.calendar = calendar
        self.dueSoonThreshold = dueSoonThreshold
    }

    /// The figures of `subject`: from the report tally for the whole book,
    /// one lead unit or one leader, from a pass over the items for a document.
    public func figures(_ subject: ReportSubject, window: ReportWindow) async throws -> ReportFigures {
        if let scope = TallyReader.Scope(subject) { return try await tallied(scope, subject: subject, window: window) }
        return try await figuresFromTasks(subject, window: window)
    }

    /// The figures from one pass over the subject's items (the benchmark
    /// compares it with the tally, and `ReportFigureTests` checks both).
    public func figuresFromTasks(_ subject: ReportSubject, window: ReportWindow) async throws -> ReportFigures {
        let legal = try await legalDeadlines()
        let cutOff = window.end
        let c = cutOff.iso
        let done: SQLQueryString = "(t.workflow_state = 'da_hoan_thanh' AND (t.completed_on IS NULL OR t.completed_on <= \(bind: c)))"
        let completion: SQLQueryString = "COALESCE(t.completed_on, \(bind: c))"
        let late = legal.isLate(completion, deadline: "t.deadline")
        let lateAgainstOriginal = legal.isLate(completion, deadline: "t.original_deadline")
        let overdueBound = legal.lastDeadline(before: cutOff).iso
        let dueBound = legal.lastDeadline(before: cutOff.adding(days: 1)).iso
        let soonBound = legal.lastDeadline(before: calendar.adding(workingDays: dueSoonThreshold + 1, to: cutOff)).iso
        let lateExtensionIDs = try await itemsWithLateExtensions(after: cutOff)
        var counted = try await countedCondition(cutOff: c)
        if !lateExtensionIDs.isEmpty { counted = "\(counted) AND t.item_id NOT IN (\(binds: lateExtensionIDs))" }

        // One pass over each part of the items (`ReportItems.parts`), added up
        // by unit. A counted item is either done at C or open at C, so two
        // packed sums file every row once each:
        // done_kinds splits the done ones (no deadline / late / on time only
        // thanks to an extension), open_kinds counts the done ones and splits
        // the open ones by deadline (overdue / due on C itself). Whatever a
        // CASE leaves out follows from COUNT(*) and COUNT(deadline).
        var figures = ReportFigures()
        for part in ReportItems.parts(subject.condition) {
            let rows = try await sql.raw("""
                SELECT t.lead_unit_id AS unit, COUNT(*) AS counted, COUNT(t.deadline) AS with_deadline,
                  CAST(SUM(CASE WHEN \(done) THEN
                         CASE WHEN t.deadline IS NULL THEN \(PackedCounts.weight(0))
                              WHEN \(late) THEN \(PackedCounts.weight(1))
                              WHEN t.original_deadline IS NOT NULL AND \(lateAgainstOriginal) THEN \(PackedCounts.weight(2))
                              ELSE 0 END
                       ELSE 0 END) AS BIGINT) AS done_kinds,
                  CAST(SUM(CASE WHEN \(done) THEN \(PackedCounts.weight(0))
                                WHEN t.deadline <= \(bind: overdueBound) THEN \(PackedCounts.weight(1))
                                WHEN t.deadline <= \(bind: dueBound) THEN \(PackedCounts.weight(2))
                                ELSE 0 END) AS BIGINT) AS open_kinds,
                  SUM(CASE WHEN NOT \(done) AND t.deadline > \(bind: dueBound) AND t.deadline <= \(bind: soonBound)
                           THEN 1 ELSE 0 END) AS due_soon_after_cut_off,
                  SUM(CASE WHEN NOT \(done) AND t.last_reported_on >= \(bind: window.start.iso)
                            AND t.last_reported_on <= \(bind: c) THEN 1 ELSE 0 END) AS open_updated
                FROM (\(part)) t
                WHERE \(counted)
                GROUP BY t.lead_unit_id
                """).all()
            for row in rows {
                func int(_ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }
                let counted = try int("counted")
                let (doneNoDeadline, doneLate, doneWithinExtension) = try PackedCounts.unpack(try int("done_kinds"), rows: counted)
                let (done, overdue, dueOnCutOff) = try PackedCounts.unpack(try int("open_kinds"), rows: counted)
                let open = counted - done
                var counts = StatusCounts()
                counts.doneLate = doneLate
                counts.doneOnTime = done - doneLate
                counts.noDeadlineDone = doneNoDeadline
                counts.doneWithinExtension = doneWithinExtension
                counts.overdue = overdue
                counts.openInTime = open - overdue
                counts.noDeadlineOpen = counted - (try int("with_deadline")) - doneNoDeadline
                counts.dueSoon = dueOnCutOff + (try int("due_soon_after_cut_off"))
                counts.alreadyDue = done + overdue + dueOnCutOff
                counts.openUpdated = try int("open_updated")
                figures.byUnit[try row.decode(column: "unit", as: UUID?.self), default: StatusCounts()].add(counts)
            }
        }
        try await addCountedAlone(lateExtensionIDs, subject: subject, window: window, to: &figures)
        return figures
    }

    /// The items with an approved extension decided after `cutOff` or after
    /// their completion: their deadline in force is not the one to count.
    /// Driven from the extensions (few), each task or period found by its key.
    func itemsWithLateExtensions(after cutOff: CivilDate) async throws -> [UUID] {
        let rows = try await sql.raw("""
            SELECT COALESCE(e.occurrence_id, e.task_id) AS item_id FROM extensions e
            WHERE e.decision = 'dong_y' AND e.decided_on IS NOT NULL AND (e.decided_on > \(bind: cutOff.iso) OR e.decided_on > \
            CASE WHEN e.occurrence_id IS NULL
                 THEN (SELECT x.completed_on FROM tasks x WHERE x.id = e.task_id AND x.workflow_state = 'da_hoan_thanh')
                 ELSE (SELECT o.completed_on FROM task_occurrences o WHERE o.id = e.occurrence_id AND o.workflow_state = 'da_hoan_thanh')
            END)
            """).all()
        return Array(Set(try rows.map { try $0.decode(column: "item_id", as: UUID.self) }))
    }

    /// Counts the items `ids` the SQL cannot (an extension decided after their
    /// decisive day, facts the tally keeps apart) the way `PeriodReport`
    /// does, from their snapshots.
    func addCountedAlone(_ ids: [UUID], subject: ReportSubject, window: ReportWindow,
                         to figures: inout ReportFigures) async throws {
        guard !ids.isEmpty else { return }
        addClassified(try await ReportSnapshots(db: db).items(subject, only: ids), window: window, to: &figures)
    }

    /// Files each snapshot the window counts under its lead unit, classified by the pure module.
    func addClassified(_ tasks: [Reports.TaskSnapshot], window: ReportWindow, to figures: inout ReportFigures) {
        let classifier = StatusClassifier(calendar: calendar, dueSoonThreshold: dueSoonThreshold)
        for task in tasks where task.assignedOn.map({ $0 <= window.end }) ?? true {
            let row = ReportedTask(task, in: window, classifier: classifier)
            guard !row.classification.isExcluded else { continue }
            figures.byUnit[UUID(uuidString: task.leadUnitID), default: StatusCounts()].add(row)
        }
    }

    /// The items (`ReportItems`, aliased `t`) a report at `cutOff` counts. The
    /// test on the document's date costs a probe per item, so it is left out
    /// when no document is dated after the cut-off (an index seek says so).
    private func countedCondition(cutOff c: String) async throws -> SQLQueryString {
        let base: SQLQueryString = """
            t.workflow_state NOT IN ('rut', 'tam_hoan') AND (t.begins_on IS NULL OR t.begins_on <= \(bind: c))
            """
        let later = try await sql.raw("SELECT d.id FROM documents d WHERE d.issued_on > \(bind: c) LIMIT 1").first()
        guard later != nil else { return base }
        return """
            \(base) AND (t.document_id IS NULL OR \
            t.document_id NOT IN (SELECT d.id FROM documents d WHERE d.issued_on > \(bind: c)))
            """
    }

    /// The roll table for the range of stored deadlines: the tasks', the
    /// periods' and the periods' extensions' (each end read from an index).
    func legalDeadlines() async throws -> LegalDeadlineSQL {
        let row = try await sql.raw("""
            SELECT (SELECT MIN(deadline) FROM tasks) AS low, (SELECT MAX(deadline) FROM tasks) AS high,
                   (SELECT MIN(original_deadline) FROM tasks) AS original_low,
                   (SELECT MAX(original_deadline) FROM tasks) AS original_high,
                   (SELECT MIN(deadline) FROM task_occurrences) AS period_low,
                   (SELECT MAX(deadline) FROM task_occurrences) AS period_high,
                   (SELECT MAX(requested_deadline) FROM extensions WHERE occurrence_id IS NOT NULL) AS extended_high
            """).first()
        func date(_ column: String) throws -> CivilDate? {
            try row?.decode(column: column, as: String?.self).flatMap { CivilDate(iso: $0) }
        }
        // An extension is later than the deadline it moves: only its maximum can widen the range.
        let lows = [try date("low"), try date("original_low"), try date("period_low")].compactMap { $0 }
        let highs = [try date("high"), try date("original_high"), try date("period_high"), try date("extended_high")].compactMap { $0 }
        return LegalDeadlineSQL(calendar: calendar, deadlinesFrom: lows.min(), through: highs.max())
    }
}

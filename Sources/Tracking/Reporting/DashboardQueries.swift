import FluentKit
import Foundation
import LegalCalendar
import SQLKit

/// The two lists the leadership dashboard shows beside the figures, each one
/// indexed query: the oldest overdue tasks and the documents with the most
/// open tasks.
public struct DashboardQueries: Sendable {
    public struct OverdueTask: Sendable, Encodable {
        public let id: UUID
        public let title: String
        public let unitName: String?
        public let documentNumber: String?
        public let deadline: CivilDate
        public let workingDaysLate: Int
    }

    public struct BusyDocument: Sendable, Encodable {
        public let id: UUID
        public let number: String?
        public let subject: String?
        public let openTasks: Int
        public let overdueTasks: Int
    }

    let sql: any SQLDatabase
    let calendar: WorkCalendar

    public init(db: any Database, calendar: WorkCalendar) {
        self.sql = db as! any SQLDatabase
        self.calendar = calendar
    }

    /// Open on `today` and past their deadline in force (after the Civil Code
    /// roll), the longest overdue first: the items a report counts
    /// (`ReportItems`), so a duty's overdue periods are listed each, named
    /// by their period. The one-off tasks in deadline order from their
    /// index, the open periods (few) apart, merged.
    public func oldestOverdue(_ subject: ReportSubject, today: CivilDate, limit: Int = 10) async throws -> [OverdueTask] {
        let bound = LegalDeadlineSQL(calendar: calendar, deadlinesFrom: nil, through: nil).lastDeadline(before: today)
        let tasks = try await sql.raw("""
            SELECT t.id, t.title, CAST(NULL AS TEXT) AS period_label, t.deadline, u.name AS unit_name, d.number AS document_number
            FROM tasks t LEFT JOIN units u ON u.id = t.lead_unit_id LEFT JOIN documents d ON d.id = t.document_id
            WHERE t.workflow_state NOT IN ('da_hoan_thanh', 'rut', 'tam_hoan') AND t.deadline <= \(bind: bound.iso)
              AND \(subject.condition) AND NOT EXISTS (SELECT 1 FROM task_occurrences x WHERE x.task_id = t.id)
            ORDER BY t.deadline, t.id LIMIT \(literal: limit)
            """).all()
        let periods = try await sql.raw("""
            SELECT i.task_id AS id, t.title, i.period_label, i.deadline, u.name AS unit_name, d.number AS document_number
            FROM (\(ReportItems.periods(subject.condition))) i
            JOIN tasks t ON t.id = i.task_id LEFT JOIN units u ON u.id = i.lead_unit_id LEFT JOIN documents d ON d.id = i.document_id
            WHERE i.workflow_state NOT IN ('da_hoan_thanh', 'rut', 'tam_hoan') AND i.deadline <= \(bind: bound.iso)
              AND i.begins_on <= \(bind: today.iso)
            ORDER BY i.deadline, i.task_id LIMIT \(literal: limit)
            """).all()
        let rows = try (tasks + periods).compactMap { row -> OverdueTask? in
            guard let deadline = CivilDate(iso: try row.decode(column: "deadline", as: String.self)) else { return nil }
            let title = try row.decode(column: "title", as: String.self)
            return OverdueTask(id: try row.decode(column: "id", as: UUID.self),
                               title: try row.decode(column: "period_label", as: String?.self).map { "\(title) — \($0)" } ?? title,
                               unitName: try row.decode(column: "unit_name", as: String?.self),
                               documentNumber: try row.decode(column: "document_number", as: String?.self),
                               deadline: deadline,
                               workingDaysLate: calendar.workingDays(from: calendar.legalDeadline(deadline), through: today))
        }
        return Array(rows.sorted { ($0.deadline, $0.id.uuidString) < ($1.deadline, $1.id.uuidString) }.prefix(limit))
    }

    /// Documents ordered by how many of their items (`ReportItems`) are still
    /// open on `today`. The open tasks are counted per document on their own
    /// partial index (idx_tasks_open_by_document, in document order: no
    /// sort); a recurring duty's row is taken back and its open periods begun
    /// by today added instead (read from the periods, which are few). Only
    /// the documents that can be in the first `limit` are joined: those with
    /// at least as many open items as the `limit`-th largest count. Joining
    /// every counted document read ~5,000 document rows for ten.
    public func busiestDocuments(_ subject: ReportSubject, today: CivilDate, limit: Int = 10) async throws -> [BusyDocument] {
        let bound = LegalDeadlineSQL(calendar: calendar, deadlinesFrom: nil, through: nil).lastDeadline(before: today)
        let open: SQLQueryString = "t.workflow_state NOT IN ('da_hoan_thanh', 'rut', 'tam_hoan') AND t.document_id IS NOT NULL"
        let rows = try await sql.raw("""
            WITH duties AS MATERIALIZED (SELECT DISTINCT o.task_id FROM task_occurrences o),
            parts AS (SELECT t.document_id, COUNT(*) AS open_tasks,
                             SUM(CASE WHEN t.deadline <= \(bind: bound.iso) THEN 1 ELSE 0 END) AS overdue_tasks
                      FROM tasks t
                      WHERE \(open) AND \(subject.condition)
                      GROUP BY t.document_id
                      UNION ALL
                      SELECT t.document_id, -COUNT(*), -SUM(CASE WHEN t.deadline <= \(bind: bound.iso) THEN 1 ELSE 0 END)
                      FROM duties x CROSS JOIN tasks t
                      WHERE t.id = x.task_id AND \(open) AND \(subject.condition)
                      GROUP BY t.document_id
                      UNION ALL
                      SELECT t.document_id, COUNT(*), SUM(CASE WHEN t.deadline <= \(bind: bound.iso) THEN 1 ELSE 0 END)
                      FROM (\(ReportItems.periods(subject.condition))) t
                      WHERE \(open) AND t.begins_on <= \(bind: today.iso)
                      GROUP BY t.document_id),
            g AS (SELECT document_id, CAST(SUM(open_tasks) AS BIGINT) AS open_tasks,
                         CAST(SUM(overdue_tasks) AS BIGINT) AS overdue_tasks
                  FROM parts GROUP BY document_id HAVING SUM(open_tasks) > 0)
            SELECT d.id, d.number, d.subject, g.open_tasks, g.overdue_tasks
            FROM g JOIN documents d ON d.id = g.document_id
            WHERE g.open_tasks >= (SELECT MIN(open_tasks) FROM (SELECT open_tasks FROM g ORDER BY open_tasks DESC LIMIT \(literal: limit)) top)
            ORDER BY g.open_tasks DESC, d.number LIMIT \(literal: limit)
            """).all()
        return try rows.map { row in
            BusyDocument(id: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String?.self),
                         subject: try row.decode(column: "subject", as: String?.self),
                         openTasks: try row.decode(column: "open_tasks", as: Int.self),
                         overdueTasks: try row.decode(column: "overdue_tasks", as: Int?.self) ?? 0)
        }
    }
}

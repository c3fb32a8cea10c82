import FluentKit
import Foundation
import LegalCalendar

/// Keeps the report tally in step with each write of what it counts, in the
/// writer's transaction: a task, a period of a recurring duty, a period's
/// report (its latest is the period's progress) and extension (the last
/// approved one is its deadline in force), a document (its date is its
/// tasks' assignment day), a day of the calendar (it moves deadlines that
/// fall on days off).
public enum TallyMiddleware {
    public static var all: [any AnyModelMiddleware] {
        [
            Tasks(),
            PartOfTask<OccurrenceRecord> { $0.$task.id },
            // A period's last report is read from its reports, its deadline in force from its extensions.
            PartOfTask<ProgressReportRecord> { $0.$occurrence.id == nil ? nil : $0.$task.id },
            PartOfTask<ExtensionRecord> { $0.occurrenceID == nil ? nil : $0.$task.id },
            Documents(), CalendarDays(),
        ]
    }

    struct Tasks: AsyncModelMiddleware {
        func create(model: TaskRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db)
            try await ReportTally.refresh(tasks: [model.requireID()], on: db)
        }
        func update(model: TaskRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await ReportTally.refresh(tasks: [model.requireID()], on: db)
        }
        func delete(model: TaskRecord, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.delete(model, force: force, on: db)
            try await ReportTally.refresh(tasks: [model.requireID()], on: db)
        }
    }

    /// A record that belongs to a task and bears on its items: after each
    /// write of it, the task's items are counted again. `task` names the
    /// task, or nil when this record does not count (a one-off task's report
    /// and extension are written with the task's own row, which counts them).
    struct PartOfTask<Record: FluentKit.Model>: AsyncModelMiddleware {
        typealias Model = Record
        let task: @Sendable (Record) -> UUID?

        func create(model: Record, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db)
            try await refresh(model, on: db)
        }
        func update(model: Record, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await refresh(model, on: db)
        }
        func delete(model: Record, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.delete(model, force: force, on: db)
            try await refresh(model, on: db)
        }
        private func refresh(_ model: Record, on db: any Database) async throws {
            guard let id = task(model) else { return }
            try await ReportTally.refresh(tasks: [id], on: db)
        }
    }

    struct Documents: AsyncModelMiddleware {
        func update(model: DocumentRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await ReportTally.refresh(document: model.requireID(), on: db)
        }
    }

    struct CalendarDays: AsyncModelMiddleware {
        func create(model: DayOverrideRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db)
            try await refresh(model, on: db)
        }
        func update(model: DayOverrideRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            let before = try await DayOverrideRecord.find(model.requireID(), on: db)
            try await next.update(model, on: db)
            try await refresh(model, on: db)
            if let before { try await refresh(before, on: db) }
        }
        func delete(model: DayOverrideRecord, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.delete(model, force: force, on: db)
            try await refresh(model, on: db)
        }
        private func refresh(_ model: DayOverrideRecord, on db: any Database) async throws {
            guard let day = CivilDate(iso: model.date) else { return }
            try await ReportTally.refresh(deadlinesNear: day, on: db)
        }
    }
}

import FluentKit
import LegalCalendar

/// Keeps the report tally in step with each write of what it counts, in the
/// writer's transaction: a task, a period of a recurring duty, a period's
/// report (its latest is the period's progress) and extension (the last
/// approved one is its deadline in force), a document (its date is its
/// tasks' assignment day), a day of the calendar (it moves deadlines that
/// fall on days off).
public enum TallyMiddleware {
    public static var all: [any AnyModelMiddleware] {
        [Tasks(), Periods(), PeriodReports(), PeriodExtensionRequests(), Documents(), CalendarDays()]
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

    struct Periods: AsyncModelMiddleware {
        func create(model: OccurrenceRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db)
            try await ReportTally.refresh(tasks: [model.$task.id], on: db)
        }
        func update(model: OccurrenceRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await ReportTally.refresh(tasks: [model.$task.id], on: db)
        }
        func delete(model: OccurrenceRecord, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.delete(model, force: force, on: db)
            try await ReportTally.refresh(tasks: [model.$task.id], on: db)
        }
    }

    /// A one-off task's last report is a column of the task, written with it;
    /// a period's is read from its reports.
    struct PeriodReports: AsyncModelMiddleware {
        func create(model: ProgressReportRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db)
            try await refresh(model, on: db)
        }
        func update(model: ProgressReportRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await refresh(model, on: db)
        }
        func delete(model: ProgressReportRecord, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.delete(model, force: force, on: db)
            try await refresh(model, on: db)
        }
        private func refresh(_ model: ProgressReportRecord, on db: any Database) async throws {
            guard model.$occurrence.id != nil else { return }
            try await ReportTally.refresh(tasks: [model.$task.id], on: db)
        }
    }

    /// A whole task's extension moves the task's own deadline, written with
    /// the task; a period's is read from the extensions.
    struct PeriodExtensionRequests: AsyncModelMiddleware {
        func create(model: ExtensionRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db)
            try await refresh(model, on: db)
        }
        func update(model: ExtensionRecord, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db)
            try await refresh(model, on: db)
        }
        func delete(model: ExtensionRecord, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.delete(model, force: force, on: db)
            try await refresh(model, on: db)
        }
        private func refresh(_ model: ExtensionRecord, on db: any Database) async throws {
            guard model.occurrenceID != nil else { return }
            try await ReportTally.refresh(tasks: [model.$task.id], on: db)
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

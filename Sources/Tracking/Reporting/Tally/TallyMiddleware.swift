import FluentKit
import LegalCalendar

/// Keeps the report tally in step with each write of what it counts, in the
/// writer's transaction: a task, a document (its date is its tasks'
/// assignment day), a day of the calendar (it moves deadlines that fall on
/// days off).
public enum TallyMiddleware {
    public static var all: [any AnyModelMiddleware] { [Tasks(), Documents(), CalendarDays()] }

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

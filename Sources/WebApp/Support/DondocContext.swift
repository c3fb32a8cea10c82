import Foundation
import Tracking
import TrackingRules
import Vapor

/// What every request of one app shares: the write gate, the clock, the
/// organisation, the working calendar's cached copy, the computed dashboards
/// and task counts, who the sessions and tokens stand for, the pickers' names,
/// the busiest lists' and tasks' answers.
struct DondocContext: Sendable {
    let gate: WriteGate
    let clock: any DayClock
    let organisationID: UUID
    let calendar: WorkCalendarCache
    let dashboards: DashboardContent.Cache
    let taskCounts: TaskStateCounts.Cache
    let identities: IdentityCache
    let pickers: PickerNames.Cache
    let kept: KeptAnswers

    init(gate: WriteGate, clock: any DayClock, organisationID: UUID, keepAnswers: Bool = true) {
        self.gate = gate
        self.clock = clock
        self.organisationID = organisationID
        calendar = WorkCalendarCache(gate: gate)
        dashboards = DashboardContent.Cache(gate: gate, capacity: DashboardContent.capacity, lifetime: DashboardContent.lifetime)
        taskCounts = TaskStateCounts.Cache(gate: gate, capacity: 1, lifetime: TaskStateCounts.lifetime)
        identities = IdentityCache(gate: gate)
        pickers = PickerNames.Cache(gate: gate, capacity: 1, lifetime: PickerNames.lifetime)
        kept = KeptAnswers(gate: gate, keep: keepAnswers)
    }
}

extension Application {
    private struct ContextKey: StorageKey { typealias Value = DondocContext }

    var dondoc: DondocContext {
        get {
            guard let context = storage[ContextKey.self] else { fatalError("configure(_:_:) has not run") }
            return context
        }
        set { storage[ContextKey.self] = newValue }
    }
}

extension Request {
    var tracker: Tracker {
        Tracker(db: db, gate: application.dondoc.gate, clock: application.dondoc.clock,
                organisationID: application.dondoc.organisationID)
    }
    var directory: Directory {
        Directory(db: db, gate: application.dondoc.gate, calendarCache: application.dondoc.calendar)
    }
    /// The read queries, classifying statuses as of today on the working
    /// calendar (with the administrator's overrides).
    func queries() async throws -> TaskQueries {
        let calendar = try await directory.workCalendar()
        return TaskQueries(db: db, classifier: StatusClassifier(calendar: calendar), asOf: application.dondoc.clock.today())
    }
    var isAPI: Bool { url.path.hasPrefix("/api/") }
}

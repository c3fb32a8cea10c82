import FluentKit
import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

/// Recurring duties tracked period by period. The periods are generated when the
/// task is created and rolled forward as days pass (when the task is read, and by
/// the daily job); the task mirrors its earliest open period, so lists, the inbox,
/// reminders and reports keep reading one deadline and one state per task.
extension Tracker {
    /// Adds the periods a recurring task owes by today and mirrors the current one
    /// on the task. Nothing for a one-off task.
    public func rollForward(_ taskID: UUID) async throws {
        let today = clock.today()
        // Reads come here on every task page: only take the write gate when there is something to add.
        guard let task = try await TaskRecord.find(taskID, on: db), task.recurrence.flatMap(Recurrence.init(code:)) != nil else { return }
        let periods = try await occurrences(of: taskID, on: db)
        if let last = periods.last, let start = CivilDate(iso: last.periodStart), start > today, periods.contains(where: \.isOpen) {
            return
        }
        try await write { db in
            let task = try await self.task(taskID, on: db)
            try await self.rollForward(task, today: today, on: db)
        }
    }

    /// Rolls every recurring duty forward: the daily job's step. Returns how many tasks changed.
    @discardableResult
    public func rollForwardAllDuties() async throws -> Int {
        let today = clock.today()
        let ids = try await TaskRecord.query(on: db).filter(\.$recurrence != nil)
            .filter(\.$workflowState !~ [.done, .withdrawn]).all(\.$id)
        var changed = 0
        for id in ids {
            let wasChanged = try await write { db in
                try await self.rollForward(try await self.task(id, on: db), today: today, on: db)
            }
            if wasChanged { changed += 1 }
        }
        return changed
    }

    /// The periods of a task, oldest first.
    func occurrences(of taskID: UUID, on db: any Database) async throws -> [OccurrenceRecord] {
        try await OccurrenceRecord.query(on: db).filter(\.$task.$id == taskID).sort(\.$periodStart).all()
    }

    /// Generates the missing periods: every one begun by `today`, the next one, and
    /// more while none is open (a unit that reported early). Then mirrors. Returns
    /// whether anything changed.
    ///
    /// `createdOn` is the day a new task is created (the clock's, which tests move);
    /// a task created before periods were tracked falls back on its creation stamp.
    @discardableResult
    func rollForward(_ task: TaskRecord, today: CivilDate, createdOn: CivilDate? = nil, on db: any Database) async throws -> Bool {
        guard let code = task.recurrence, let recurrence = Recurrence(code: code),
              task.workflowState != .withdrawn else { return false }
        let taskID = try task.requireID()
        let calendar = try await WorkCalendar.withOverrides(on: db)
        var periods = try await occurrences(of: taskID, on: db)
        let duty = RecurringDuty(recurrence, starts: try await startDay(of: task, createdOn: createdOn, on: db),
                                 ends: task.recurrenceUntil.flatMap { CivilDate(iso: $0) })
        var next = periods.last.map { last in
            duty.occurrence(after: DutyPeriod(start: CivilDate(iso: last.periodStart)!, end: CivilDate(iso: last.periodEnd)!,
                                              label: last.periodLabel, code: last.periodCode), calendar: calendar)
        } ?? duty.first(calendar: calendar)
        var added = false
        while let occurrence = next,
              periods.last.map({ CivilDate(iso: $0.periodStart)! <= today || !periods.contains(where: \.isOpen) }) ?? true {
            let record = OccurrenceRecord(taskID: taskID, occurrence)
            try await record.create(on: db)
            periods.append(record)
            added = true
            next = duty.occurrence(after: occurrence.period, calendar: calendar)
        }
        return try await mirror(periods, on: task, on: db) || added
    }

    /// A duty is owed from its document's date, else from the day the task was created.
    private func startDay(of task: TaskRecord, createdOn: CivilDate?, on db: any Database) async throws -> CivilDate {
        if let documentID = task.$document.id, let issued = try await DocumentRecord.find(documentID, on: db)?.issuedOn,
           let day = CivilDate(iso: issued) {
            return day
        }
        return createdOn ?? task.createdAt.map(VietnamDayClock.day(of:)) ?? clock.today()
    }

    /// Shows the earliest open period on the task: its deadline in force (an
    /// approved extension of that period), its original deadline and its state. A
    /// duty whose every period is done is done on the day its last one was.
    /// A suspended task keeps its state. Returns whether the task changed.
    func mirror(_ periods: [OccurrenceRecord], on task: TaskRecord, on db: any Database) async throws -> Bool {
        guard let last = periods.last, task.workflowState != .suspended, task.workflowState != .withdrawn else { return false }
        let before = (task.deadline, task.originalDeadline, task.workflowState, task.completedOn)
        let extended = try await PeriodExtensions.approved(of: try task.requireID(), on: db)
        if let current = periods.first(where: \.isOpen) {
            task.deadline = current.deadline(in: extended)
            task.originalDeadline = current.deadline
            task.workflowState = current.workflowState
            task.completedOn = nil
        } else {
            task.deadline = last.deadline(in: extended)
            task.originalDeadline = last.deadline
            task.workflowState = .done
            task.completedOn = periods.compactMap(\.completedOn).max()
        }
        guard before != (task.deadline, task.originalDeadline, task.workflowState, task.completedOn) else { return false }
        try await task.update(on: db)
        return true
    }

    /// The period a report on `task` answers for: the one asked for, else the
    /// earliest open one. Nil for a one-off task.
    func reportedOccurrence(of task: TaskRecord, requested: UUID?, on db: any Database) async throws -> OccurrenceRecord? {
        try await openOccurrence(of: task, requested: requested, on: db,
                                 ifClosed: { "Kỳ \($0) đã hoàn thành, không nhận thêm báo cáo." },
                                 ifNone: "Nhiệm vụ định kỳ không còn kỳ nào phải báo cáo.")
    }

    /// The open period of a recurring duty a request names, else its earliest
    /// open one; nil for a one-off task (which cannot name a period). The
    /// refusals are worded by the request.
    func openOccurrence(of task: TaskRecord, requested: UUID?, on db: any Database,
                        ifClosed: (String) -> String, ifNone: String) async throws -> OccurrenceRecord? {
        let periods = try await occurrences(of: try task.requireID(), on: db)
        guard !periods.isEmpty else {
            if requested != nil { throw TrackingError.notFound("kỳ báo cáo") }
            return nil
        }
        if let requested {
            guard let period = periods.first(where: { $0.id == requested }) else { throw TrackingError.notFound("kỳ báo cáo") }
            guard period.isOpen else { throw TrackingError(.conflict, ifClosed(period.periodLabel)) }
            return period
        }
        guard let current = periods.first(where: \.isOpen) else { throw TrackingError(.conflict, ifNone) }
        return current
    }
}

extension Tracker {
    /// A leader confirms or returns the completion reported for one period of a
    /// recurring duty (the earliest awaiting one unless `decision` names it). A
    /// confirmed period is done on its reported day; the task moves to the next.
    func decideOccurrence(of task: TaskRecord, _ decision: DecisionInput, today: CivilDate,
                          by actor: Actor, on db: any Database) async throws {
        let taskID = try task.requireID()
        let awaiting = try await occurrences(of: taskID, on: db).filter { $0.workflowState == .awaitingConfirmation }
        guard let period = decision.occurrenceID.map({ id in awaiting.first { $0.id == id } }) ?? awaiting.first,
              let report = try await ProgressReportRecord.query(on: db)
                .filter(\.$occurrence.$id == period.id).filter(\.$kind == .completion).filter(\.$decision == .pending)
                .sort(\.$createdAt, .descending).first()
        else { throw TrackingError(.conflict, "Không có kỳ báo cáo nào đang chờ xác nhận hoàn thành.") }
        let before = TaskSnapshot(task)
        report.decision = decision.approve ? .approved : .refused
        report.$decidedBy.id = actor.id
        try await report.update(on: db)
        period.workflowState = decision.approve ? .done : .returned
        period.completedOn = decision.approve ? report.reportedOn : nil
        try await period.update(on: db)
        try await rollForward(task, today: today, on: db)
        try await AuditLog.record(decision.approve ? .confirmCompletion : .returnTask,
                                  entity: TaskRecord.schema, id: taskID,
                                  before: before, after: OccurrenceSnapshot(period, task: task), by: actor, on: db)
    }
}

/// What the audit log keeps of a decision on one period: the period (its
/// deadline in force, when an extension was decided) and the task after it.
struct OccurrenceSnapshot: Codable {
    let period: String
    let periodState: String
    let periodDeadline: String?
    let task: TaskSnapshot

    init(_ period: OccurrenceRecord, deadline: String? = nil, task: TaskRecord) {
        self.period = period.periodLabel
        self.periodState = period.workflowState.rawValue
        self.periodDeadline = deadline
        self.task = TaskSnapshot(task)
    }
}

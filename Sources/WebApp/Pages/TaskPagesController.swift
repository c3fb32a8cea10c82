import Fluent
import LegalCalendar
import Tracking
import TrackingRules
import Vapor

/// The browser pages: task list with filters and search, unit inbox, task
/// page with its history and the forms that act on it.
struct TaskPagesController: RouteCollection {
    struct Me: Encodable {
        let name: String
        let role: String
        let canDecide: Bool
        let canRegister: Bool
        let isUnit: Bool
        let canAdminister: Bool
    }
    struct ListPage: Encodable {
        let me: Me
        let csrf: String
        let title: String
        let hasTasks: Bool
        /// The table's rows as HTML (TaskTableHTML).
        let rows: String
        /// The units' and the leaders' pickers as `<option>` HTML, the chosen
        /// one marked (FormOption.html): a Leaf loop per unit cost more.
        let unitOptions: String
        let q: String?
        /// The two status pickers' `<option>`s, as the units' are.
        let stateOptions: String
        let statusOptions: String
        let leaderOptions: String
        /// As typed back into the fields: dd/mm/yyyy.
        let deadlineFrom: String?
        let deadlineTo: String?
        /// The source document the list is narrowed to, by id and by its number.
        let document: String?
        let documentLabel: String?
        /// The pager's links (Trước / Sau), nil where there is no such page.
        let previous: String?
        let next: String?
    }
    typealias Option = FormOption
    struct TaskPage: Encodable {
        let me: Me
        let csrf: String
        let title: String
        let taskID: UUID
        /// The parts every reader sees alike, drawn once (`KeptAnswers.TaskView`).
        let facts: String
        let record: String
        let canReport: Bool
        let canExtend: Bool
        let canDecide: Bool
        let awaitingConfirmation: Bool
        let pendingExtension: TaskDetail.Extension?
        let canReassign: Bool
        let reassignUnits: [ReassignChoice]
        /// The periods of a recurring duty ("Theo dõi theo kỳ"); empty for a one-off task.
        let occurrences: [OccurrenceRow]
        let hasOccurrences: Bool
        /// "Hằng tháng, trước ngày 20"
        let recurrenceLabel: String?
        let currentPeriod: OccurrenceRow?
        /// Confirm or return a period's completion (the per-period buttons).
        let canConfirmPeriods: Bool
        /// Ask for more time on one open period, and decide such a request.
        let canExtendPeriods: Bool
        let canDecidePeriodExtensions: Bool
    }
    /// A unit in the reassign form, marked if it leads or coordinates now.
    struct ReassignChoice: Encodable {
        let id: UUID
        let name: String
        let leads: Bool
        let coordinates: Bool
    }
    /// The leader's reassign form: `support[]` repeats once per ticked unit.
    struct ReassignForm: Content {
        let unitID: UUID
        let support: [UUID]?
        let note: String?
    }
    struct ReportForm: Content {
        let text: String
        let completed: String?
        let answerNumber: String?
        let evidence: File?
        /// The period of a recurring duty; absent for the current one.
        let occurrence: UUID?
    }
    struct ExtensionForm: Content {
        let reason: String
        let requestedDeadline: String
        /// The period of a recurring duty; absent for the current one.
        let occurrence: UUID?
    }
    struct DecisionForm: Content {
        let approve: String
        let note: String?
        let occurrence: UUID?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.open(.GET, .home) { request -> Response in
            guard let principal = request.auth.get(Principal.self) else { return request.redirect(to: SiteRoute.login.path) }
            return request.redirect(to: (principal.role == .unitMember ? SiteRoute.inbox : .tasks).path)
        }
        routes.guarded(.GET, .tasks, action: .listTasks) { request, principal in
            try await listPage(request, principal, title: "Danh sách nhiệm vụ", filter: TaskAPIController.filter(request, principal))
        }
        routes.guarded(.GET, .inbox, action: .listTasks) { request, principal in
            var filter = TaskFilter()
            filter.unitID = principal.unitID
            filter.limit = TaskFilter.inboxSize
            return try await listPage(request, principal, title: "Nhiệm vụ của đơn vị", filter: filter, openOnly: true)
        }
        routes.guarded(.GET, .task(.key), action: .readTask) { request, principal in
            try await taskPage(request, principal)
        }
        routes.guarded(.POST, .taskReports(.key), action: .reportProgress) { request, principal in
            let form = try request.content.decode(ReportForm.self)
            var input = ReportInput(completed: form.completed == "on" || form.completed == "true", text: form.text)
            input.answerNumber = form.answerNumber?.isEmpty == false ? form.answerNumber : nil
            input.occurrenceID = form.occurrence
            if let file = form.evidence, file.data.readableBytes > 0 {
                input.evidenceFileName = file.filename
                input.evidence = Data(file.data.readableBytesView)
            }
            try await request.tracker.report(on: try request.taskID, input, by: principal)
            return request.redirect(to: SiteRoute.task(.value(try request.taskID)).path)
        }
        routes.guarded(.POST, .taskExtensions(.key), action: .requestExtension) { request, principal in
            let form = try request.content.decode(ExtensionForm.self)
            let date = try FormDate.parse(form.requestedDeadline, field: "Hạn mới đề nghị")
            var input = ExtensionInput(reason: form.reason, requestedDeadline: date)
            input.occurrenceID = form.occurrence
            try await request.tracker.requestExtension(of: try request.taskID, input, by: principal)
            return request.redirect(to: SiteRoute.task(.value(try request.taskID)).path)
        }
        routes.guarded(.POST, .taskCompletion(.key), action: .decideCompletion) { request, principal in
            let form = try request.content.decode(DecisionForm.self)
            var decision = DecisionInput(approve: form.approve == "yes", note: form.note)
            decision.occurrenceID = form.occurrence
            try await request.tracker.decideCompletion(of: try request.taskID, decision, by: principal.actor)
            return request.redirect(to: SiteRoute.task(.value(try request.taskID)).path)
        }
        routes.guarded(.POST, .taskReassign(.key), action: .reassignTask) { request, principal in
            let form = try request.content.decode(ReassignForm.self)
            try await request.tracker.reassign(try request.taskID, toUnit: form.unitID, leader: nil, support: form.support ?? [],
                                               note: form.note, by: principal.actor)
            return request.redirect(to: SiteRoute.task(.value(try request.taskID)).path)
        }
        routes.guarded(.POST, .extensionDecision(.key), action: .decideExtension) { request, principal in
            guard let id = request.parameters.get("extensionID", as: UUID.self) else { throw Abort(.notFound) }
            let form = try request.content.decode(DecisionForm.self)
            try await request.tracker.decideExtension(id, DecisionInput(approve: form.approve == "yes", note: form.note), by: principal.actor)
            return request.redirect(to: SiteRoute.task(.value(try await request.tracker.taskOfExtension(id))).path)
        }
    }

    static func me(_ principal: Principal) -> Me {
        Me(name: principal.displayName, role: principal.role.label,
           canDecide: AccessPolicy.allows(principal, .decideExtension),
           canRegister: AccessPolicy.allows(principal, .registerDocument), isUnit: principal.role == .unitMember,
           canAdminister: AccessPolicy.allows(principal, .administer))
    }

    private func listPage(_ request: Request, _ principal: Principal, title: String, filter: TaskFilter,
                          openOnly: Bool = false) async throws -> View {
        let size = min(max(filter.limit ?? TaskFilter.pageSize, 1), 1000)
        let queries = try await request.queries()
        let kept = request.kept
        let table = try await kept.list(kept.listTables, .init(filter: filter, day: queries.asOf, openOnly: openOnly)) {
            // One row past the page says whether a next page exists.
            var probe = filter
            probe.limit = size + 1
            var tasks = try await queries.list(probe)
            let hasNext = tasks.count > size
            tasks = Array(tasks.prefix(size))
            if openOnly { tasks = tasks.filter { !$0.workflowState.isFinished }.sorted(by: TaskQueries.byUrgency) }
            return KeptAnswers.Table(rowsHTML: TaskTableHTML.rows(tasks), hasTasks: !tasks.isEmpty, hasNext: hasNext)
        }
        let offset = max(filter.offset ?? 0, 0)
        let pager = openOnly ? nil : TaskListPager(filter: filter, size: size, offset: offset, hasNext: table.hasNext)
        // A unit's member sees no filter form (its list is its unit's), so
        // the pickers are read only for the others.
        let names = principal.role != .unitMember ? try await request.pickerNames() : nil
        var documentLabel: String?
        if let id = filter.documentID { documentLabel = try await queries.documentLabel(id) }
        return try await request.view.render("tasks", ListPage(
            me: Self.me(principal), csrf: request.csrfToken, title: title, hasTasks: table.hasTasks, rows: table.rowsHTML, unitOptions: names?.unitOptions.html(selected: filter.unitID) ?? "", q: filter.query,
            stateOptions: Option.html(WorkflowState.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.state) }),
            statusOptions: Option.html(TaskStatus.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.status) }),
            leaderOptions: names?.leaderOptions.html(selected: filter.leaderID) ?? "",
            deadlineFrom: filter.deadlineFrom.flatMap(CivilDate.init(iso:))?.vietnamese,
            deadlineTo: filter.deadlineTo.flatMap(CivilDate.init(iso:))?.vietnamese,
            document: filter.documentID?.uuidString,
            documentLabel: documentLabel,
            previous: pager?.previous, next: pager?.next))
    }

    private func taskPage(_ request: Request, _ principal: Principal) async throws -> View {
        let id = try request.taskID
        let queries = try await request.queries()
        var kept = try await request.keptTask(id, using: queries)
        let recurrence = kept.detail.recurrence
        if recurrence != nil {
            // A recurring duty owes a new period as days pass: add those due by
            // today, then show the task as it now stands.
            try await request.tracker.rollForward(id)
            kept = try await request.keptTask(id, using: queries)
        }
        let detail = kept.detail
        // Periods are only ever made for a recurring duty (and a task keeps the
        // recurrence it was created with), so a one-off task has none to read.
        let occurrences = recurrence == nil ? [] : try await queries.occurrences(of: id)
        let scope = request.taskScopeRead(of: id) ?? detail.scope
        let forms = TaskForms(detail, for: principal, on: scope)
        var units: [ReassignChoice] = []
        if forms.reassign {
            let all = try await request.pickerNames().units.map { unit in
                ReassignChoice(id: unit.id, name: unit.name, leads: unit.id == scope.leadUnitID,
                               coordinates: scope.supportUnitIDs.contains(unit.id))
            }
            // The units ticked now come first, so a long directory does not hide them.
            units = all.filter(\.coordinates) + all.filter { !$0.coordinates }
        }
        return try await request.view.render("task", TaskPage(
            me: Self.me(principal), csrf: request.csrfToken,
            title: detail.task.title, taskID: detail.task.id, facts: kept.facts, record: kept.record,
            canReport: forms.report, canExtend: forms.extend && occurrences.isEmpty, canDecide: forms.confirmCompletion || forms.decideExtension,
            awaitingConfirmation: forms.confirmCompletion,
            // A recurring duty's requests are for one period each: decided in the period's row.
            pendingExtension: forms.decideExtension && occurrences.isEmpty ? detail.extensions.first { $0.decision == .pending } : nil,
            canReassign: forms.reassign, reassignUnits: units,
            occurrences: occurrences, hasOccurrences: !occurrences.isEmpty,
            recurrenceLabel: recurrence.flatMap { Recurrence(code: $0)?.vietnamese },
            currentPeriod: occurrences.first(where: \.isCurrent),
            canConfirmPeriods: AccessPolicy.allows(principal, .decideCompletion, on: scope),
            canExtendPeriods: !detail.task.workflowState.isFinished && AccessPolicy.allows(principal, .requestExtension, on: scope),
            canDecidePeriodExtensions: AccessPolicy.allows(principal, .decideExtension, on: scope)))
    }
}

import Fluent
import LegalCalendar
import Tracking
import Vapor

/// The administrator's pages for the unit directory: the tree, a unit's
/// page, create and edit, other names, and the hand-over of a merged or
/// abolished unit's open tasks to its successor. A refused change shows the
/// form again with the reason; nothing is stored.
struct UnitPagesController: RouteCollection {
    struct Option: Encodable { let id: String; let name: String }
    struct TreePage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let nodes: [UnitTree.Node]
    }
    struct UnitPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let unit: DirectoryAPIController.UnitOut
        let parentName: String?
        let successorName: String?
        let children: [Option]
        let candidates: [Option]
        let today: String
        let error: String?
        let done: HandOverSummary?
    }
    struct FormPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        /// Nil for a new unit.
        let id: String?
        let form: UnitForm
        let units: [Option]
        let error: String?
    }
    /// The create and edit form as the browser sends it: dates YYYY-MM-DD, blank for none.
    struct UnitForm: Content {
        var code: String?
        var name: String?
        var parentID: String?
        var validFrom: String?
        var validTo: String?
        var successorID: String?
        var aliases: String?

        init(_ unit: UnitRecord) {
            code = unit.code; name = unit.name; parentID = unit.$parent.id?.uuidString
            validFrom = unit.validFrom; validTo = unit.validTo; successorID = unit.$successor.id?.uuidString
        }

        func fields() throws -> UnitFields {
            UnitFields(code: code ?? "", name: name ?? "", parentID: try Self.unit(parentID), validFrom: try Self.day(validFrom, "hiệu lực từ"),
                       validTo: try Self.day(validTo, "hết hiệu lực"), successorID: try Self.unit(successorID))
        }

        static func day(_ text: String?, _ label: String) throws -> CivilDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let day = CivilDate(iso: text) ?? CivilDate(vietnamese: text) else {
                throw TrackingError(.invalid, "Ngày \(label) \"\(text)\" không đúng dạng ngày (dd/mm/yyyy).")
            }
            return day
        }

        static func unit(_ text: String?) throws -> UUID? {
            guard let text, !text.isEmpty else { return nil }
            guard let id = UUID(uuidString: text) else { throw TrackingError.notFound("đơn vị đã chọn") }
            return id
        }
    }
    struct AliasForm: Content { let alias: String }
    struct HandOverForm: Content {
        let successorID: String?
        let lastDay: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .adminUnits, action: .manageDirectory) { request, principal in
            let tree = try UnitTree(units: try await request.directory.units(),
                                    openTasks: try await UnitTree.openTaskCounts(on: request.db),
                                    today: request.application.dondoc.clock.today())
            return try await request.view.render("admin-units", TreePage(
                me: TaskPagesController.me(principal), csrf: request.csrfToken, nodes: tree.nodes))
        }
        routes.guarded(.GET, .newUnit, action: .manageDirectory) { request, principal in
            let form = UnitForm(parentID: request.query["parent"])
            return try await formPage(request, principal, id: nil, form: form, error: nil)
        }
        routes.guarded(.POST, .adminUnits, action: .manageDirectory) { request, principal in
            let form = try request.content.decode(UnitForm.self)
            do {
                let aliases = (form.aliases ?? "").split(whereSeparator: \.isNewline).map(String.init)
                    .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                let id = try await request.directory.createUnit(organisationID: request.application.dondoc.organisationID,
                                                                try form.fields(), aliases: aliases, by: principal.actor)
                return request.redirect(to: SiteRoute.adminUnit(.value(id)).path)
            } catch let error as TrackingError {
                return try await formPage(request, principal, id: nil, form: form, error: error.message)
                    .encodeResponse(status: .unprocessableEntity, for: request)
            }
        }
        routes.guarded(.GET, .adminUnit(.key), action: .manageDirectory) { request, principal in
            try await unitPage(request, principal)
        }
        routes.guarded(.GET, .adminUnitEdit(.key), action: .manageDirectory) { request, principal in
            guard let unit = try await UnitRecord.find(try request.unitID, on: request.db) else { throw TrackingError.notFound("đơn vị") }
            return try await formPage(request, principal, id: try unit.requireID(), form: UnitForm(unit), error: nil)
        }
        routes.guarded(.POST, .adminUnit(.key), action: .manageDirectory) { request, principal in
            let id = try request.unitID
            let form = try request.content.decode(UnitForm.self)
            do {
                try await request.directory.updateUnit(id, try form.fields(), by: principal.actor)
                return request.redirect(to: SiteRoute.adminUnit(.value(id)).path)
            } catch let error as TrackingError {
                return try await formPage(request, principal, id: id, form: form, error: error.message)
                    .encodeResponse(status: .unprocessableEntity, for: request)
            }
        }
        routes.guarded(.POST, .adminUnitAliases(.key), action: .manageDirectory) { request, principal in
            try await act(request, principal) {
                try await request.directory.addAlias(try request.content.decode(AliasForm.self).alias, to: try request.unitID, by: principal.actor)
            }
        }
        routes.guarded(.POST, .adminUnitAliasRemove(.key), action: .manageDirectory) { request, principal in
            try await act(request, principal) {
                try await request.directory.removeAlias(try request.content.decode(AliasForm.self).alias, from: try request.unitID, by: principal.actor)
            }
        }
        routes.guarded(.POST, .adminUnitHandOver(.key), action: .manageDirectory) { request, principal in
            let form = try request.content.decode(HandOverForm.self)
            do {
                guard let successor = try UnitForm.unit(form.successorID) else {
                    throw TrackingError(.invalid, "Cần chọn đơn vị kế thừa.")
                }
                guard let lastDay = try UnitForm.day(form.lastDay, "hết hiệu lực") else {
                    throw TrackingError(.invalid, "Cần nhập ngày cuối cùng đơn vị còn hoạt động.")
                }
                let done = try await request.tracker.handOver(unit: try request.unitID, to: successor, lastDay: lastDay, by: principal.actor)
                return try await unitPage(request, principal, done: done).encodeResponse(for: request)
            } catch let error as TrackingError {
                return try await unitPage(request, principal, error: error.message).encodeResponse(status: .unprocessableEntity, for: request)
            }
        }
    }

    /// Runs a change from the unit page and goes back to it, or shows it again with the reason.
    private func act(_ request: Request, _ principal: Principal, _ change: () async throws -> Void) async throws -> Response {
        do {
            try await change()
            return request.redirect(to: SiteRoute.adminUnit(.value(try request.unitID)).path)
        } catch let error as TrackingError {
            return try await unitPage(request, principal, error: error.message).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    private func unitPage(_ request: Request, _ principal: Principal, error: String? = nil, done: HandOverSummary? = nil) async throws -> View {
        let id = try request.unitID
        let detail = try await UnitAPIController.detail(id, on: request)
        let units = try await request.directory.units()
        let names = Dictionary(uniqueKeysWithValues: try units.map { (try $0.requireID(), $0.name) })
        let today = request.application.dondoc.clock.today()
        // Successors a hand-over may name: any other unit still in existence.
        let candidates = try units.filter { try $0.requireID() != id && ($0.validTo.flatMap(CivilDate.init(iso:)).map { $0 >= today } ?? true) }
            .map { Option(id: try $0.requireID().uuidString, name: $0.name) }
        let children = try units.filter { $0.$parent.id == id }.map { Option(id: try $0.requireID().uuidString, name: $0.name) }
        return try await request.view.render("admin-unit", UnitPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken, unit: detail,
            parentName: detail.parentID.flatMap { names[$0] }, successorName: detail.successorID.flatMap { names[$0] },
            children: children, candidates: candidates, today: today.iso, error: error, done: done))
    }

    private func formPage(_ request: Request, _ principal: Principal, id: UUID?, form: UnitForm, error: String?) async throws -> View {
        let units = try await request.directory.units().filter { $0.id != id }
            .map { Option(id: try $0.requireID().uuidString, name: $0.name) }
        return try await request.view.render("admin-unit-form", FormPage(
            me: TaskPagesController.me(principal), csrf: request.csrfToken, id: id?.uuidString, form: form, units: units, error: error))
    }
}

extension UnitPagesController.UnitForm {
    init(parentID: String?) { self.parentID = parentID }
}

extension View {
    func encodeResponse(status: HTTPResponseStatus, for request: Request) async throws -> Response {
        let response = try await encodeResponse(for: request)
        response.status = status
        return response
    }
}

import Foundation
import LeafKit

/// `#path("task", t.id)`: a link written in a template, built by SiteRoute
/// like every link in Swift. An unknown name or a missing id fails the
/// render, so a template cannot link to a route that does not exist.
struct PathTag: LeafTag {
    struct UnknownRoute: Error, CustomStringConvertible {
        let name: String
        var description: String { "#path: no route named \"\(name)\" (see SiteRoute.init(linkName:id:))" }
    }

    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let name = ctx.parameters.first?.string else { throw UnknownRoute(name: "") }
        let id = ctx.parameters.dropFirst().first?.string.flatMap(UUID.init(uuidString:))
        guard let route = SiteRoute(linkName: name, id: id) else { throw UnknownRoute(name: name) }
        return .string(route.path)
    }
}

extension SiteRoute {
    /// The routes templates link to, by the name of their case. Routes that
    /// take an id are found only when one is given.
    init?(linkName: String, id: UUID?) {
        let parameter = id.map(Parameter.value)
        switch (linkName, parameter) {
        case ("home", nil): self = .home
        case ("login", nil): self = .login
        case ("logout", nil): self = .logout
        case ("tasks", nil): self = .tasks
        case ("inbox", nil): self = .inbox
        case ("task", let p?): self = .task(p)
        case ("taskReports", let p?): self = .taskReports(p)
        case ("taskExtensions", let p?): self = .taskExtensions(p)
        case ("taskCompletion", let p?): self = .taskCompletion(p)
        case ("extensionDecision", let p?): self = .extensionDecision(p)
        case ("documents", nil): self = .documents
        case ("newDocument", nil): self = .newDocument
        case ("document", let p?): self = .document(p)
        case ("documentConfirm", let p?): self = .documentConfirm(p)
        case ("documentMerge", let p?): self = .documentMerge(p)
        case ("documentSplit", let p?): self = .documentSplit(p)
        case ("reports", nil): self = .reports
        case ("reportTasks", nil): self = .reportTasks
        case ("reportDownload", nil): self = .reportDownload
        case ("dashboard", nil): self = .dashboard
        case ("notifications", nil): self = .notifications
        case ("notificationsRead", nil): self = .notificationsRead
        case ("reminderDispatch", let p?): self = .reminderDispatch(p)
        case ("taskReassign", let p?): self = .taskReassign(p)
        case ("admin", nil): self = .admin
        case ("adminUsers", nil): self = .adminUsers
        case ("adminUser", let p?): self = .adminUser(p)
        case ("adminUserPassword", let p?): self = .adminUserPassword(p)
        case ("adminUserDeactivate", let p?): self = .adminUserDeactivate(p)
        case ("adminUserReactivate", let p?): self = .adminUserReactivate(p)
        case ("adminCalendar", nil): self = .adminCalendar
        case ("adminCalendarOverrideRemoval", let p?): self = .adminCalendarOverrideRemoval(p)
        case ("adminUnits", nil): self = .adminUnits
        case ("newUnit", nil): self = .newUnit
        case ("adminUnit", let p?): self = .adminUnit(p)
        case ("adminUnitEdit", let p?): self = .adminUnitEdit(p)
        case ("adminUnitAliases", let p?): self = .adminUnitAliases(p)
        case ("adminUnitAliasRemove", let p?): self = .adminUnitAliasRemove(p)
        case ("adminUnitHandOver", let p?): self = .adminUnitHandOver(p)
        case ("reportEvidence", let p?): self = .api(.reportEvidence(p))
        default: return nil
        }
    }
}

import Foundation
import LeafKit

/// `#path("task", t.id)`: a link written in a template, built by SiteRoute
/// like every link in Swift. An unknown name or a missing id fails the
/// render, so a template cannot link to a route that does not exist.
struct PathTag: LeafTag {
    struct UnknownRoute: Error, CustomStringConvertible {
        let name: String
        var description: String { "#path: no route named \"\(name)\" with that many ids (see SiteRoute.all)" }
    }

    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let name = ctx.parameters.first?.string else { throw UnknownRoute(name: "") }
        let id = ctx.parameters.dropFirst().first?.string.flatMap(UUID.init(uuidString:))
        guard let route = SiteRoute.named(name), route.parameterCount == (id == nil ? 0 : 1) else { throw UnknownRoute(name: name) }
        return .string(id.map(route.path(filling:)) ?? route.path)
    }
}

extension SiteRoute {
    /// Every route, parameters as keys. `SiteRouteTests` checks that the app
    /// registers nothing else, so a new case cannot be left out of it.
    static let all: [SiteRoute] = [
        .home, .login, .logout, .tasks, .inbox, .task(.key), .taskReports(.key), .taskExtensions(.key),
        .taskCompletion(.key), .extensionDecision(.key), .documents, .newDocument, .document(.key),
        .documentConfirm(.key), .documentMerge(.key), .documentSplit(.key), .reports, .reportTasks, .reportDownload, .dashboard, .notifications,
        .notificationsRead, .reminderDispatch(.key), .health, .metrics, .openAPI,
        .taskReassign(.key), .admin, .adminUsers, .adminUser(.key), .adminUserPassword(.key), .adminUserDeactivate(.key),
        .adminUserReactivate(.key), .adminCalendar, .adminCalendarOverrideRemoval(.key),
        .adminUnits, .newUnit, .adminUnit(.key), .adminUnitEdit(.key), .adminUnitAliases(.key),
        .adminUnitAliasRemove(.key), .adminUnitHandOver(.key),
        ] + [SiteRoute.API]([
        .tokens, .me, .tasks, .inbox, .task(.key), .taskReassign(.key), .taskReports(.key), .taskOccurrences(.key),
        .occurrenceReports(task: .key, occurrence: .key), .occurrenceExtensions(task: .key, occurrence: .key), .taskCompletion(.key),
        .taskExtensions(.key), .extensionDecision(.key), .reportEvidence(.key), .documents, .document(.key),
        .documentOriginal(.key), .documentConfirm(.key), .proposalsMerge(.key), .proposalsSplit(.key), .reports, .notifications, .units, .unit(.key), .unitAliases(.key), .unitHandOver(.key),
        .users, .userEmail(.key), .calendarOverrides, .audit,
        .user(.key), .userPassword(.key), .userDeactivate(.key), .userReactivate(.key), .calendarOverride(.key),
        ]).map(SiteRoute.api)

    /// The route a template names by its case ("task", "adminUnits"; an API
    /// route by its inner case, "reportEvidence"). Pages come first in `all`,
    /// so they win over API routes of the same name.
    static func named(_ name: String) -> SiteRoute? {
        byName[name]
    }

    /// `named` as a table, built once: a list page links every row, and
    /// spelling out each route's case name per link showed in its profile.
    private static let byName: [String: SiteRoute] =
        Dictionary(all.map { ($0.caseName, $0) }, uniquingKeysWith: { first, _ in first })

    /// The case's own name, as Swift writes it: "task" for `.task(.key)`,
    /// the inner case for `.api(...)`.
    var caseName: String {
        let written = if case .api(let inner) = self { String(describing: inner) } else { String(describing: self) }
        return String(written.prefix { $0 != "(" })
    }

    var parameterCount: Int {
        segments.count { if case .parameter = $0 { true } else { false } }
    }

    /// The path with every parameter given as `id` (templates link routes of one parameter).
    func path(filling id: UUID) -> String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter: id.uuidString
            }
        }.joined(separator: "/")
    }
}

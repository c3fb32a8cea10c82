import Foundation
import Vapor

/// A path parameter: `.key` where a route is registered, `.value(id)` where a
/// link to it is written. Every parameter of the app is a record's UUID.
enum Parameter: Sendable, Hashable {
    case key
    case value(UUID)
}

/// Every path the app serves, pages and API alike. Controllers register their
/// routes from these cases and every link, form action and redirect is built
/// from them (in Swift with `path`, in templates with the `#path` tag), so a
/// renamed route cannot leave a dead link behind.
enum SiteRoute: Sendable, Hashable {
    // Sign-in and the front door
    case home
    case login
    case logout

    // Tasks
    case tasks
    case inbox
    case task(Parameter)
    case taskReports(Parameter)
    case taskExtensions(Parameter)
    case taskCompletion(Parameter)
    case extensionDecision(Parameter)
    case taskReassign(Parameter)

    // Documents
    case documents
    case newDocument
    case document(Parameter)
    case documentConfirm(Parameter)
    /// The review form's "Gộp" and "Tách" buttons.
    case documentMerge(Parameter)
    case documentSplit(Parameter)

    // Reports, dashboard, reminders
    case reports
    case reportTasks
    case reportDownload
    case dashboard
    case notifications
    case notificationsRead
    case reminderDispatch(Parameter)

    // Administration: the unit directory
    case adminUnits
    case newUnit
    case adminUnit(Parameter)
    case adminUnitEdit(Parameter)
    case adminUnitAliases(Parameter)
    case adminUnitAliasRemove(Parameter)
    case adminUnitHandOver(Parameter)

    // Operations
    case health
    case metrics
    case openAPI

    // Administration: users and the working calendar
    case admin
    case adminUsers
    case adminUser(Parameter)
    case adminUserPassword(Parameter)
    case adminUserDeactivate(Parameter)
    case adminUserReactivate(Parameter)
    case adminCalendar
    case adminCalendarOverrideRemoval(Parameter)

    /// The JSON API under /api/v1.
    case api(API)

    enum API: Sendable, Hashable {
        case tokens
        case me
        case tasks
        case inbox
        case task(Parameter)
        case taskReassign(Parameter)
        case taskReports(Parameter)
        case taskOccurrences(Parameter)
        case occurrenceReports(task: Parameter, occurrence: Parameter)
        case occurrenceExtensions(task: Parameter, occurrence: Parameter)
        case taskCompletion(Parameter)
        case taskExtensions(Parameter)
        case extensionDecision(Parameter)
        case reportEvidence(Parameter)
        case documents
        case document(Parameter)
        case documentOriginal(Parameter)
        case documentConfirm(Parameter)
        case proposalsMerge(Parameter)
        case proposalsSplit(Parameter)
        case reports
        case notifications
        case units
        case unit(Parameter)
        case unitAliases(Parameter)
        case unitHandOver(Parameter)
        case users
        case userEmail(Parameter)
        case user(Parameter)
        case userPassword(Parameter)
        case userDeactivate(Parameter)
        case userReactivate(Parameter)
        case calendarOverrides
        case calendarOverride(Parameter)
        case audit
    }

    /// One piece of a path: fixed text, or a named parameter.
    enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(name: String, Parameter)
    }

    var segments: [Segment] {
        switch self {
        case .home: []
        case .login: ["login"]
        case .logout: ["logout"]
        case .tasks: ["tasks"]
        case .inbox: ["inbox"]
        case .task(let id): ["tasks", .taskID(id)]
        case .taskReports(let id): ["tasks", .taskID(id), "reports"]
        case .taskExtensions(let id): ["tasks", .taskID(id), "extensions"]
        case .taskCompletion(let id): ["tasks", .taskID(id), "completion"]
        case .extensionDecision(let id): ["extensions", .extensionID(id), "decision"]
        case .taskReassign(let id): ["tasks", .taskID(id), "reassign"]
        case .documents: ["documents"]
        case .newDocument: ["documents", "new"]
        case .document(let id): ["documents", .documentID(id)]
        case .documentConfirm(let id): ["documents", .documentID(id), "confirm"]
        case .documentMerge(let id): ["documents", .documentID(id), "merge"]
        case .documentSplit(let id): ["documents", .documentID(id), "split"]
        case .reports: ["reports"]
        case .reportTasks: ["reports", "tasks"]
        case .reportDownload: ["reports", "download"]
        case .dashboard: ["dashboard"]
        case .notifications: ["notifications"]
        case .notificationsRead: ["notifications", "read"]
        case .reminderDispatch(let id): ["reminders", "dispatch", .unitID(id)]
        case .adminUnits: ["admin", "units"]
        case .newUnit: ["admin", "units", "new"]
        case .adminUnit(let id): ["admin", "units", .unitID(id)]
        case .adminUnitEdit(let id): ["admin", "units", .unitID(id), "edit"]
        case .adminUnitAliases(let id): ["admin", "units", .unitID(id), "aliases"]
        case .adminUnitAliasRemove(let id): ["admin", "units", .unitID(id), "aliases", "remove"]
        case .adminUnitHandOver(let id): ["admin", "units", .unitID(id), "handover"]
        case .health: ["health"]
        case .metrics: ["metrics"]
        case .openAPI: ["api", "openapi.json"]
        case .admin: ["admin"]
        case .adminUsers: ["admin", "users"]
        case .adminUser(let id): ["admin", "users", .userID(id)]
        case .adminUserPassword(let id): ["admin", "users", .userID(id), "password"]
        case .adminUserDeactivate(let id): ["admin", "users", .userID(id), "deactivate"]
        case .adminUserReactivate(let id): ["admin", "users", .userID(id), "reactivate"]
        case .adminCalendar: ["admin", "calendar"]
        case .adminCalendarOverrideRemoval(let id): ["admin", "calendar", "overrides", .overrideID(id), "delete"]
        case .api(let route): ["api", "v1"] + route.segments
        }
    }

    /// The pattern Vapor registers ("tasks", ":taskID").
    var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .literal(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }

    /// The absolute path a link points at. Linking to a route registered
    /// with `.key` is a programming error.
    var path: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): return text
            case .parameter(_, .value(let id)): return id.uuidString
            case .parameter(let name, .key):
                assertionFailure("a link to \(self) needs a value for :\(name)")
                return ":" + name
            }
        }.joined(separator: "/")
    }

    /// The path with a query string; pairs with a nil value are left out.
    func path(query: KeyValuePairs<String, String?>) -> String {
        var components = URLComponents()
        components.queryItems = query.compactMap { key, value in value.map { URLQueryItem(name: key, value: $0) } }
        guard let encoded = components.percentEncodedQuery, !encoded.isEmpty else { return path }
        return path + "?" + encoded
    }

    /// The path followed by an already encoded query string.
    func path(encodedQuery: String) -> String {
        encodedQuery.isEmpty ? path : path + "?" + encodedQuery
    }
}

extension SiteRoute.API {
    var segments: [SiteRoute.Segment] {
        switch self {
        case .tokens: ["tokens"]
        case .me: ["me"]
        case .tasks: ["tasks"]
        case .inbox: ["inbox"]
        case .task(let id): ["tasks", .taskID(id)]
        case .taskReassign(let id): ["tasks", .taskID(id), "reassign"]
        case .taskReports(let id): ["tasks", .taskID(id), "reports"]
        case .taskOccurrences(let id): ["tasks", .taskID(id), "occurrences"]
        case .occurrenceReports(let task, let occurrence): ["tasks", .taskID(task), "occurrences", .occurrenceID(occurrence), "reports"]
        case .occurrenceExtensions(let task, let occurrence): ["tasks", .taskID(task), "occurrences", .occurrenceID(occurrence), "extensions"]
        case .taskCompletion(let id): ["tasks", .taskID(id), "completion"]
        case .taskExtensions(let id): ["tasks", .taskID(id), "extensions"]
        case .extensionDecision(let id): ["extensions", .extensionID(id), "decision"]
        case .reportEvidence(let id): ["reports", .reportID(id), "evidence"]
        case .documents: ["documents"]
        case .document(let id): ["documents", .documentID(id)]
        case .documentOriginal(let id): ["documents", .documentID(id), "original"]
        case .documentConfirm(let id): ["documents", .documentID(id), "confirm"]
        case .proposalsMerge(let id): ["documents", .documentID(id), "proposals", "merge"]
        case .proposalsSplit(let id): ["documents", .documentID(id), "proposals", "split"]
        case .reports: ["reports"]
        case .notifications: ["notifications"]
        case .units: ["units"]
        case .unit(let id): ["units", .unitID(id)]
        case .unitAliases(let id): ["units", .unitID(id), "aliases"]
        case .unitHandOver(let id): ["units", .unitID(id), "handover"]
        case .users: ["users"]
        case .userEmail(let id): ["users", .userID(id), "email"]
        case .user(let id): ["users", .userID(id)]
        case .userPassword(let id): ["users", .userID(id), "password"]
        case .userDeactivate(let id): ["users", .userID(id), "deactivate"]
        case .userReactivate(let id): ["users", .userID(id), "reactivate"]
        case .calendarOverrides: ["calendar", "overrides"]
        case .calendarOverride(let id): ["calendar", "overrides", .overrideID(id)]
        case .audit: ["audit"]
        }
    }
}

extension SiteRoute.Segment: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .literal(value) }
}

/// The parameter names, one per kind of record, that handlers read back with
/// `request.parameters.get(...)` and the authorisation check looks for.
extension SiteRoute.Segment {
    static func taskID(_ p: Parameter) -> Self { .parameter(name: "taskID", p) }
    static func extensionID(_ p: Parameter) -> Self { .parameter(name: "extensionID", p) }
    static func reportID(_ p: Parameter) -> Self { .parameter(name: "reportID", p) }
    static func occurrenceID(_ p: Parameter) -> Self { .parameter(name: "occurrenceID", p) }
    static func documentID(_ p: Parameter) -> Self { .parameter(name: "documentID", p) }
    static func unitID(_ p: Parameter) -> Self { .parameter(name: "unitID", p) }
    static func userID(_ p: Parameter) -> Self { .parameter(name: "userID", p) }
    static func overrideID(_ p: Parameter) -> Self { .parameter(name: "overrideID", p) }
}

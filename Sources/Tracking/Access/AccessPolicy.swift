import Foundation

/// Everything a caller may ask for. Each route names exactly one.
public enum Action: String, Sendable, CaseIterable {
    case listTasks, readTask, createTask, editTask, reassignTask
    case reportProgress, decideCompletion
    case requestExtension, decideExtension
    case registerDocument, readDocument
    case readDirectory, teachDirectory, manageDirectory, manageUsers
    case manageCalendar, readAudit
    case administer  // the administration hub (quản trị)
    case readReports, draftReminder, readNotifications
}

/// The units a task involves: the one that leads (chủ trì) and those that
/// coordinate (phối hợp).
public struct TaskScope: Sendable {
    public let leadUnitID: UUID?
    public let supportUnitIDs: [UUID]
    public init(leadUnitID: UUID?, supportUnitIDs: [UUID]) {
        self.leadUnitID = leadUnitID
        self.supportUnitIDs = supportUnitIDs
    }
}

/// The one place that decides who may do what. A unit member sees and acts
/// only on the tasks its unit leads or supports; only the lead unit may ask
/// for more time.
public enum AccessPolicy {
    public static func allows(_ who: Principal, _ action: Action, on task: TaskScope? = nil) -> Bool {
        switch who.role {
        case .admin:
            return true
        case .leader:
            switch action {
            case .listTasks, .readTask, .editTask, .reassignTask, .decideCompletion, .decideExtension,
                 .readDocument, .readDirectory, .readReports, .readNotifications:
                return true
            default:
                return false
            }
        case .clerk:
            switch action {
            case .listTasks, .readTask, .createTask, .editTask, .registerDocument, .readDocument,
                 .readDirectory, .teachDirectory, .readReports, .draftReminder, .readNotifications:
                return true
            default:
                return false
            }
        case .unitMember:
            guard let unit = who.unitID else { return false }
            switch action {
            case .listTasks, .readDirectory, .readNotifications:
                return true
            case .readTask, .reportProgress:
                guard let task else { return false }
                return task.leadUnitID == unit || task.supportUnitIDs.contains(unit)
            case .requestExtension:
                return task?.leadUnitID == unit
            default:
                return false
            }
        }
    }
}

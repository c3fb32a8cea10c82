import Foundation
import TrackingRules

public struct UnitRef: Codable, Sendable, Equatable {
    public let id: UUID
    public let name: String
    public init(id: UUID, name: String) {
        self.id = id
        self.name = name
    }
}

/// A coordinating unit (phối hợp) of a task, with its own progress.
public struct SupportUnit: Codable, Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let state: WorkflowState
    public let stateLabel: String
}

/// A task as lists, the inbox and the API show it.
public struct TaskRow: Codable, Sendable {
    public let id: UUID
    public let title: String
    public let section: String?
    public let documentID: UUID?
    public let documentNumber: String?
    public let leadUnitID: UUID?
    public let leadUnitName: String?
    public let leadText: String?
    public let leaderID: UUID?
    public let leaderName: String?
    public let deadline: String?
    public let originalDeadline: String?
    public let deadlineText: String?
    public let workflowState: WorkflowState
    public let workflowLabel: String
    public let completedOn: String?
    public var supportUnits: [SupportUnit]
    /// The official status on the day of the query (nil when withdrawn or suspended).
    public var status: TaskStatus?
    public var statusLabel: String?
    /// Sắp đến hạn: open and due within three working days.
    public var isDueSoon: Bool
    public var workingDaysLate: Int
    public var workingDaysLeft: Int?
}

/// The filters of the task list. A unit member's list is always narrowed to
/// its own unit, whatever the request asks.
public struct TaskFilter: Codable, Hashable, Sendable {
    public var unitID: UUID?
    public var leaderID: UUID?
    public var state: WorkflowState?
    public var deadlineFrom: String?
    public var deadlineTo: String?
    public var documentID: UUID?
    public var query: String?
    public var status: TaskStatus?
    public var limit: Int?
    public var offset: Int?
    public init() {}

    /// A list page's rows unless `limit` says otherwise: a screenful, so a
    /// list request classifies and renders a quarter of what 200 rows cost.
    public static let pageSize = 50
    /// The inbox shows a unit's open tasks by urgency on a single page, so it
    /// reads a longer window than a list page.
    public static let inboxSize = 200
}

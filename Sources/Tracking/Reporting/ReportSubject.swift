import Foundation
import SQLKit

/// Whose tasks a report, a dashboard or a reminder covers, by database id.
/// (The pure `Reports.ReportScope` names units and documents by id string and
/// leaders by name; `ReportSnapshots` translates.)
public enum ReportSubject: Sendable, Hashable {
    case all
    /// Tasks led (chủ trì) by one unit.
    case unit(UUID)
    /// Tasks followed by one leader (lãnh đạo phụ trách).
    case leader(UUID)
    /// Tasks assigned by one document.
    case document(UUID)

    /// The condition on the tasks table aliased `t`, with its binds.
    var condition: SQLQueryString {
        switch self {
        case .all: return "1 = 1"
        case .unit(let id): return "t.lead_unit_id = \(bind: id)"
        case .leader(let id): return "t.leader_id = \(bind: id)"
        case .document(let id): return "t.document_id = \(bind: id)"
        }
    }
}

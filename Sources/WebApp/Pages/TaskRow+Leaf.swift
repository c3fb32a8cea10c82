import LeafKit
import Tracking

/// A task row handed to Leaf as its data directly. Leaf's encoder took each
/// row through Codable's containers, field by field: on the list page that
/// cost more than rendering the table. The same keys and values as TaskRow's
/// Codable form, a nil field left out (TaskRowLeafTests holds it to it).
extension TaskRow: LeafDataRepresentable {
    public var leafData: LeafData {
        var data: [String: LeafData] = [
            "id": .string(id.uuidString), "title": .string(title),
            "workflowState": .string(workflowState.rawValue), "workflowLabel": .string(workflowLabel),
            "supportUnits": .array(supportUnits.map(\.leafData)),
            "isDueSoon": .bool(isDueSoon), "workingDaysLate": .int(workingDaysLate),
        ]
        let optional: [(String, String?)] = [
            ("section", section), ("documentID", documentID?.uuidString), ("documentNumber", documentNumber),
            ("leadUnitID", leadUnitID?.uuidString), ("leadUnitName", leadUnitName), ("leadText", leadText),
            ("leaderID", leaderID?.uuidString), ("leaderName", leaderName), ("deadline", deadline),
            ("originalDeadline", originalDeadline), ("deadlineText", deadlineText), ("completedOn", completedOn),
            ("status", status?.rawValue), ("statusLabel", statusLabel),
        ]
        for case let (key, value?) in optional { data[key] = .string(value) }
        if let workingDaysLeft { data["workingDaysLeft"] = .int(workingDaysLeft) }
        return .dictionary(data)
    }
}

extension SupportUnit: LeafDataRepresentable {
    public var leafData: LeafData {
        .dictionary(["id": .string(id.uuidString), "name": .string(name), "state": .string(state.rawValue),
                     "stateLabel": .string(stateLabel)])
    }
}

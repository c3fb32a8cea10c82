/// Which tasks a report covers.
public enum ReportScope: Hashable, Sendable, Codable {
    case all
    /// Tasks led (chủ trì) by one unit.
    case unit(id: String)
    /// Tasks followed by one leader (lãnh đạo phụ trách), matched on the name as stored.
    case leader(name: String)
    /// Tasks assigned by one document.
    case sourceDocument(id: String)

    public func includes(_ task: TaskSnapshot) -> Bool {
        switch self {
        case .all: return true
        case .unit(let id): return task.leadUnitID == id
        case .leader(let name): return task.leaderInCharge == name
        case .sourceDocument(let id): return task.sourceDocumentID == id
        }
    }
}

/// The colour flag task lists show beside an open task (provincial tracking
/// systems: red = overdue, orange = due within 3 working days).
public enum TimeFlag: String, Sendable, Codable, CaseIterable {
    case onTrack = "trong_han"      // trong hạn
    case dueSoon = "sap_den_han"    // sắp đến hạn
    case overdue = "qua_han"        // quá hạn
    case noDeadline = "khong_han"   // không hạn
    case finished = "da_xong"       // đã hoàn thành: no flag needed

    public var label: String {
        switch self {
        case .onTrack: return "Trong hạn"
        case .dueSoon: return "Sắp đến hạn"
        case .overdue: return "Quá hạn"
        case .noDeadline: return "Không hạn"
        case .finished: return "Đã hoàn thành"
        }
    }
}

extension TaskClassification {
    /// Nil for a task left out of the counts.
    public var timeFlag: TimeFlag? {
        guard let status else { return nil }
        switch status {
        case .overdue: return .overdue
        case .inProgressOnTime: return isDueSoon ? .dueSoon : .onTrack
        case .noDeadline: return .noDeadline
        case .doneOnTime, .doneLate, .doneNoDeadline: return .finished
        }
    }
}

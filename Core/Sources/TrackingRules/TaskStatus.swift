/// The official task statuses (Decision 42/2014/QĐ-TTg as amended by
/// 23/2018/QĐ-TTg): every count in a report falls into exactly one of these.
public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case inProgressOnTime = "chua_hoan_thanh_trong_han"   // chưa hoàn thành trong hạn
    case overdue = "chua_hoan_thanh_qua_han"              // chưa hoàn thành, quá hạn
    case doneOnTime = "da_hoan_thanh_dung_han"            // đã hoàn thành đúng hạn
    case doneLate = "da_hoan_thanh_qua_han"               // đã hoàn thành quá hạn
    case noDeadline = "khong_han"                         // không hạn (chưa hoàn thành, không có hạn)
    case doneNoDeadline = "da_hoan_thanh_khong_han"       // đã hoàn thành, không có hạn

    /// The label shown to users.
    public var label: String {
        switch self {
        case .inProgressOnTime: return "Chưa hoàn thành - trong hạn"
        case .overdue: return "Chưa hoàn thành - quá hạn"
        case .doneOnTime: return "Đã hoàn thành đúng hạn"
        case .doneLate: return "Đã hoàn thành quá hạn"
        case .noDeadline: return "Không hạn - chưa hoàn thành"
        case .doneNoDeadline: return "Đã hoàn thành - không hạn"
        }
    }

    public var isDone: Bool {
        switch self {
        case .doneOnTime, .doneLate, .doneNoDeadline: return true
        case .inProgressOnTime, .overdue, .noDeadline: return false
        }
    }
}

/// Where a task stands in the office's workflow, beside its official status. Only a
/// confirmed completion (`done`) counts as đã hoàn thành; withdrawn and suspended tasks
/// leave the counts; every other state is chưa hoàn thành (see `StatusClassifier`).
public enum WorkflowState: String, Sendable, Codable, CaseIterable {
    case notStarted = "chua_thuc_hien"          // chưa thực hiện
    case inProgress = "dang_thuc_hien"          // đang thực hiện
    case awaitingConfirmation = "cho_xac_nhan"  // chờ xác nhận: completion reported, awaiting the office or leader
    case done = "da_hoan_thanh"                 // đã hoàn thành (confirmed)
    case returned = "tra_lai"                   // trả lại / thực hiện lại: sent back to the unit
    case confirmationRejected = "tu_choi_xac_nhan"  // từ chối xác nhận: the completion report was not accepted
    case declined = "tu_choi_nhiem_vu"          // từ chối nhiệm vụ: the unit says the task is not its own, pending reassignment
    case suspended = "tam_hoan"                 // tạm hoãn
    case withdrawn = "rut"                      // rút: withdrawn by the issuer

    public var label: String {
        switch self {
        case .notStarted: return "Chưa thực hiện"
        case .inProgress: return "Đang thực hiện"
        case .awaitingConfirmation: return "Chờ xác nhận"
        case .done: return "Đã hoàn thành"
        case .returned: return "Trả lại - thực hiện lại"
        case .confirmationRejected: return "Từ chối xác nhận"
        case .declined: return "Từ chối nhiệm vụ"
        case .suspended: return "Tạm hoãn"
        case .withdrawn: return "Rút"
        }
    }
}

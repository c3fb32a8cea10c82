/// Why an export could not be produced, with a message for users.
public enum ExportError: Error, Equatable, Sendable {
    /// The ZIP container could not be written (not the user's fault).
    case packaging(String)
    /// A reminder dispatch was asked for a unit that has no overdue task.
    case nothingToRemind(unitName: String)

    public var message: String {
        switch self {
        case .packaging(let detail):
            return "Không tạo được tệp xuất (lỗi đóng gói: \(detail))."
        case .nothingToRemind(let unit):
            return "\(unit) không có nhiệm vụ quá hạn nào để đôn đốc."
        }
    }
}

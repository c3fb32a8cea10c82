/// Who a user is in the office. The raw values are the Vietnamese role names
/// (ASCII-folded) so that they read naturally in the database and the API.
public enum UserRole: String, Codable, Sendable, CaseIterable {
    case clerk = "van_thu"          // văn thư / chuyên viên tổng hợp: registers documents and tasks
    case leader = "lanh_dao"        // lãnh đạo: decides extensions and completions, reassigns
    case unitMember = "don_vi"      // cán bộ đơn vị: sees and reports on the tasks of one unit
    case admin = "quan_tri"         // quản trị: users, units, calendar

    public var label: String {
        switch self {
        case .clerk: return "Văn thư"
        case .leader: return "Lãnh đạo"
        case .unitMember: return "Cán bộ đơn vị"
        case .admin: return "Quản trị"
        }
    }
}

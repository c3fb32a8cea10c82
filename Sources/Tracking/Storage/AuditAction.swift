/// What an audit line records. Raw values are what the log stores.
public enum AuditAction: String, Codable, Sendable, CaseIterable {
    case createTask = "tao_nhiem_vu"
    case editTask = "sua_nhiem_vu"
    case reassignTask = "giao_lai"
    case reportProgress = "bao_cao_tien_do"
    case reportCompletion = "bao_cao_hoan_thanh"
    case confirmCompletion = "xac_nhan_hoan_thanh"
    case returnTask = "tra_lai"
    case requestExtension = "de_nghi_gia_han"
    case approveExtension = "dong_y_gia_han"
    case refuseExtension = "tu_choi_gia_han"
    case uploadDocument = "tai_len_van_ban"
    case confirmDocument = "xac_nhan_van_ban"
    case registerDocument = "dang_ky_van_ban"
    case createUnit = "tao_don_vi"
    case importUnits = "nhap_danh_muc_don_vi"
    case teachAlias = "them_ten_goi_khac"
    case createUser = "tao_nguoi_dung"
    case setDayOverride = "dieu_chinh_lich"

    public var label: String {
        switch self {
        case .createTask: return "Giao nhiệm vụ"
        case .editTask: return "Sửa nhiệm vụ"
        case .reassignTask: return "Giao lại cho đơn vị khác"
        case .reportProgress: return "Báo cáo tiến độ"
        case .reportCompletion: return "Báo cáo hoàn thành"
        case .confirmCompletion: return "Xác nhận hoàn thành"
        case .returnTask: return "Trả lại, yêu cầu thực hiện tiếp"
        case .requestExtension: return "Đề nghị gia hạn"
        case .approveExtension: return "Đồng ý gia hạn"
        case .refuseExtension: return "Không đồng ý gia hạn"
        case .uploadDocument: return "Tiếp nhận văn bản"
        case .confirmDocument: return "Xác nhận văn bản, giao nhiệm vụ"
        case .registerDocument: return "Đăng ký văn bản"
        case .createUnit: return "Thêm đơn vị"
        case .importUnits: return "Nhập danh mục đơn vị"
        case .teachAlias: return "Thêm tên gọi khác của đơn vị"
        case .createUser: return "Thêm người dùng"
        case .setDayOverride: return "Điều chỉnh lịch làm việc"
        }
    }
}

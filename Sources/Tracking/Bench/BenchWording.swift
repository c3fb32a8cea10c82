import Foundation
import LegalCalendar

/// The wording of the benchmark's made-up documents and tasks: a district
/// office's usual verbs and subjects, combined at random so that rows differ
/// the way real ones do (lengths, words for the search index), without
/// copying any real document.
enum BenchWording {
    static let documentKinds: [(type: String, code: String, subject: String)] = [
        ("Thông báo", "TB-UBND", "Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban"),
        ("Chỉ thị", "CT-UBND", "Về tăng cường công tác"),
        ("Công văn", "UBND-VP", "Về việc triển khai thực hiện"),
        ("Kế hoạch", "KH-UBND", "Kế hoạch thực hiện"),
    ]

    static let verbs = [
        "Chủ trì, phối hợp với các đơn vị liên quan rà soát",
        "Tham mưu UBND huyện ban hành kế hoạch về",
        "Kiểm tra, đôn đốc việc thực hiện",
        "Tổng hợp, báo cáo kết quả",
        "Hướng dẫn UBND các xã, thị trấn triển khai",
        "Đẩy nhanh tiến độ",
        "Khẩn trương hoàn thiện hồ sơ về",
        "Tăng cường tuyên truyền, vận động nhân dân thực hiện",
        "Xây dựng phương án",
        "Phối hợp kiểm tra thực tế và đề xuất xử lý",
    ]

    static let topics = [
        "giải ngân vốn đầu tư công",
        "chuyển đổi số trong cơ quan nhà nước",
        "cải cách thủ tục hành chính và dịch vụ công trực tuyến",
        "phòng, chống thiên tai mùa mưa bão",
        "xây dựng nông thôn mới nâng cao",
        "thu ngân sách nhà nước trên địa bàn",
        "cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình",
        "bảo đảm an toàn thực phẩm dịp Tết",
        "tuyển sinh đầu cấp và sửa chữa trường lớp",
        "chi trả chế độ cho người có công với cách mạng",
        "quản lý trật tự xây dựng đô thị",
        "thu gom, xử lý rác thải sinh hoạt",
        "phòng, chống dịch bệnh trên gia súc, gia cầm",
        "giải quyết đơn thư khiếu nại, tố cáo tồn đọng",
        "bồi thường, giải phóng mặt bằng các công trình trọng điểm",
        "tổ chức các hoạt động văn hóa, thể thao chào mừng ngày lễ lớn",
    ]

    static let closings = [
        "bảo đảm đúng quy định",
        "báo cáo kết quả về UBND huyện (qua Văn phòng)",
        "đề xuất UBND huyện xem xét, chỉ đạo những nội dung vượt thẩm quyền",
        "không để phát sinh điểm nóng",
    ]

    static func subject(_ kind: Int, topic: String, year: Int) -> String {
        "\(documentKinds[kind].subject) \(topic) năm \(year)"
    }

    /// One task's passage; the deadline phrase is the one documents use.
    static func task(verb: Int, topic: Int, closing: Int, deadline: CivilDate?) -> String {
        var text = "\(verbs[verb]) \(topics[topic]), \(closings[closing])"
        if let deadline { text += "; hoàn thành trước ngày \(deadline.vietnamese)" }
        return text + "."
    }
}

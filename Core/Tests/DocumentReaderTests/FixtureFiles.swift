import Foundation

/// The reader's committed fixture files (Fixtures/reader at the repository root).
enum FixtureFiles {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()          // DocumentReaderTests
        .deletingLastPathComponent()          // Tests
        .deletingLastPathComponent()          // Core
        .deletingLastPathComponent()          // repository root
        .appendingPathComponent("Fixtures/reader")

    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// What the sample notice says, line by line, as LibreOffice lays it out
    /// (see Fixtures/reader/make_fixtures.py, which wrote the files).
    static let sampleNoticeLines = [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN SÔNG TRÀ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 27/TB-UBND",
        "Sông Trà, ngày 08 tháng 5 năm 2024",
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 4/2024",
        "I. Kết quả thực hiện nhiệm vụ tháng 4 năm 2024",
        "Các phòng, ban đã hoàn thành cơ bản nhiệm vụ được giao.",
        "II. Nhiệm vụ trọng tâm tháng 5 năm 2024",
        "1. Về kinh tế",
        "1.1. Phòng Tài chính - Kế hoạch chủ trì, phối hợp Chi cục Thuế:",
        "a) rà soát nguồn thu ngân sách, báo cáo trước ngày 20/5/2024;",
        "b) đôn đốc giải ngân vốn đầu tư công.",
        "1.2. Phòng Nông nghiệp và PTNT kiểm tra công tác phòng chống hạn.",
        "2. Về văn hoá - xã hội",
        "2.1. Giao Phòng Văn hoá và Thông tin:",
        "- tuyên truyền kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh;",
        "- hoàn thành trong tháng 5/2024.",
        "Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện./.",
        "CHỦ TỊCH",
        "Trần Văn Minh",
    ]

    /// Lines with runs of spaces and tabs made single, blank lines dropped.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }.filter { !$0.isEmpty }
    }
}

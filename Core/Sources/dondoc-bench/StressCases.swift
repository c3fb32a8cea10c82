import DocumentReader
import Extraction

/// The pathological documents of ExtractionTests.RobustnessTests, timed in a
/// release build: how long the extractor takes on each and how much output it makes.
enum StressCases {
    static let header = """
        ỦY BAN NHÂN DÂN TỈNH AN HÒA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc
        Số: 15/TB-UBND                        An Hòa, ngày 05 tháng 3 năm 2025

        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 3 năm 2025

        """

    static let units = ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh", "UBND các huyện, thị xã", "Phòng Nội vụ", "Ban Quản lý dự án"]

    static func item(_ k: Int) -> String {
        let lead = units[k % units.count], support = units[(k / 7 + 1) % units.count]
        return "\(k % 40 + 1). Giao \(lead) chủ trì, phối hợp với \(support) rà soát hồ sơ số \(k), "
            + "báo cáo UBND tỉnh trước ngày \(k % 28 + 1)/\(k % 12 + 1)/2025.\n"
    }

    /// (label, text) pairs; `largeMegabytes` sizes the big assignment list.
    static func all(largeMegabytes: Int) -> [(String, String)] {
        var large = header
        var k = 0
        while large.utf8.count < largeMegabytes << 20 {
            var chunk = ""
            for _ in 0..<1_000 { chunk += item(k); k += 1 }
            large += chunk
        }
        let sentence = "Giao Sở Tài chính chủ trì, phối hợp với Công an tỉnh (và “các đơn vị liên quan”) hoàn thành trước ngày 30/6/2025; "
        var line = ""
        while line.utf8.count < 1 << 20 { line += sentence }
        let body = "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thực hiện trước ngày 15/7/2025"
        return [
            ("\(largeMegabytes) MB of numbered assignments", large),
            ("1 MB single line of assignments", header + line),
            ("1 MB single word", String(repeating: "a", count: 1 << 20)),
            ("1 MB of \"1.1.1.\" on one line", String(repeating: "1.", count: 1 << 19)),
            ("1 MB of dates on one line", String(repeating: "30/6/2025 ", count: 1 << 17)),
            ("items 1. … 1.1.….1. (1000 levels)", header + (1...1_000).map {
                String(repeating: "1.", count: $0) + " Giao Sở Xây dựng chủ trì thực hiện, hoàn thành trong tháng 6/2025.\n"
            }.joined()),
            ("1000 nested parentheses", header + "1. " + String(repeating: "(", count: 1_000) + body + String(repeating: ")", count: 1_000) + ".\n"),
            ("1000 nested quotes", header + "1. " + String(repeating: "“", count: 1_000) + body + String(repeating: "”", count: 1_000) + ".\n"),
            ("1000 unclosed parentheses", header + "1. " + String(repeating: "(Giao Sở Tài chính ", count: 1_000) + ".\n"),
            ("100,000 bullets \"- a\"", header + String(repeating: "- a\n", count: 100_000)),
            ("100,000 assigning bullets", header + (0..<100_000).map { "+ Giao \(units[$0 % units.count]) thực hiện.\n" }.joined()),
            ("1 MB of empty lines", String(repeating: "\n", count: 1 << 20)),
        ]
    }
}

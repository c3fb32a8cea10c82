/// Pathological texts of the genre: huge lists of assignments, megabyte
/// lines, thousand-level numbering and nesting, floods of bullets. The
/// robustness tests check the extractor stays total and linear on them at
/// debug-friendly sizes; `dondoc-bench extraction --stress` times them at full size.
public enum StressDocuments {
    /// The head of a Thông báo kết luận, so the body below it reads as tasks.
    public static let header = """
        ỦY BAN NHÂN DÂN TỈNH AN HÒA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc
        Số: 15/TB-UBND                        An Hòa, ngày 05 tháng 3 năm 2025

        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 3 năm 2025

        """

    public static let units = ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh", "UBND các huyện, thị xã", "Phòng Nội vụ", "Ban Quản lý dự án"]

    /// One numbered item of the genre (lead, support, deadline), varied by `k`.
    public static func item(_ k: Int) -> String {
        let lead = units[k % units.count], support = units[(k / 7 + 1) % units.count]
        return "\(k % 40 + 1). Giao \(lead) chủ trì, phối hợp với \(support) rà soát hồ sơ số \(k), "
            + "báo cáo UBND tỉnh trước ngày \(k % 28 + 1)/\(k % 12 + 1)/2025.\n"
    }

    /// The header and numbered items up to `bytes` of UTF-8; `items` is how many.
    public static func numberedAssignments(bytes: Int) -> (text: String, items: Int) {
        var text = header
        var k = 0
        while text.utf8.count < bytes {
            var chunk = ""
            for _ in 0..<1_000 { chunk += item(k); k += 1 }
            text += chunk
        }
        return (text, k)
    }

    /// The header and one line of `bytes` made of assigning sentences.
    public static func assignmentLine(bytes: Int) -> String {
        let sentence = "Giao Sở Tài chính chủ trì, phối hợp với Công an tỉnh (và “các đơn vị liên quan”) hoàn thành trước ngày 30/6/2025; "
        var line = ""
        while line.utf8.count < bytes { line += sentence }
        return header + line
    }

    public static func singleWord(bytes: Int) -> String { String(repeating: "a", count: bytes) }

    /// "1.1.1.…" on one line: a numbering marker that never ends.
    public static func numberingRun(bytes: Int) -> String { String(repeating: "1.", count: bytes / 2) }

    public static func datesLine(bytes: Int) -> String { String(repeating: "30/6/2025 ", count: bytes / 10) }

    /// Items numbered 1., 1.1., … down to `levels` levels, one a line.
    public static func deepNumbering(levels: Int) -> String {
        header + (1...levels).map {
            String(repeating: "1.", count: $0) + " Giao Sở Xây dựng chủ trì thực hiện, hoàn thành trong tháng 6/2025.\n"
        }.joined()
    }

    /// One item whose assignment sits inside `depth` pairs of `open` … `close`
    /// (either may be empty, for unbalanced nesting).
    public static func nested(open: String, close: String, depth: Int) -> String {
        let body = "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thực hiện trước ngày 15/7/2025"
        return numberedItem(String(repeating: open, count: depth) + body + String(repeating: close, count: depth))
    }

    /// One item of `count` parentheses opened and never closed.
    public static func unclosedParentheses(_ count: Int) -> String {
        numberedItem(String(repeating: "(Giao Sở Tài chính ", count: count))
    }

    /// One item of `count` parentheses closed and never opened.
    public static func unopenedParentheses(_ count: Int) -> String {
        numberedItem(String(repeating: "Sở Xây dựng) ", count: count))
    }

    public static func emptyBullets(_ count: Int) -> String { header + String(repeating: "- a\n", count: count) }

    public static func assigningBullets(_ count: Int) -> String {
        header + (0..<count).map { "+ Giao \(units[$0 % units.count]) thực hiện.\n" }.joined()
    }

    public static func emptyLines(_ count: Int) -> String { String(repeating: "\n", count: count) }

    /// Every case at the sizes, labelled, for the benchmark;
    /// `largeMegabytes` sizes the big assignment list.
    public static func all(largeMegabytes: Int) -> [(label: String, text: String)] {
        let megabyte = 1 << 20
        return [
            ("\(largeMegabytes) MB of numbered assignments", numberedAssignments(bytes: largeMegabytes * megabyte).text),
            ("1 MB single line of assignments", assignmentLine(bytes: megabyte)),
            ("1 MB single word", singleWord(bytes: megabyte)),
            ("1 MB of \"1.1.1.\" on one line", numberingRun(bytes: megabyte)),
            ("1 MB of dates on one line", datesLine(bytes: megabyte)),
            ("items 1. … 1.1.….1. (1000 levels)", deepNumbering(levels: 1_000)),
            ("1000 nested parentheses", nested(open: "(", close: ")", depth: 1_000)),
            ("1000 nested quotes", nested(open: "“", close: "”", depth: 1_000)),
            ("1000 unclosed parentheses", unclosedParentheses(1_000)),
            ("100,000 bullets \"- a\"", emptyBullets(100_000)),
            ("100,000 assigning bullets", assigningBullets(100_000)),
            ("1 MB of empty lines", emptyLines(megabyte)),
        ]
    }

    private static func numberedItem(_ body: String) -> String { header + "1. " + body + ".\n" }
}

/// Lines under an item that state its bodies or due date by a label, as plans
/// often do instead of a table:
///
///     1. Tuyên truyền về chuyển đổi số.
///        - Cơ quan chủ trì: Sở Thông tin và Truyền thông.
///        - Cơ quan phối hợp: Công an tỉnh; Tỉnh đoàn.
///        - Thời gian thực hiện: Quý II/2024.
struct ItemAttribute: Sendable {
    enum Kind: Sendable { case lead, support, due }
    var kind: Kind
    /// The value after the label's colon.
    var value: Range<Int>
}

enum ItemAttributes {
    static let labels: [(PhraseSet, ItemAttribute.Kind)] = [
        (PhraseSet(["cơ quan chủ trì", "đơn vị chủ trì", "chủ trì", "cơ quan thực hiện", "đơn vị thực hiện",
                    "cơ quan, đơn vị thực hiện", "trách nhiệm thực hiện", "đơn vị chịu trách nhiệm", "cơ quan chịu trách nhiệm",
                    "cơ quan, đơn vị chủ trì", "đơn vị thực hiện chính", "cơ quan tham mưu"]), .lead),
        (PhraseSet(["cơ quan phối hợp", "đơn vị phối hợp", "phối hợp", "cơ quan, đơn vị phối hợp"]), .support),
        (PhraseSet(["thời gian", "thời hạn", "tiến độ", "thời gian thực hiện", "thời gian hoàn thành", "thời hạn hoàn thành",
                    "tiến độ thực hiện", "tiến độ hoàn thành"]), .due),
    ]

    /// The attribute an item states, or nil. The label must be followed by a colon within two words.
    static func read(_ t: [Token], _ s: [Unicode.Scalar], _ range: Range<Int>) -> ItemAttribute? {
        guard !range.isEmpty else { return nil }
        for (set, kind) in labels {
            let n = set.match(t, at: range.lowerBound, limit: range.upperBound)
            guard n > 0 else { continue }
            var k = range.lowerBound + n
            var words = 0
            while k < range.upperBound, words <= 2 {
                if t[k].kind == .punct {
                    guard s[t[k].start] == ":" else { break }
                    var end = range.upperBound
                    while end > k + 1, t[end - 1].kind == .punct, ".;,".unicodeScalars.contains(s[t[end - 1].start]) { end -= 1 }
                    return end > k + 1 ? ItemAttribute(kind: kind, value: (k + 1)..<end) : nil
                }
                words += 1
                k += 1
            }
        }
        return nil
    }
}

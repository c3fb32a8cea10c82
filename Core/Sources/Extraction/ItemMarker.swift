/// The label that opens a structural item: "II.", "2.1.", "a)", "- ", "Điều 3.".
/// `rank` orders the levels of Vietnamese administrative numbering, outermost first.
struct ItemMarker: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case part          // Phần I, Chương II
        case roman         // I., II.
        case article       // Điều 1.
        case numbered(depth: Int)   // 1. / 2.1. / 2.1.1.
        case letter        // a) b) đ)
        case parenNumber   // 1) 2)
        case dash          // - – •
        case plus          // +
    }

    var kind: Kind
    /// The label as written without its closing dot or bracket ("II", "2.1", "a"); empty for bullets.
    var label: String
    /// Tokens taken by the marker.
    var tokenCount: Int

    var rank: Int {
        switch kind {
        case .part: return 0
        case .roman: return 1
        case .article: return 2
        case .numbered(let depth): return 2 + min(depth, 6)
        case .letter: return 9
        case .parenNumber: return 10
        case .dash: return 11
        case .plus: return 12
        }
    }

    var isBullet: Bool { kind == .dash || kind == .plus }

    private static let part = PhraseSet(["phần", "chương", "mục"])
    private static let article = Phrase("điều")

    /// Reads a marker at token `i`; `limit` bounds the paragraph (or line).
    static func read(_ t: [Token], _ s: [Unicode.Scalar], at start: Int, limit: Int) -> ItemMarker? {
        var i = start
        // Markdown headings ("## 1. ...") and block quotes carry their own marks.
        while i < limit, t[i].kind == .punct, s[t[i].start] == "#" || s[t[i].start] == ">" { i += 1 }
        guard i < limit else { return nil }
        let skipped = i - start
        func punct(_ k: Int, _ chars: String) -> Bool {
            k < limit && t[k].kind == .punct && chars.unicodeScalars.contains(s[t[k].start])
        }
        func followedByText(_ k: Int) -> Bool { k < limit && t[k].spaceBefore }
        let tok = t[i]
        var text: String { String(String.UnicodeScalarView(s[tok.start..<tok.end])) }   // only for a found marker

        if tok.kind == .punct {
            let c = s[tok.start]
            if (LetterFold.isDash(c) || c == "•" || c == "·" || c == "\u{F0B7}" || c == "◦" || c == "▪" || c == "*"), followedByText(i + 1) {
                return ItemMarker(kind: .dash, label: "", tokenCount: skipped + 1)
            }
            if c == "+", followedByText(i + 1) { return ItemMarker(kind: .plus, label: "", tokenCount: skipped + 1) }
            return nil
        }
        if tok.kind == .word, part.contains(t, at: i, limit: limit), i + 1 < limit,
           t[i + 1].kind != .punct, isRoman(t[i + 1], s) || t[i + 1].kind == .number {
            var n = i + 2
            if punct(n, ".:") { n += 1 }
            return ItemMarker(kind: .part, label: text + " " + String(String.UnicodeScalarView(s[t[i + 1].start..<t[i + 1].end])), tokenCount: n - start)
        }
        if tok.kind == .word, tok.isCapitalized, article.matches(t, at: i, limit: limit), i + 1 < limit, t[i + 1].kind == .number,
           punct(i + 2, ".:") {
            return ItemMarker(kind: .article, label: "Điều " + String(String.UnicodeScalarView(s[t[i + 1].start..<t[i + 1].end])), tokenCount: i + 3 - start)
        }
        if tok.kind == .word, isRoman(tok, s), punct(i + 1, ".)"), followedByText(i + 2) {
            return ItemMarker(kind: .roman, label: text, tokenCount: i + 2 - start)
        }
        if tok.kind == .word, tok.length == 1, !tok.isCapitalized, punct(i + 1, ")"), followedByText(i + 2) {
            return ItemMarker(kind: .letter, label: text, tokenCount: i + 2 - start)
        }
        if tok.kind == .number {
            // 1. / 2.1. / 2.1 / 1)
            var parts: [String] = []
            var k = i
            while k < limit, t[k].kind == .number, t[k].length <= 2, parts.count < 6 {
                parts.append(String(String.UnicodeScalarView(s[t[k].start..<t[k].end])))
                if punct(k + 1, "."), k + 2 < limit, t[k + 2].kind == .number, !t[k + 2].spaceBefore {
                    k += 2
                    continue
                }
                break
            }
            guard !parts.isEmpty, k < limit, t[k].kind == .number else { return nil }
            if punct(k + 1, ".") && followedByText(k + 2) && !(k + 2 < limit && t[k + 2].kind == .number) {
                return ItemMarker(kind: .numbered(depth: parts.count), label: parts.joined(separator: "."), tokenCount: k + 2 - start)
            }
            if punct(k + 1, ")") && parts.count == 1 && followedByText(k + 2) {
                return ItemMarker(kind: .parenNumber, label: parts[0], tokenCount: k + 2 - start)
            }
            if parts.count >= 2, followedByText(k + 1), k + 1 < limit, t[k + 1].kind == .word {
                return ItemMarker(kind: .numbered(depth: parts.count), label: parts.joined(separator: "."), tokenCount: k + 1 - start)
            }
        }
        return nil
    }

    static func isRoman(_ tok: Token, _ s: [Unicode.Scalar]) -> Bool {
        guard tok.kind == .word, tok.length <= 6 else { return false }
        for k in tok.start..<tok.end where !"IVXLC".unicodeScalars.contains(s[k]) { return false }
        return true
    }
}

/// The document as lines and tokens, with the layout statistics that tell a
/// hard-wrapped PDF text (every line cut at the page width, often with blank
/// lines between them) from text whose lines are whole paragraphs (DOCX, Markdown).
struct TextLayout: Sendable {
    struct Line: Sendable {
        var start: Int          // first non-space scalar
        var end: Int            // after the last non-space scalar
        var tokens: Range<Int>
        var isBlank: Bool { tokens.isEmpty }
        var length: Int { end - start }
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let lines: [Line]
    /// Blank lines before each line (since the previous non-blank one).
    let gapBefore: [Int]
    /// Lines are cut at a page width rather than at paragraph ends.
    let isHardWrapped: Bool
    /// The width of a full wrapped line (90th percentile of line lengths).
    let typicalWidth: Int
    /// The usual number of blank lines between two consecutive lines of text.
    let typicalGap: Int

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let tokens = Tokenizer.tokenize(scalars)
        self.tokens = tokens
        var lines: [Line] = []
        var gaps: [Int] = []
        var i = 0, ti = 0, blanks = 0
        let n = scalars.count
        while i <= n {
            var j = i
            while j < n, !LetterFold.isNewline(scalars[j]) { j += 1 }
            var a = i, b = j
            while a < b, LetterFold.isSpace(scalars[a]) { a += 1 }
            while b > a, LetterFold.isSpace(scalars[b - 1]) { b -= 1 }
            while ti < tokens.count, tokens[ti].start < a { ti += 1 }
            var tj = ti
            while tj < tokens.count, tokens[tj].start < b { tj += 1 }
            let line = Line(start: a, end: b, tokens: ti..<tj)
            lines.append(line)
            gaps.append(blanks)
            blanks = line.isBlank ? blanks + 1 : 0
            ti = tj
            // \r\n counts as one break
            if j < n, scalars[j] == "\r", j + 1 < n, scalars[j + 1] == "\n" { j += 1 }
            i = j + 1
        }
        self.lines = lines
        self.gapBefore = gaps

        let lengths = lines.filter { !$0.isBlank }.map(\.length).sorted()
        let width = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
        typicalWidth = width
        let full = lengths.filter { Double($0) >= 0.75 * Double(width) && Double($0) <= 1.1 * Double(width) }.count
        isHardWrapped = width > 0 && width <= 130 && lengths.count >= 8 && Double(full) >= 0.5 * Double(lengths.count)
        var gapCounts = [Int](repeating: 0, count: 4)
        var previousNonBlank = false
        for (k, line) in lines.enumerated() where !line.isBlank {
            if previousNonBlank || k > 0 { gapCounts[min(gaps[k], 3)] += 1 }
            previousNonBlank = true
        }
        typicalGap = gapCounts.indices.max { gapCounts[$0] < gapCounts[$1] } ?? 0
    }

    func text(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 2)
        for k in range { Self.appendUTF8(scalars[k], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of a range with every run of white space made one space: how a
    /// wrapped paragraph reads.
    func flatText(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 2)
        var pendingSpace = false
        for k in range {
            let c = scalars[k]
            if LetterFold.isSpace(c) { pendingSpace = !bytes.isEmpty; continue }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            Self.appendUTF8(c, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // Building strings byte by byte is several times faster than appending scalars to a String.
    @inline(__always) static func appendUTF8(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = c.value
        switch v {
        case ..<0x80: bytes.append(UInt8(v))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    func tokenText(_ i: Int) -> String { text(tokens[i].start..<tokens[i].end) }
}

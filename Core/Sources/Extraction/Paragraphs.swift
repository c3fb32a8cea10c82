/// A paragraph rebuilt from the lines that a PDF or a converter cut it into.
struct Paragraph: Sendable {
    var start: Int
    var end: Int
    var firstLine: Int
    var lastLine: Int
    var tokens: Range<Int>
    var marker: ItemMarker?
    /// A row of a table: Markdown "| a | b |" or cells separated by tabs.
    var isTableRow = false

    var span: Range<Int> { start..<end }
    /// Tokens after the item marker.
    var bodyTokens: Range<Int> { (tokens.lowerBound + (marker?.tokenCount ?? 0))..<tokens.upperBound }
}

/// Joins lines into paragraphs. A line continues the previous one unless it
/// opens an item ("2.1.", "a)", "- "), or the previous line closed a sentence
/// (or was a short heading) and this one starts a new one. Hard-wrapped text
/// decides by line length; paragraph-per-line text by blank lines.
enum ParagraphBuilder {
    static func build(_ layout: TextLayout) -> [Paragraph] {
        let s = layout.scalars
        let t = layout.tokens
        var result: [Paragraph] = []
        var previous: Int? = nil     // index of the previous non-blank line
        let width = Double(max(layout.typicalWidth, 1))
        for (k, line) in layout.lines.enumerated() where !line.isBlank {
            if isTableRow(layout, line) {
                // a row is a paragraph of its own; a Markdown rule row ("|---|---|") is layout only
                if !line.tokens.allSatisfy({ t[$0].kind == .punct }) {
                    result.append(Paragraph(start: line.start, end: line.end, firstLine: k, lastLine: k, tokens: line.tokens, marker: nil, isTableRow: true))
                }
                previous = nil
                continue
            }
            let marker = ItemMarker.read(t, s, at: line.tokens.lowerBound, limit: line.tokens.upperBound)
            if let p = previous, !result.isEmpty, continues(layout, previous: layout.lines[p], next: line, gap: layout.gapBefore[k], marker: marker, width: width) {
                result[result.count - 1].end = line.end
                result[result.count - 1].lastLine = k
                result[result.count - 1].tokens = result[result.count - 1].tokens.lowerBound..<line.tokens.upperBound
            } else {
                result.append(Paragraph(start: line.start, end: line.end, firstLine: k, lastLine: k, tokens: line.tokens, marker: marker))
            }
            previous = k
        }
        // Markers were read per line; a paragraph keeps the marker of its first line.
        return result
    }

    static func continues(_ layout: TextLayout, previous prev: TextLayout.Line, next: TextLayout.Line, gap: Int,
                          marker: ItemMarker?, width: Double) -> Bool {
        let s = layout.scalars
        let ending = lastMeaningful(s, prev)
        let terminated = ending.map { ".:;!?…".unicodeScalars.contains($0) } ?? false
        let first = s[next.start]
        let lower = LetterFold.isLetter(first) && !LetterFold.isUpper(first)
        let digit = LetterFold.isDigit(first)
        if let marker {
            // A hyphen that a hard wrap put at a line start, inside a sentence.
            // (a real bullet follows a line that ended with ";", ":" or ".")
            if marker.isBullet && layout.isHardWrapped && !terminated && gap <= layout.typicalGap + 1
                && Double(prev.length) >= 0.75 * width { return true }
            return false
        }
        if layout.isHardWrapped {
            if lower { return true }
            if gap > layout.typicalGap { return false }
            if terminated { return Double(prev.length) >= 0.85 * width }
            if Double(prev.length) < 0.6 * width, let ending, !",-–(&".unicodeScalars.contains(ending) { return false }
            return true
        }
        if lower && !terminated { return true }
        if lower && gap <= layout.typicalGap && ending != "." { return true }
        if gap < layout.typicalGap { return true }
        if digit && !terminated { return true }
        return false
    }

    /// "| 1 | Rà soát ... | Sở Tài chính |" or "1\tRà soát ...\tSở Tài chính".
    static func isTableRow(_ layout: TextLayout, _ line: TextLayout.Line) -> Bool {
        let s = layout.scalars
        if s[line.start] == "|" && s[line.end - 1] == "|" { return true }
        var tabs = 0
        for k in line.start..<line.end where s[k] == "\t" { tabs += 1 }
        return tabs >= 2
    }

    /// The last scalar of a line that is not a closing mark or emphasis.
    static func lastMeaningful(_ s: [Unicode.Scalar], _ line: TextLayout.Line) -> Unicode.Scalar? {
        var k = line.end - 1
        while k >= line.start {
            let c = s[k]
            if LetterFold.isSpace(c) || c == "*" || c == "_" || c == ")" || c == "\"" || c == "”" || c == "’" || c == "»" { k -= 1; continue }
            return c
        }
        return nil
    }
}

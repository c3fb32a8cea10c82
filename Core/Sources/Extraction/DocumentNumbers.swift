import DocumentReader
import LegalCalendar

/// Reads numbers and symbols: state style "406/QĐ-UBND", "01/2024/QĐ-UBND",
/// "422/UBND" (a công văn: no type part), Party style "1753-KL/TU".
struct DocumentNumberScanner {
    let layout: TextLayout
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }

    struct Found {
        var tokens: Range<Int>
        var number: String       // digits ("" for a draft's "Số: /UBND")
        var symbol: String       // "/QĐ-UBND", "-KL/TU"
        var typeCode: String?
        var text: String { number + symbol }
    }

    /// Type codes that may open a symbol, with the normative ones cited in documents.
    static let typeCodes: Set<String> = Set(DocumentType.names.keys).union([
        "NĐ", "TT", "TTLT", "PL", "L", "CĐ", "QĐi", "TTg", "VBHN", "KL", "HD", "CTr", "TB",
    ]).subtracting(["CV"])

    func tightPunct(_ k: Int, _ limit: Int, _ chars: String, allowSpace: Bool = false) -> Bool {
        k < limit && t[k].kind == .punct && (allowSpace || !t[k].spaceBefore) && chars.unicodeScalars.contains(s[t[k].start])
    }

    /// The symbol after the number: "/QĐ-UBND", "/2024/QĐ-UBND", "-KL/TU". `k` is at the separator.
    func symbol(at k: Int, limit: Int, allowSpace: Bool) -> (end: Int, segments: [String], year: String?)? {
        var j = k
        var segments: [String] = []
        var year: String? = nil
        var steps = 0
        while steps < 10, tightPunct(j, limit, "/-", allowSpace: allowSpace && j == k) {
            steps += 1
            let n = j + 1
            guard n < limit, !t[n].spaceBefore else { break }
            if t[n].kind == .number, segments.isEmpty, year == nil, t[n].length == 4, tightPunct(n + 1, limit, "/") {
                year = layout.tokenText(n)
                j = n + 1
                continue
            }
            guard t[n].kind == .word, LetterFold.isUpper(s[t[n].start]) else { break }
            segments.append(layout.tokenText(n))
            j = n + 1
            // "QUANGNGAI-VNPT", "UBTVQH11": further tight words join the segment
        }
        return segments.isEmpty ? nil : (j, segments, year)
    }

    /// A cited number at `k` (a number token), or nil.
    func found(at k: Int, limit: Int) -> Found? {
        guard k < limit, t[k].kind == .number, t[k].length <= 6 else { return nil }
        if k > 0, !t[k].spaceBefore, t[k - 1].kind != .punct || s[t[k - 1].start] == "/" || s[t[k - 1].start] == "-" { return nil }
        guard let sym = symbol(at: k + 1, limit: limit, allowSpace: false) else { return nil }
        let party = s[t[k + 1].start] != "/"
        if party && sym.segments.count < 2 { return nil }   // "2021-2025", "Bắc - Nam" are not numbers
        let number = layout.tokenText(k)
        let symbolText = layout.text(t[k + 1].start..<t[sym.end - 1].end)
        let code = sym.segments.first.flatMap { Self.typeCodes.contains($0) ? $0 : nil }
        return Found(tokens: k..<sym.end, number: number, symbol: symbolText,
                     typeCode: code ?? (party ? nil : "CV"))
    }

    /// The "Số:" line: "Số: 309 /BC-UBND", "Số: /UBND" (a draft), "Số 1753-KL/TU".
    func numberLine(tokens range: Range<Int>) -> Found? {
        var k = range.lowerBound
        guard k < range.upperBound, t[k].kind == .word, layout.tokenText(k) == "Số" || layout.tokenText(k) == "SỐ" else { return nil }
        k += 1
        if tightPunct(k, range.upperBound, ":", allowSpace: true) { k += 1 }
        guard k < range.upperBound else { return nil }
        var number = ""
        if t[k].kind == .number { number = layout.tokenText(k); k += 1 }
        guard let sym = symbol(at: k, limit: range.upperBound, allowSpace: true) else { return nil }
        var symbolText = ""
        for j in k..<sym.end { symbolText += layout.tokenText(j) }
        let code = sym.segments.first.flatMap { Self.typeCodes.contains($0) ? $0 : nil }
        let party = s[t[k].start] == "-"
        return Found(tokens: range.lowerBound..<sym.end, number: number, symbol: symbolText,
                     typeCode: code ?? (party ? nil : "CV"))
    }

    /// Every cited document, with the date written after it ("..., ngày 12/12/2022").
    func citations(excluding own: String?, defaultYear: Int?) -> [CitedDocument] {
        var out: [CitedDocument] = []
        var seen = Set<String>()
        let dates = DateScanner(layout: layout)
        var k = 0
        let limit = t.count
        while k < limit {
            guard t[k].kind == .number, let f = found(at: k, limit: limit) else { k += 1; continue }
            let text = f.text
            var date: CivilDate? = nil
            var j = f.tokens.upperBound
            if tightPunct(j, limit, ",", allowSpace: true) { j += 1 }
            if DateScanner.ngày.matches(t, at: j), let m = dates.mention(at: j + 1, limit: min(limit, j + 8), defaultYear: nil), m.precision == .day {
                date = m.date
            } else if let m = dates.mention(at: j, limit: min(limit, j + 8), defaultYear: nil), m.precision == .day,
                      DateScanner.ngày.matches(t, at: j) {
                date = m.date
            }
            let key = text.filter { !$0.isWhitespace }
            if key != own, !seen.contains(key) {
                seen.insert(key)
                out.append(CitedDocument(number: key, type: f.typeCode, date: date,
                                         span: TextSpan(start: t[f.tokens.lowerBound].start, end: t[f.tokens.upperBound - 1].end)))
            }
            k = f.tokens.upperBound
        }
        return out
    }
}

import LegalCalendar

/// A date written in the text: "07/02/2024", "ngày 29 tháng 6 năm 2023",
/// "tháng 02/2024", "quý II/2024", "28-4-2022" (Party style), "30/6" (no year).
struct DateMention: Sendable {
    enum Precision: Sendable { case day, month, quarter, year }
    var tokens: Range<Int>
    /// The day itself, or the last day of the month, quarter or year.
    var date: CivilDate
    var precision: Precision
    var hasYear: Bool
}

/// Finds dates among tokens. Each position is looked at once.
struct DateScanner {
    let layout: TextLayout
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }

    static let ngày = Phrase("ngày")
    static let tháng = Phrase("tháng")
    static let năm = Phrase("năm")
    static let quý = Phrase("quý")

    func number(_ k: Int, _ limit: Int) -> Int? {
        guard k < limit, t[k].kind == .number, t[k].length <= 4 else { return nil }
        var v = 0
        for x in t[k].start..<t[k].end { v = v * 10 + Int(s[x].value - 48) }
        return v
    }
    func tight(_ k: Int, _ limit: Int, _ c: Unicode.Scalar) -> Bool {
        k < limit && t[k].kind == .punct && s[t[k].start] == c && !t[k].spaceBefore
    }
    func romanValue(_ k: Int, _ limit: Int) -> Int? {
        guard k < limit, ItemMarker.isRoman(t[k], s) else { return nil }
        switch layout.tokenText(k) { case "I": return 1; case "II": return 2; case "III": return 3; case "IV": return 4; default: return nil }
    }
    static func fullYear(_ y: Int, digits: Int) -> Int? {
        if digits == 4 { return (1900...2200).contains(y) ? y : nil }
        if digits == 2 { return 2000 + y }
        return nil
    }

    /// The date starting at token `k`, if any.
    func mention(at k: Int, limit: Int, defaultYear: Int?) -> DateMention? {
        // dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, dd/mm
        if let d = number(k, limit), t[k].length <= 2 {
            for sep in ["/", "-", "."] as [Unicode.Scalar] {
                guard tight(k + 1, limit, sep), let m = number(k + 2, limit), t[k + 2].length <= 2, !t[k + 2].spaceBefore else { continue }
                if tight(k + 3, limit, sep), let y = number(k + 4, limit), !t[k + 4].spaceBefore,
                   let year = Self.fullYear(y, digits: t[k + 4].length) {
                    // not the start of a longer code such as 12/2023/QĐ-UBND
                    if tight(k + 5, limit, "/") { return nil }
                    guard let date = CivilDate(year: year, month: m, day: d) else { return nil }
                    return DateMention(tokens: k..<(k + 5), date: date, precision: .day, hasYear: true)
                }
                guard sep == "/", !tight(k + 3, limit, "/"), !tight(k + 3, limit, "-"), let year = defaultYear,
                      let date = CivilDate(year: year, month: m, day: d) else { continue }
                // "ngày 30/6" reads as a date; a bare "24/45" is a fraction
                guard k > 0, Self.ngày.matches(t, at: k - 1) || Self.đến.matches(t, at: k - 1) || Self.trước.matches(t, at: k - 1) else { continue }
                return DateMention(tokens: k..<(k + 3), date: date, precision: .day, hasYear: false)
            }
        }
        // ngày 29 tháng 6 năm 2023 / ngày tháng 5 năm 2023
        if Self.ngày.matches(t, at: k, limit: limit) {
            var j = k + 1
            let day = number(j, limit)
            if day != nil { j += 1 }
            if Self.tháng.matches(t, at: j, limit: limit), let m = number(j + 1, limit), Self.năm.matches(t, at: j + 2, limit: limit),
               let y = number(j + 3, limit), let year = Self.fullYear(y, digits: t[j + 3].length), (1...12).contains(m) {
                if let day, let date = CivilDate(year: year, month: m, day: day) {
                    return DateMention(tokens: k..<(j + 4), date: date, precision: .day, hasYear: true)
                }
                if day == nil, let first = CivilDate(year: year, month: m, day: 1) {
                    return DateMention(tokens: k..<(j + 4), date: first.endOfMonth, precision: .month, hasYear: true)
                }
            }
        }
        // tháng 02/2024, tháng 6 năm 2023
        if Self.tháng.matches(t, at: k, limit: limit), let m = number(k + 1, limit), (1...12).contains(m), t[k + 1].length <= 2 {
            if tight(k + 2, limit, "/"), let y = number(k + 3, limit), let year = Self.fullYear(y, digits: t[k + 3].length),
               let first = CivilDate(year: year, month: m, day: 1) {
                return DateMention(tokens: k..<(k + 4), date: first.endOfMonth, precision: .month, hasYear: true)
            }
            if Self.năm.matches(t, at: k + 2, limit: limit), let y = number(k + 3, limit), let year = Self.fullYear(y, digits: t[k + 3].length),
               let first = CivilDate(year: year, month: m, day: 1) {
                return DateMention(tokens: k..<(k + 4), date: first.endOfMonth, precision: .month, hasYear: true)
            }
            if !tight(k + 2, limit, "/"), let year = defaultYear, let first = CivilDate(year: year, month: m, day: 1) {
                return DateMention(tokens: k..<(k + 2), date: first.endOfMonth, precision: .month, hasYear: false)
            }
        }
        // quý II/2024, quý 3 năm 2023
        if Self.quý.matches(t, at: k, limit: limit), let q = romanValue(k + 1, limit) ?? number(k + 1, limit), (1...4).contains(q) {
            var year = defaultYear
            var end = k + 2
            if tight(k + 2, limit, "/"), let y = number(k + 3, limit), let full = Self.fullYear(y, digits: t[k + 3].length) { year = full; end = k + 4 }
            else if Self.năm.matches(t, at: k + 2, limit: limit), let y = number(k + 3, limit), let full = Self.fullYear(y, digits: t[k + 3].length) { year = full; end = k + 4 }
            if let year, let first = CivilDate(year: year, month: q * 3, day: 1) {
                return DateMention(tokens: k..<end, date: first.endOfMonth, precision: .quarter, hasYear: end == k + 4)
            }
        }
        // năm 2024
        if Self.năm.matches(t, at: k, limit: limit), let y = number(k + 1, limit), t[k + 1].length == 4,
           let year = Self.fullYear(y, digits: 4), let date = CivilDate(year: year, month: 12, day: 31) {
            return DateMention(tokens: k..<(k + 2), date: date, precision: .year, hasYear: true)
        }
        return nil
    }

    static let đến = Phrase("đến")
    static let trước = Phrase("trước")

    /// Every date in a token range, left to right, never overlapping.
    func mentions(in range: Range<Int>, defaultYear: Int?) -> [DateMention] {
        var out: [DateMention] = []
        var k = range.lowerBound
        while k < range.upperBound {
            if let m = mention(at: k, limit: range.upperBound, defaultYear: defaultYear) {
                out.append(m)
                k = max(m.tokens.upperBound, k + 1)
            } else {
                k += 1
            }
        }
        return out
    }
}

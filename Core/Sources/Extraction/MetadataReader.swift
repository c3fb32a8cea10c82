import DocumentReader
import LegalCalendar

/// Reads the Decree 30 header and footer: type line, "Số:" line, place and
/// date, issuer block, subject (trích yếu or "V/v ..."), "Kính gửi", the
/// signature block and "Nơi nhận". Also tells where the body lies.
struct MetadataReader {
    let layout: TextLayout
    let paragraphs: [Paragraph]
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }
    var lines: [TextLayout.Line] { layout.lines }

    struct Result {
        var meta = DocumentMetadata()
        /// Paragraph indices of the body.
        var body: Range<Int> = 0..<0
        var issuerIsUBND = false
    }

    static let typeNames: [(Phrase, String)] = {
        var list = DocumentType.names.filter { $0.key != "CV" }.map { (Phrase($0.value), $0.key) }
        list.append((Phrase("Thông báo kết luận"), "TB"))
        list.append((Phrase("Công văn"), "CV"))
        return list.sorted { $0.0.count > $1.0.count }
    }()
    static let vv = PhraseSet(["v/v", "về việc"])
    static let kínhGửi = Phrase("kính gửi")
    static let nơiNhận = Phrase("nơi nhận")
    static let điện = Phrase("điện")
    static let nationalMotto = PhraseSet(["cộng hòa xã hội chủ nghĩa việt nam", "cộng hoà xã hội chủ nghĩa việt nam", "đảng cộng sản việt nam", "độc lập"])
    static let bodyOpeners = PhraseSet(["ngày", "căn cứ", "thực hiện", "kính gửi", "sau khi", "theo", "trên cơ sở", "để", "nhằm",
                                        "hôm nay", "vào", "tại", "thừa", "xét", "chiều", "sáng"])
    static let authorities = PhraseSet(["tm", "kt", "tl", "tuq", "q", "t/m", "k/t", "t/l"])
    static let signatureNoise = PhraseSet(["đã ký", "(đã ký)", "ký", "đã ký và đóng dấu", "daky"])

    func lineText(_ k: Int) -> String { layout.flatText(lines[k].start..<lines[k].end) }

    func isAllCapsLine(_ range: Range<Int>) -> Bool {
        var words = 0
        for k in range where t[k].kind == .word {
            words += 1
            if !(t[k].isAllCaps || (t[k].length == 1 && t[k].isCapitalized)) { return false }
        }
        return words > 0
    }

    /// The cells of a header line: split at wide gaps (layout text), at "|" (a Markdown table
    /// holding the header, as converters write it) and at "<br>".
    func headerCells(_ line: TextLayout.Line) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = line.tokens.lowerBound
        var k = line.tokens.lowerBound
        func close(_ end: Int) { if end > start { out.append(start..<end) } }
        while k < line.tokens.upperBound {
            if t[k].kind == .punct, s[t[k].start] == "|" {
                close(k); k += 1; start = k; continue
            }
            if t[k].kind == .punct, s[t[k].start] == "<", k + 2 < line.tokens.upperBound, layout.tokenText(k + 1).lowercased() == "br" {
                var end = k + 2
                if t[end].kind == .punct, s[t[end].start] == "/" { end += 1 }
                if end < line.tokens.upperBound, t[end].kind == .punct, s[t[end].start] == ">" {
                    close(k); k = end + 1; start = k; continue
                }
            }
            if k > start, t[k].start - t[k - 1].end >= 3 { close(k); start = k }
            k += 1
        }
        close(line.tokens.upperBound)
        return out
    }

    /// Tokens of a line up to the first wide gap (a second column in `pdftotext -layout` output).
    func firstColumn(_ line: TextLayout.Line) -> Range<Int> {
        var end = line.tokens.lowerBound
        var k = line.tokens.lowerBound
        while k < line.tokens.upperBound {
            if k > line.tokens.lowerBound {
                let gapStart = t[k - 1].end, gapEnd = t[k].start
                if gapEnd - gapStart >= 3 { break }
            }
            k += 1
            end = k
        }
        return line.tokens.lowerBound..<end
    }

    func read() -> Result {
        var r = Result()
        var m = DocumentMetadata()
        let numberScanner = DocumentNumberScanner(layout: layout)
        // The footer begins at "Nơi nhận" (or at the signature when there is none).
        var footerLine = lines.count
        for k in stride(from: lines.count - 1, through: 0, by: -1) where !lines[k].isBlank {
            if Self.nơiNhận.matches(t, at: lines[k].tokens.lowerBound, limit: lines[k].tokens.upperBound) { footerLine = k; break }
        }
        let headerScanEnd = min(footerLine, 80, lines.count)
        var headerEndOffset = 0
        var firstHeaderLine = Int.max
        func noteHeader(_ line: Int, end: Int) {
            headerEndOffset = max(headerEndOffset, end)
            firstHeaderLine = min(firstHeaderLine, line)
        }

        // Số line
        for k in 0..<headerScanEnd where !lines[k].isBlank {
            if let f = numberScanner.numberLine(tokens: lines[k].tokens)
                ?? headerCells(lines[k]).lazy.compactMap({ numberScanner.numberLine(tokens: $0) }).first {
                m.symbol = f.symbol.filter { !$0.isWhitespace }
                if !f.number.isEmpty { m.number = f.number + m.symbol! }
                if let code = f.typeCode { m.type = code }
                m.spans["number"] = TextSpan(start: t[f.tokens.lowerBound].start, end: t[f.tokens.upperBound - 1].end)
                noteHeader(k, end: t[f.tokens.upperBound - 1].end)
                break
            }
        }

        // Type line
        var typeLine: Int? = nil
        typeSearch: for k in 0..<headerScanEnd where !lines[k].isBlank {
            let range = firstColumn(lines[k])
            guard ItemMarker.read(t, s, at: range.lowerBound, limit: range.upperBound) == nil else { continue }
            for (phrase, code) in Self.typeNames where phrase.matches(t, at: range.lowerBound, limit: range.upperBound) {
                let typeTokens = range.lowerBound..<(range.lowerBound + phrase.count)
                guard isAllCapsLine(typeTokens) else { continue }
                typeLine = k
                m.type = code
                m.spans["type"] = TextSpan(start: t[typeTokens.lowerBound].start, end: t[typeTokens.upperBound - 1].end)
                noteHeader(k, end: t[typeTokens.upperBound - 1].end)
                // "THÔNG BÁO KẾT LUẬN CỦA ..." on the type line: the rest opens the subject
                let rest = typeTokens.upperBound..<range.upperBound
                var subject = subjectLines(after: k, leading: rest.isEmpty ? nil : rest)
                if subject == nil, !rest.isEmpty { subject = (t[rest.lowerBound].start, t[rest.upperBound - 1].end, k) }
                if let subject {
                    m.subject = layout.flatText(subject.start..<subject.end)
                    m.spans["subject"] = TextSpan(start: subject.start, end: subject.end)
                    noteHeader(subject.lastLine, end: subject.end)
                }
                break typeSearch
            }
        }

        // V/v: a công văn's subject
        if typeLine == nil || m.type == "CV" {
            for k in 0..<headerScanEnd where !lines[k].isBlank {
                let range = lines[k].tokens
                let n = Self.vv.match(t, at: range.lowerBound, limit: range.upperBound)
                guard n > 0 else { continue }
                let first = range.lowerBound + n
                if let subject = subjectLines(after: k, leading: first < range.upperBound ? first..<range.upperBound : nil, isDispatch: true) {
                    m.subject = layout.flatText(subject.start..<subject.end)
                    m.spans["subject"] = TextSpan(start: subject.start, end: subject.end)
                    noteHeader(k, end: subject.end)
                }
                if m.type == nil || m.type == "CV" || typeLine == nil { m.type = "CV" }
                break
            }
        }

        // Place and date
        let dates = DateScanner(layout: layout)
        dateSearch: for k in 0..<headerScanEnd where !lines[k].isBlank {
            let range = lines[k].tokens
            var j = range.lowerBound
            while j < range.upperBound {
                defer { j += 1 }
                guard DateScanner.ngày.matches(t, at: j, limit: range.upperBound), j >= range.lowerBound + 2,
                      t[j - 1].kind == .punct, s[t[j - 1].start] == ",", t[j - 2].isCapitalized,
                      let d = dates.mention(at: j, limit: range.upperBound, defaultYear: nil), d.hasYear,
                      d.precision == .day || d.precision == .month else { continue }
                var p = j - 2
                while p > range.lowerBound, t[p - 1].kind == .word, t[p - 1].isCapitalized || isLowerLocality(p - 1),
                      t[p].start - t[p - 1].end < 3, j - p < 6 { p -= 1 }
                m.place = preferredSpelling(layout.flatText(t[p].start..<t[j - 2].end), tokens: p..<(j - 1))
                m.spans["place"] = TextSpan(start: t[p].start, end: t[j - 2].end)
                m.date = d.precision == .day ? .day(d.date) : .month(year: d.date.year, month: d.date.month)
                m.spans["date"] = TextSpan(start: t[d.tokens.lowerBound].start, end: t[d.tokens.upperBound - 1].end)
                noteHeader(k, end: t[d.tokens.upperBound - 1].end)
                break dateSearch
            }
        }

        // Issuer block: capital lines above the first header element
        let issuerLimit = min(firstHeaderLine, headerScanEnd)
        var capsRuns: [Range<Int>] = []
        if issuerLimit != Int.max {
            for k in 0..<issuerLimit where !lines[k].isBlank {
                for range in headerCells(lines[k]) {
                    guard t[range.lowerBound].kind == .word, isAllCapsLine(range),
                          Self.nationalMotto.match(t, at: range.lowerBound, limit: range.upperBound) == 0 else { continue }
                    capsRuns.append(range)
                }
            }
        }
        if let issuer = composeIssuer(capsRuns) {
            m.issuer = issuer.name
            m.spans["issuer"] = issuer.span
            r.issuerIsUBND = issuer.isUBND
        }

        // Kính gửi
        var k = 0
        while k < headerScanEnd + 10 && k < footerLine {
            defer { k += 1 }
            let line = lines[k]
            guard !line.isBlank else { continue }
            let addressed = Self.kínhGửi.matches(t, at: line.tokens.lowerBound, limit: line.tokens.upperBound)
            // A công điện: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" then the addressees.
            let cabled = line.tokens.count >= 2 && Self.điện.matches(t, at: line.tokens.upperBound - 2)
                && t[line.tokens.upperBound - 1].kind == .punct && s[t[line.tokens.upperBound - 1].start] == ":"
            guard addressed || cabled else { continue }
            var after = addressed ? line.tokens.lowerBound + 2 : line.tokens.upperBound
            if after < line.tokens.upperBound, t[after].kind == .punct, s[t[after].start] == ":" { after += 1 }
            var end = line.end
            if after < line.tokens.upperBound {
                m.recipients.append(cleanEntry(t[after].start..<line.end))
            }
            var j = k + 1
            while j < lines.count, j - k < 40 {
                if lines[j].isBlank { j += 1; continue }
                let range = lines[j].tokens
                guard let mk = ItemMarker.read(t, s, at: range.lowerBound, limit: range.upperBound), mk.isBullet else { break }
                m.recipients.append(cleanEntry(t[range.lowerBound + mk.tokenCount].start..<lines[j].end))
                end = lines[j].end
                j += 1
            }
            noteHeader(k, end: end)
            break
        }

        // Footer: Nơi nhận entries, signature
        if footerLine < lines.count {
            var j = footerLine + 1
            while j < lines.count, j - footerLine < 60 {
                if lines[j].isBlank { j += 1; continue }
                let range = firstColumn(lines[j])
                guard let mk = ItemMarker.read(t, s, at: range.lowerBound, limit: range.upperBound), mk.isBullet,
                      range.lowerBound + mk.tokenCount < range.upperBound else { j += 1; if m.distribution.isEmpty { continue } else { break } }
                m.distribution.append(cleanEntry(t[range.lowerBound + mk.tokenCount].start..<t[range.upperBound - 1].end))
                j += 1
            }
        }
        let lastHeaderLine = lines.lastIndex { !$0.isBlank && $0.start < headerEndOffset } ?? -1
        readSignature(into: &m, footerLine: footerLine, lastHeaderLine: lastHeaderLine)

        // The body: after the header, before the footer (or the signature block).
        var bodyEndLine = footerLine
        if footerLine == lines.count, let sig = m.spans["signingAuthority"] {
            bodyEndLine = lines.firstIndex { $0.start >= sig.start && !$0.isBlank } ?? lines.count
        }
        let headerEnd = headerEndOffset
        let bodyStart = paragraphs.firstIndex { $0.start >= headerEnd && headerEnd > 0 || headerEnd == 0 } ?? paragraphs.count
        var bodyEnd = paragraphs.count
        if bodyEndLine < lines.count {
            let offset = lines[bodyEndLine].start
            bodyEnd = paragraphs.firstIndex { $0.start >= offset || $0.end > offset } ?? paragraphs.count
        }
        r.body = bodyStart..<max(bodyStart, bodyEnd)

        // Issuer named only in the body: "UBND thị xã Đức Phổ báo cáo...", "Chủ tịch UBND huyện".
        if m.issuer == nil, let fallback = issuerFromBody() {
            m.issuer = fallback
            r.issuerIsUBND = true
        }
        r.meta = m
        return r
    }

    func isLowerLocality(_ k: Int) -> Bool { UnitLexicon.localityKinds.match(t, at: k) > 0 }

    /// Lines of the subject after line `k`: until a blank gap, a body opener or a rule line.
    func subjectLines(after k: Int, leading: Range<Int>?, isDispatch: Bool = false) -> (start: Int, end: Int, lastLine: Int)? {
        var start: Int? = leading.map { t[$0.lowerBound].start }
        var end: Int = leading.map { t[$0.upperBound - 1].end } ?? 0
        var last = k
        var j = k + 1
        // A short rule under the subject ("____") marks its end: then blank lines inside it do not.
        let ruled = ruleLine(after: k) != nil
        let allowedGap = ruled ? Int.max : layout.isHardWrapped ? layout.typicalGap : 0
        var taken = 0
        while j < lines.count, taken < 8 {
            let line = lines[j]
            if line.isBlank { j += 1; continue }
            let started = start != nil
            if started && layout.gapBefore[j] > allowedGap { break }
            let range = firstColumn(line)
            let isRule = range.allSatisfy { t[$0].kind == .punct }
            if isRule { if started { break } else { j += 1; continue } }
            if Self.kínhGửi.matches(t, at: range.lowerBound, limit: range.upperBound) { break }
            if started, t[range.lowerBound].isCapitalized, Self.bodyOpeners.match(t, at: range.lowerBound, limit: range.upperBound) > 0, !isDispatch { break }
            if started, ItemMarker.read(t, s, at: range.lowerBound, limit: range.upperBound) != nil { break }
            if Self.nationalMotto.match(t, at: range.lowerBound, limit: range.upperBound) > 0 { break }
            if !started, isDispatch { break }
            if start == nil { start = t[range.lowerBound].start }
            end = t[range.upperBound - 1].end
            last = j
            taken += 1
            j += 1
        }
        guard let start, end > start else { return nil }
        return (start, end, last)
    }

    /// A line of only "_" or "-" within the next few lines after `k`, before any body text.
    func ruleLine(after k: Int) -> Int? {
        var j = k + 1, seen = 0
        while j < lines.count, seen < 8 {
            defer { j += 1 }
            if lines[j].isBlank { continue }
            seen += 1
            let r = lines[j].tokens
            if r.allSatisfy({ t[$0].kind == .punct && (s[t[$0].start] == "_" || t[$0].key == 0x2D) }), lines[j].length >= 3 { return j }
            if t[r.lowerBound].isCapitalized, Self.bodyOpeners.match(t, at: r.lowerBound, limit: r.upperBound) > 0 { return nil }
            if ItemMarker.read(t, s, at: r.lowerBound, limit: r.upperBound) != nil { return nil }
        }
        return nil
    }

    func cleanEntry(_ range: Range<Int>) -> String {
        var text = layout.flatText(range)
        while let c = text.last, c == ";" || c == "." || c == "," || c == " " { text.removeLast() }
        return text
    }

    /// "ỦY BAN NHÂN DÂN" + "THỊ XÃ ĐỨC PHỐ" → "UBND thị xã Đức Phố"; "UBND TỈNH X" + "SỞ NỘI VỤ" → "Sở Nội vụ".
    func composeIssuer(_ runs: [Range<Int>]) -> (name: String, span: TextSpan, isUBND: Bool)? {
        guard let last = runs.last else { return nil }
        var parts = [last]
        if runs.count >= 2, UnitLexicon.localityKinds.match(t, at: last.lowerBound, limit: last.upperBound) > 0 {
            parts = [runs[runs.count - 2], last]
        }
        var words: [String] = []
        var isUBND = false
        var capitalizeNext = true
        var inPlace = false
        for range in parts {
            var k = range.lowerBound
            while k < range.upperBound {
                let local = UnitLexicon.electedBodies.match(t, at: k, limit: range.upperBound)
                if local > 0 { words.append("UBND"); isUBND = true; k += local; capitalizeNext = true; continue }
                let council = UnitLexicon.councils.match(t, at: k, limit: range.upperBound)
                if council > 0 { words.append("HĐND"); k += council; capitalizeNext = true; continue }
                let kind = UnitLexicon.localityKinds.match(t, at: k, limit: range.upperBound)
                if kind > 0 {
                    words.append(layout.text(t[k].start..<t[k + kind - 1].end).lowercased())
                    k += kind; inPlace = true; continue
                }
                let word = layout.tokenText(k)
                if t[k].kind == .punct { words.append(word); capitalizeNext = true; k += 1; continue }
                let isAcronym = Self.acronyms.contains(word)
                if isAcronym { words.append(word) }
                else if inPlace || capitalizeNext { words.append(Self.titleCased(word)) }
                else { words.append(word.lowercased()) }
                // "SỞ NỘI VỤ" → "Sở Nội vụ": the word after a head noun opens the field
                let head = UnitLexicon.namedHeads.match(t, at: k, limit: range.upperBound)
                if head > 1 {
                    for j in (k + 1)..<(k + head) { words.append(layout.tokenText(j).lowercased()) }
                    k += head - 1
                }
                capitalizeNext = Phrase("và").matches(t, at: k) || head > 0
                k += 1
            }
        }
        guard !words.isEmpty else { return nil }
        var name = ""
        for w in words {
            if name.isEmpty { name = w } else { name += " " + w }
        }
        return (name, TextSpan(start: t[parts.first!.lowerBound].start, end: t[parts.last!.upperBound - 1].end), isUBND)
    }

    static let acronyms: Set<String> = ["UBND", "HĐND", "MTTQ", "UBMTTQ", "UBMTTQVN", "BCH", "BCĐ", "BQL", "ĐTXD", "PTQĐ", "VNPT", "CCHC", "TTHC", "TW", "VN"]

    static func titleCased(_ word: String) -> String {
        guard let f = word.first else { return word }
        return String(f).uppercased() + word.dropFirst().lowercased()
    }

    /// A header that misspells a place ("Thắng Bình") is corrected to the spelling the
    /// body uses for the same letters most often ("Thăng Bình"), when the body clearly agrees.
    func preferredSpelling(_ written: String, tokens: Range<Int>) -> String {
        let n = tokens.count
        guard n >= 1, n <= 5 else { return written }
        let target = VietnameseFold.fold(written)
        var counts: [String: Int] = [:]
        // cheap checks first (same token lengths and first letters) so only look-alikes are folded
        let firstLetters = (0..<n).map { VietnameseFold.fold(s[t[tokens.lowerBound + $0].start]) }
        var k = 0
        while k + n <= t.count {
            if t[k].isCapitalized, t[k].kind == .word {
                var ok = true
                for j in 0..<n where !(t[k + j].kind == t[tokens.lowerBound + j].kind
                                       && t[k + j].length == t[tokens.lowerBound + j].length
                                       && VietnameseFold.fold(s[t[k + j].start]) == firstLetters[j]) { ok = false; break }
                if ok {
                    let text = layout.flatText(t[k].start..<t[k + n - 1].end)
                    if text.unicodeScalars.count == written.unicodeScalars.count, VietnameseFold.fold(text) == target {
                        counts[text, default: 0] += 1
                    }
                }
            }
            k += 1
        }
        let own = counts[written] ?? 0
        if let best = counts.max(by: { $0.value < $1.value }), best.key != written, best.value >= 3, best.value > 2 * own {
            return best.key
        }
        return written
    }

    /// The issuer when the header does not give it: the level of people's committee
    /// the text names most often ("UBND huyện"), with the place name the text gives
    /// that level most often ("huyện Gio Linh").
    func issuerFromBody() -> String? {
        var kindCounts: [String: Int] = [:]
        var k = 0
        while k < t.count {
            let n = UnitLexicon.electedBodies.match(t, at: k)
            guard n > 0, t[k].isCapitalized else { k += 1; continue }
            let kind = UnitLexicon.localityKinds.match(t, at: k + n)
            if kind > 0 {
                let after = k + n + kind
                let name = layout.text(t[k + n].start..<t[after - 1].end).lowercased()
                kindCounts[name, default: 0] += 1
            }
            k += n
        }
        guard let best = kindCounts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }), best.value >= 1 else { return nil }
        let kindPhrase = Phrase(best.key)
        var places: [String: Int] = [:]
        k = 0
        let grammar = UnitGrammar(layout: layout)
        while k < t.count {
            if kindPhrase.matches(t, at: k), let end = grammar.placeName(at: k + kindPhrase.count, limit: min(t.count, k + kindPhrase.count + 6)) {
                let place = layout.flatText(t[k + kindPhrase.count].start..<t[end - 1].end)
                places[place, default: 0] += 1
                k = end
                continue
            }
            k += 1
        }
        var name = "UBND " + best.key
        if let place = places.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) { name += " " + place.key }
        return name
    }

    /// Signer, title and signing authority: the name on the last lines, the capital title
    /// lines above it, the "KT./TM./TL./TUQ./Q." line nearest to it.
    func readSignature(into m: inout DocumentMetadata, footerLine: Int, lastHeaderLine: Int) {
        // The signature block is the right-hand column; in `pdftotext -layout` output it shares
        // lines with "Nơi nhận" entries, so each line's last wide-gap segment is looked at.
        var column: [(line: Int, tokens: Range<Int>)] = []
        for k in lines.indices.reversed() where !lines[k].isBlank {
            if column.count >= 40 { break }
            let segments = segmentsOf(lines[k])
            guard let last = segments.last else { continue }
            if segments.count >= 2 { column.append((k, last)); continue }
            if let mk = ItemMarker.read(t, s, at: last.lowerBound, limit: last.upperBound), mk.isBullet { continue }
            column.append((k, last))
        }
        var nameIndex: Int? = nil
        for (i, entry) in column.enumerated() {
            let range = entry.tokens
            // the signature is below the header: a capital type line ("KẾ HOẠCH") is no name
            if entry.line <= lastHeaderLine { break }
            if Self.signatureNoise.match(t, at: range.lowerBound, limit: range.upperBound) == range.count { continue }
            if isPersonName(range) { nameIndex = i; break }
            if Self.nơiNhận.matches(t, at: range.lowerBound, limit: range.upperBound) { break }
        }
        guard let nameIndex else { return }
        let range = column[nameIndex].tokens
        let nameSpan = TextSpan(start: t[range.lowerBound].start, end: t[range.upperBound - 1].end)
        var name = layout.flatText(nameSpan.start..<nameSpan.end)
        if isAllCapsLine(range) { name = name.split(separator: " ").map { Self.titleCased(String($0)) }.joined(separator: " ") }
        m.signer = name
        m.spans["signer"] = nameSpan
        // Title and authority above the name
        for entry in column[(nameIndex + 1)...].prefix(10) {
            let r = entry.tokens
            if let a = authority(in: r) {
                let span = TextSpan(start: t[a].start, end: t[r.upperBound - 1].end)
                m.signingAuthority = layout.flatText(span.start..<span.end)
                m.spans["signingAuthority"] = span
                break
            }
            if isAllCapsLine(r) {
                if m.signerTitle == nil {
                    let span = TextSpan(start: t[r.lowerBound].start, end: t[r.upperBound - 1].end)
                    m.signerTitle = layout.flatText(span.start..<span.end)
                    m.spans["signerTitle"] = span
                }
                continue
            }
            if Self.signatureNoise.match(t, at: r.lowerBound, limit: r.upperBound) > 0 { continue }
            break
        }
    }

    /// A line's tokens split at wide gaps (three spaces or more): the columns of a layout text.
    func segmentsOf(_ line: TextLayout.Line) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = line.tokens.lowerBound
        for k in line.tokens where k > line.tokens.lowerBound && t[k].start - t[k - 1].end >= 3 {
            out.append(start..<k)
            start = k
        }
        if start < line.tokens.upperBound { out.append(start..<line.tokens.upperBound) }
        return out
    }

    /// The token where a signing authority ("KT.", "TM.", "TL.", "TUQ.", "Q.") starts in a line, if any.
    func authority(in range: Range<Int>) -> Int? {
        var k = range.lowerBound
        while k < range.upperBound {
            let n = Self.authorities.match(t, at: k, limit: range.upperBound)
            if n > 0, t[k].isAllCaps || t[k].isCapitalized, k + n < range.upperBound, t[k + n].kind == .punct, s[t[k + n].start] == ".",
               k + n + 1 < range.upperBound, t[k + n + 1].isAllCaps, k == range.lowerBound || t[k].spaceBefore {
                return k
            }
            k += 1
        }
        return nil
    }

    /// "Trương Ánh Dương", "NGUYỄN VĂN A": two to six capitalised words, nothing else.
    func isPersonName(_ range: Range<Int>) -> Bool {
        guard (2...6).contains(range.count) else { return false }
        var caps = 0
        for k in range {
            guard t[k].kind == .word, t[k].isCapitalized, t[k].length <= 8 else { return false }
            if t[k].isAllCaps { caps += 1 }
        }
        if caps == range.count {
            // capital lines are titles unless they hold no title word
            return Self.titleWords.match(t, at: range.lowerBound, limit: range.upperBound) == 0 && !containsTitleWord(range)
        }
        return caps == 0
    }

    static let titleWords = PhraseSet(["chủ tịch", "phó", "giám đốc", "trưởng", "chánh", "văn phòng", "ủy ban", "uỷ ban", "bí thư",
                                       "thư ký", "nơi nhận", "tm", "kt", "tl", "quyền", "hội đồng", "ban", "phòng", "sở", "nhân dân"])
    func containsTitleWord(_ range: Range<Int>) -> Bool {
        for k in range where Self.titleWords.match(t, at: k, limit: range.upperBound) > 0 { return true }
        return false
    }
}

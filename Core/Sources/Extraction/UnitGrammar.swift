/// One body (or group of bodies) named in the text.
struct UnitName: Sendable {
    /// The name itself, without honorifics ("Phòng Tài chính - Kế hoạch").
    var tokens: Range<Int>
    /// Where the mention starts, honorifics included ("Thủ trưởng các phòng...").
    var mentionStart: Int
    /// A display form when the name is not a plain copy of its tokens ("Phòng Kinh tế" from "Các phòng: ... Kinh tế").
    var displayOverride: String? = nil
    /// A group such as "các cơ quan, đơn vị, địa phương" rather than one named body.
    var isGeneric: Bool = false
}

/// Recognises names of Vietnamese public bodies at a token, by the grammar
/// head + field words + locality (see `UnitLexicon`). Every loop advances at
/// least one token and is bounded by `limit`.
struct UnitGrammar {
    let layout: TextLayout
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }

    private static let và = PhraseSet(["và", "&"])
    private static let của = Phrase("của")
    private static let comma = Phrase(",")

    func isPunct(_ k: Int, _ limit: Int, _ chars: String) -> Bool {
        k < limit && t[k].kind == .punct && chars.unicodeScalars.contains(s[t[k].start])
    }
    func isDash(_ k: Int, _ limit: Int) -> Bool { k < limit && t[k].kind == .punct && t[k].key == 0x2D }
    func capitalized(_ k: Int, _ limit: Int) -> Bool { k < limit && t[k].kind == .word && t[k].isCapitalized }

    /// A name at `i`, honorifics skipped; nil when none starts there.
    func name(at i: Int, limit: Int) -> UnitName? {
        guard i < limit, UnitLexicon.nameStarts.contains(t[i].key) else { return nil }
        var k = i
        var guardSteps = 0
        while guardSteps < 3, let n = Optional(UnitLexicon.honorifics.match(t, at: k, limit: limit)), n > 0 {
            // "Chủ tịch" in "Phó Chủ tịch" belongs to the role, handled below.
            k += n
            guardSteps += 1
        }
        let afterHonorific = k > i
        // "đồng chí Trần Văn Nam, Phó Chủ tịch UBND huyện": the person's name, then the role
        if afterHonorific, let skipped = personNameAndComma(at: k, limit: limit) { k = skipped }
        guard var core = core(at: k, limit: limit, afterHonorific: afterHonorific) else { return nil }
        core.mentionStart = i
        return core
    }

    /// Two to four capitalised words that are no body's name, then a comma.
    private func personNameAndComma(at k: Int, limit: Int) -> Int? {
        var j = k
        while j < limit, j - k < 4, capitalized(j, limit), !t[j].isAllCaps,
              UnitLexicon.namedHeads.match(t, at: j, limit: limit) == 0, UnitLexicon.localBodies.match(t, at: j, limit: limit) == 0,
              UnitLexicon.personRoles.match(t, at: j, limit: limit) == 0 { j += 1 }
        guard j - k >= 2, isPunct(j, limit, ",") else { return nil }
        return j + 1
    }

    private func core(at i: Int, limit: Int, afterHonorific: Bool) -> UnitName? {
        guard i < limit, t[i].kind == .word else { return nil }
        var k = i
        let pluralLength = UnitLexicon.plural.match(t, at: k, limit: limit)
        k += pluralLength
        guard k < limit else { return nil }

        // "các Phó Chủ tịch UBND thị xã"
        if let n = Optional(UnitLexicon.personRoles.match(t, at: k, limit: limit)), n > 0, t[k].isCapitalized {
            let bodyStart = k + n
            if let end = localBody(at: bodyStart, limit: limit) {
                return UnitName(tokens: i..<end, mentionStart: i)
            }
            return nil
        }
        if let end = localBody(at: k, limit: limit) { return UnitName(tokens: i..<end, mentionStart: i) }
        if let n = Optional(UnitLexicon.partyCommittees.match(t, at: k, limit: limit)), n > 0, t[k].isCapitalized {
            return UnitName(tokens: i..<(k + n), mentionStart: i)
        }
        if let n = Optional(UnitLexicon.investor.match(t, at: k, limit: limit)), n > 0 {
            return UnitName(tokens: i..<(k + n), mentionStart: i)
        }
        if let shared = sharedHeadList(at: i, limit: limit) { return shared }
        // "các cơ quan Trung ương, tỉnh": after "các" a lower-case noun starts a group, not a named body.
        let groupFirst = (pluralLength > 0 || afterHonorific) && !t[k].isCapitalized
        if !groupFirst, let end = namedBody(at: k, limit: limit) { return UnitName(tokens: i..<end, mentionStart: i) }
        if pluralLength > 0 || afterHonorific, let end = group(at: k, limit: limit) {
            return UnitName(tokens: i..<end, mentionStart: i, isGeneric: true)
        }
        return nil
    }

    /// "UBND thị xã", "Ủy ban nhân dân huyện Bình Sơn", "UBND các xã, phường", "HĐND&UBND".
    func localBody(at i: Int, limit: Int) -> Int? {
        let n = UnitLexicon.localBodies.match(t, at: i, limit: limit)
        guard n > 0, t[i].isCapitalized else { return nil }
        var e = i + n
        if let l = locality(at: e, limit: limit) { e = l }
        return e
    }

    /// "thị xã Đức Phổ", "huyện", "tỉnh Quảng Ngãi", "các xã, phường", "cấp xã", "Khu vực Đức Phổ - Ba Tơ".
    func locality(at i: Int, limit: Int) -> Int? {
        guard i < limit else { return nil }
        var k = i
        if UnitLexicon.plural.match(t, at: k, limit: limit) > 0 {
            // "các xã, phường", "các xã, thị trấn", "các huyện, thị xã, thành phố"
            var e = k + 1
            var got = false
            var steps = 0
            while e < limit, steps < 6 {
                steps += 1
                let n = UnitLexicon.localityKinds.match(t, at: e, limit: limit)
                guard n > 0 else { break }
                e += n
                got = true
                if isPunct(e, limit, ","), UnitLexicon.localityKinds.match(t, at: e + 1, limit: limit) > 0 { e += 1; continue }
                if UnitLexicon.listJoiners.match(t, at: e, limit: limit) == 1, t[e].kind == .word,
                   UnitLexicon.localityKinds.match(t, at: e + 1, limit: limit) > 0 { e += 1; continue }
                break
            }
            return got ? e : nil
        }
        let level = UnitLexicon.levelWords.match(t, at: k, limit: limit)
        if level > 0 { return k + level }
        var n = UnitLexicon.localityKinds.match(t, at: k, limit: limit)
        if n == 0 { n = UnitLexicon.area.match(t, at: k, limit: limit) }
        guard n > 0 else { return nil }
        k += n
        return placeName(at: k, limit: limit) ?? k
    }

    /// Capitalised words of a place, joined by hyphens: "Đức Phổ - Ba Tơ".
    func placeName(at i: Int, limit: Int) -> Int? {
        var k = i
        var steps = 0
        while k < limit, steps < 12 {
            steps += 1
            if capitalized(k, limit), UnitLexicon.localBodies.match(t, at: k, limit: limit) == 0,
               UnitLexicon.namedHeads.match(t, at: k, limit: limit) == 0 {
                k += 1
                continue
            }
            if k > i, isDash(k, limit), capitalized(k + 1, limit), UnitLexicon.namedHeads.match(t, at: k + 1, limit: limit) == 0 {
                k += 1
                continue
            }
            break
        }
        return k > i ? k : nil
    }

    /// "Phòng Tài chính - Kế hoạch", "Chi cục thuế Khu vực Đức Phổ - Ba Tơ",
    /// "Văn phòng HĐND và UBND thị xã", "các Ban Quản lý dự án của tỉnh".
    func namedBody(at i: Int, limit: Int) -> Int? {
        let n = UnitLexicon.namedHeads.match(t, at: i, limit: limit)
        // "TỔ CHỨC THỰC HIỆN" is a heading in capitals, not "Tổ" + field words.
        guard n > 0, !t[i].isAllCaps else { return nil }
        var e = i + n
        // A lower-case head counts only before a capitalised field word ("giao phòng Quản lý đô thị").
        if !t[i].isCapitalized {
            guard UnitLexicon.headsNeedingCapital.match(t, at: i, limit: limit) == 0 || capitalized(e, limit) else { return nil }
            if !capitalized(e, limit) && UnitLexicon.fieldWords.match(t, at: e, limit: limit) == 0 { return nil }
        }
        var fields = UnitLexicon.completeHeads.match(t, at: i, limit: limit) == n ? 1 : 0
        var allowance = 0      // lower-case syllables still allowed after a capitalised one
        var steps = 0
        var lastField = fields > 0 ? e : i
        while e < limit, steps < 40 {
            steps += 1
            // "Xã hội" in "Lao động - Thương binh và Xã hội" is a field; a locality inside a name is lower case.
            if !t[e].isCapitalized,
               let l = locality(at: e, limit: limit), !(fields == 0 && UnitLexicon.plural.match(t, at: e, limit: limit) > 0) {
                // "các xã, phường" is a locality only right after a local body; here it would be a list.
                if UnitLexicon.plural.match(t, at: e, limit: limit) > 0 { break }
                return l
            }
            let vocab = UnitLexicon.fieldWords.match(t, at: e, limit: limit)
            if vocab > 0 && !t[e].isCapitalized {
                e += vocab; fields += 1; allowance = 0; lastField = e
                continue
            }
            if capitalized(e, limit) {
                e += 1; fields += 1; allowance = 1; lastField = e
                continue
            }
            if allowance > 0, t[e].kind == .word, UnitLexicon.nameBreakers.match(t, at: e, limit: limit) == 0 {
                e += 1; allowance -= 1; lastField = e
                continue
            }
            if fields > 0, isDash(e, limit), capitalized(e + 1, limit), UnitLexicon.namedHeads.match(t, at: e + 1, limit: limit) == 0 {
                e += 1; allowance = 0
                continue
            }
            // "Báo và Phát thanh, Truyền hình": a head may be joined at once.
            if fields > 0 || e == i + n, UnitLexicon.listJoinersInName(t, e, limit), capitalized(e + 1, limit) {
                let nextIsHead = UnitLexicon.namedHeads.match(t, at: e + 1, limit: limit) > 0
                    || UnitLexicon.localBodies.match(t, at: e + 1, limit: limit) > 0
                // "Văn phòng HĐND và UBND thị xã" names one office of both bodies.
                let councilThenBody = endsWithCouncil(before: e)
                    && UnitLexicon.electedBodies.match(t, at: e + 1, limit: limit) > 0
                if !nextIsHead || councilThenBody {
                    e += 1; allowance = 0
                    continue
                }
            }
            // "Sở Văn hóa, Thể thao và Du lịch": a comma inside a name, closed by "và" + a capitalised word.
            if fields > 0, isPunct(e, limit, ","), commaInsideName(after: e, limit: limit) {
                e += 1; allowance = 0
                continue
            }
            // "... đầu tư xây dựng và phát triển quỹ đất": "và" before lower-case field words
            if fields > 0, t[e].kind == .word, Self.và.match(t, at: e, limit: limit) > 0, !t[e + 1 < limit ? e + 1 : e].isCapitalized,
               UnitLexicon.fieldWords.match(t, at: e + 1, limit: limit) > 0 {
                e += 1; allowance = 0
                continue
            }
            if fields > 0, Self.của.matches(t, at: e, limit: limit), UnitLexicon.localityKinds.match(t, at: e + 1, limit: limit) > 0 {
                let after = e + 1 + UnitLexicon.localityKinds.match(t, at: e + 1, limit: limit)
                if !capitalized(after, limit) { return after }
            }
            break
        }
        return fields > 0 ? lastField : nil
    }

    /// After a comma: capitalised field words up to "và" + a capitalised word, with no other
    /// comma, head or verb on the way ("Văn hóa, Thể thao và Du lịch").
    private func commaInsideName(after comma: Int, limit: Int) -> Bool {
        var k = comma + 1
        guard capitalized(k, limit), UnitLexicon.namedHeads.match(t, at: k, limit: limit) == 0,
              UnitLexicon.localBodies.match(t, at: k, limit: limit) == 0 else { return false }
        var steps = 0
        while k < limit, steps < 6 {
            steps += 1
            if t[k].kind == .word, Self.và.match(t, at: k, limit: limit) > 0 {
                return capitalized(k + 1, limit) && UnitLexicon.namedHeads.match(t, at: k + 1, limit: limit) == 0
                    && UnitLexicon.localBodies.match(t, at: k + 1, limit: limit) == 0
            }
            if t[k].kind == .punct, !isDash(k, limit) { return false }
            if t[k].kind == .word, !t[k].isCapitalized, UnitLexicon.nameBreakers.match(t, at: k, limit: limit) > 0 { return false }
            k += 1
        }
        return false
    }

    /// The tokens before `e` spell a council: "HĐND" or "Hội đồng nhân dân".
    private func endsWithCouncil(before e: Int) -> Bool {
        for length in [1, 4] where e - length >= 0 {
            if UnitLexicon.councils.match(t, at: e - length, limit: e) == length { return true }
        }
        return false
    }

    /// "các cơ quan, đơn vị, địa phương có liên quan", "các phòng, ban ngành, đơn vị thuộc UBND thị xã".
    func group(at i: Int, limit: Int) -> Int? {
        var e = i
        var nouns = 0
        var steps = 0
        while e < limit, steps < 30 {
            steps += 1
            // the first noun; later ones come after a comma or "và" (below), so a verb such as
            // "tổ chức" after the group is not taken for one more noun
            let c = UnitLexicon.collectives.match(t, at: e, limit: limit)
            if nouns == 0, c > 0 {
                e += c; nouns += 1
                continue
            }
            if nouns > 0 {
                let q = UnitLexicon.groupQualifiers.match(t, at: e, limit: limit)
                if q > 0 {
                    e += q
                    if let body = localBody(at: e, limit: limit) { e = body }
                    else if let l = locality(at: e, limit: limit) { e = l }
                    continue
                }
                if let l = locality(at: e, limit: limit), UnitLexicon.plural.match(t, at: e, limit: limit) == 0 { e = l; continue }
                // a comma or "và" joins the next noun of the same group
                if (isPunct(e, limit, ",") || (t[e].kind == .word && Self.và.match(t, at: e, limit: limit) > 0)),
                   UnitLexicon.collectives.match(t, at: e + 1, limit: limit) > 0, !capitalized(e + 1, limit) {
                    e += 1 + UnitLexicon.collectives.match(t, at: e + 1, limit: limit)
                    nouns += 1
                    continue
                }
            }
            break
        }
        return nouns > 0 ? e : nil
    }

    /// "Các phòng: Tài chính - Kế hoạch, Kinh tế, Quản lý đô thị" → one name per field,
    /// returned as the first; `sharedHeadNames` gives them all.
    func sharedHeadList(at i: Int, limit: Int) -> UnitName? {
        sharedHeadNames(at: i, limit: limit).first
    }

    func sharedHeadNames(at i: Int, limit: Int) -> [UnitName] {
        guard UnitLexicon.plural.match(t, at: i, limit: limit) > 0 else { return [] }
        let h = i + 1
        let n = UnitLexicon.sharedHeads.match(t, at: h, limit: limit)
        guard n > 0, !t[h].isCapitalized else { return [] }
        var e = h + n
        let colon = isPunct(e, limit, ":")
        if colon { e += 1 }
        guard capitalized(e, limit), UnitLexicon.namedHeads.match(t, at: e, limit: limit) == 0,
              UnitLexicon.localBodies.match(t, at: e, limit: limit) == 0 else { return [] }
        let headWord = layout.text(t[h].start..<t[h + n - 1].end)
        let head = String(headWord.prefix(1)).uppercased() + String(headWord.dropFirst())
        var names: [UnitName] = []
        var steps = 0
        while e < limit, steps < 20 {
            steps += 1
            // a field without head: reuse the named-body loop by pretending a head precedes
            guard let end = fieldRun(at: e, limit: limit), end > e else { break }
            let field = layout.flatText(t[e].start..<t[end - 1].end)
            names.append(UnitName(tokens: e..<end, mentionStart: names.isEmpty ? i : e, displayOverride: head + " " + field))
            e = end
            if isPunct(e, limit, ","), capitalized(e + 1, limit) { e += 1; continue }
            if t.indices.contains(e), e < limit, Self.và.match(t, at: e, limit: limit) > 0, capitalized(e + 1, limit),
               UnitLexicon.namedHeads.match(t, at: e + 1, limit: limit) == 0 { e += 1; continue }
            break
        }
        // Without the colon, one capitalised word after "các phòng" is more likely a group's qualifier.
        return names.count >= (colon ? 1 : 2) ? names : []
    }

    /// "UBND các xã Hải An, Triệu Lăng" names one committee per place: "UBND xã Hải An", "UBND xã Triệu Lăng".
    func bodiesOfNamedPlaces(at i: Int, limit: Int) -> [UnitName] {
        var k = i
        let h = UnitLexicon.honorifics.match(t, at: k, limit: limit)
        k += h
        let body = UnitLexicon.localBodies.match(t, at: k, limit: limit)
        guard body > 0, t[k].isCapitalized, UnitLexicon.plural.match(t, at: k + body, limit: limit) == 1 else { return [] }
        let kindStart = k + body + 1
        let kind = UnitLexicon.localityKinds.match(t, at: kindStart, limit: limit)
        guard kind > 0, capitalized(kindStart + kind, limit) else { return [] }
        let prefix = layout.text(t[k].start..<t[k + body - 1].end) + " " + layout.text(t[kindStart].start..<t[kindStart + kind - 1].end)
        var names: [UnitName] = []
        var e = kindStart + kind
        var steps = 0
        while e < limit, steps < 12, let end = placeName(at: e, limit: limit) {
            steps += 1
            let place = layout.flatText(t[e].start..<t[end - 1].end)
            names.append(UnitName(tokens: e..<end, mentionStart: names.isEmpty ? i : e, displayOverride: prefix + " " + place))
            e = end
            if isPunct(e, limit, ","), capitalized(e + 1, limit), UnitLexicon.localBodies.match(t, at: e + 1, limit: limit) == 0,
               UnitLexicon.namedHeads.match(t, at: e + 1, limit: limit) == 0 { e += 1; continue }
            if e < limit, t[e].kind == .word, Self.và.match(t, at: e, limit: limit) > 0, capitalized(e + 1, limit),
               UnitLexicon.localBodies.match(t, at: e + 1, limit: limit) == 0, UnitLexicon.namedHeads.match(t, at: e + 1, limit: limit) == 0 { e += 1; continue }
            break
        }
        return names
    }

    /// Field words without a head, as in a shared-head list.
    func fieldRun(at i: Int, limit: Int) -> Int? {
        var e = i, fields = 0, allowance = 0, steps = 0, last = i
        while e < limit, steps < 30 {
            steps += 1
            let vocab = UnitLexicon.fieldWords.match(t, at: e, limit: limit)
            if vocab > 0 && !t[e].isCapitalized { e += vocab; fields += 1; allowance = 0; last = e; continue }
            if capitalized(e, limit) { e += 1; fields += 1; allowance = 1; last = e; continue }
            if allowance > 0, t[e].kind == .word, UnitLexicon.nameBreakers.match(t, at: e, limit: limit) == 0 {
                e += 1; allowance -= 1; last = e; continue
            }
            if fields > 0, isDash(e, limit), capitalized(e + 1, limit) { e += 1; allowance = 0; continue }
            if fields > 0, t[e].kind == .word, Self.và.match(t, at: e, limit: limit) > 0, capitalized(e + 1, limit),
               UnitLexicon.namedHeads.match(t, at: e + 1, limit: limit) == 0 {
                e += 1; allowance = 0; continue
            }
            break
        }
        return fields > 0 ? last : nil
    }

    /// Every name in a list joined by commas, "và", "&" or ";": "Công an thị xã, Ban Chỉ huy Quân sự
    /// thị xã, Đoàn Biên phòng Sa Huỳnh". Returns the names and the token after the list.
    func list(at i: Int, limit: Int) -> (names: [UnitName], end: Int) {
        var names: [UnitName] = []
        var k = i
        var steps = 0
        while k < limit, steps < 30 {
            steps += 1
            var shared = sharedHeadNames(at: k, limit: limit)
            if shared.isEmpty { shared = bodiesOfNamedPlaces(at: k, limit: limit) }
            if !shared.isEmpty {
                names += shared
                k = shared.last!.tokens.upperBound
            } else if let n = name(at: k, limit: limit) {
                names.append(n)
                k = max(n.tokens.upperBound, k + 1)
            } else {
                break
            }
            // separators: ",", ";", "và", "&", ", và"
            var j = k
            var sep = 0
            while j < limit, sep < 2, UnitLexicon.listJoiners.match(t, at: j, limit: limit) == 1,
                  !Phrase("với").matches(t, at: j, limit: limit), !Phrase("cùng").matches(t, at: j, limit: limit) {
                j += 1; sep += 1
            }
            if sep > 0, j < limit, name(at: j, limit: limit) != nil || !sharedHeadNames(at: j, limit: limit).isEmpty {
                k = j
                continue
            }
            break
        }
        return (names, k)
    }
}

extension UnitLexicon {
    /// "và" or "&" inside a name: "Văn hóa và Thông tin", "HĐND&UBND".
    static func listJoinersInName(_ t: [Token], _ e: Int, _ limit: Int) -> Bool {
        guard e < limit else { return false }
        return andWords.match(t, at: e, limit: limit) > 0
    }
    static let andWords = PhraseSet(["và", "&"])
}

/// Who must act in a piece of text, by the grammar of assignment:
/// "Giao Phòng X ...", "Yêu cầu X, Y: ...", "Đề nghị X", a body as the subject
/// of the sentence ("Phòng X chủ trì, ..."); "phối hợp với Y" names the support.
struct Assignment: Sendable {
    var lead: [UnitName] = []
    var support: [UnitName] = []
    /// Every body named, for highlighting.
    var mentions: [UnitName] = []
    /// The lead was given by "Giao"/"Yêu cầu"/"Đề nghị" rather than read from a subject.
    var isExplicit = false
    /// The text says whom to coordinate with, even if only a group ("phối hợp với các cơ quan liên quan").
    var mentionsCoordination = false
}

struct AssignmentReader {
    let layout: TextLayout
    let grammar: UnitGrammar
    /// Folded keys of the issuer and of its bare self-reference ("UBND thị xã"): the
    /// issuer decides, it is never the one assigned.
    let issuerKeys: [[UInt64]]
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }

    init(layout: TextLayout, issuer: String?) {
        self.layout = layout
        self.grammar = UnitGrammar(layout: layout)
        var keys: [[UInt64]] = []
        if let issuer {
            let key = UnitDirectory.key(issuer)
            keys.append(key)
        }
        self.issuerKeys = keys
    }

    // "Chỉ đạo UBND cấp xã ..." is not here: whoever directs others keeps the task.
    static let assigningVerbs = PhraseSet(["giao", "yêu cầu", "đề nghị", "phân công", "ủy quyền", "uỷ quyền", "giao cho", "đồng ý giao"])
    static let coordination = PhraseSet(["phối hợp với", "phối hợp chặt chẽ với", "phối hợp tốt với", "phối hợp cùng", "phối hợp chặt chẽ cùng",
                                         "sự phối hợp với", "làm việc với", "phối hợp"])
    static let openingFillers = PhraseSet(["đồng thời", "ngoài ra", "bên cạnh đó", "trong đó", "riêng"])

    func key(_ name: UnitName) -> [UInt64] { UnitDirectory.key(displayName(name)) }

    func displayName(_ n: UnitName) -> String {
        n.displayOverride ?? layout.flatText(t[n.tokens.lowerBound].start..<t[n.tokens.upperBound - 1].end)
    }

    func isIssuer(_ n: UnitName) -> Bool {
        let k = key(n)
        guard !k.isEmpty, !n.isGeneric else { return false }
        for issuer in issuerKeys where issuer.starts(with: k) { return true }
        return false
    }

    /// Token positions where a clause starts: the beginning, after a full stop, a colon,
    /// a question or exclamation mark (not inside a parenthesis).
    func clauseStarts(_ range: Range<Int>) -> [Int] {
        var out = [range.lowerBound]
        var depth = 0
        for k in range {
            guard t[k].kind == .punct else { continue }
            let c = s[t[k].start]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            guard depth == 0, k + 1 < range.upperBound else { continue }
            if c == ":" || c == "!" || c == "?" { out.append(k + 1) }
            if c == ".", t[k + 1].isCapitalized || t[k + 1].kind == .punct { out.append(k + 1) }
        }
        return out
    }

    func read(_ range: Range<Int>) -> Assignment {
        var a = Assignment()
        guard !range.isEmpty else { return a }
        // 1. actors at clause starts, first clause that names someone (other than the issuer)
        for start in clauseStarts(range) {
            var k = start
            var fillerSteps = 0
            while fillerSteps < 2, k < range.upperBound {
                let f = Self.openingFillers.match(t, at: k, limit: range.upperBound)
                guard f > 0 else { break }
                k += f
                if k < range.upperBound, t[k].kind == .punct, s[t[k].start] == "," { k += 1 }
                fillerSteps += 1
            }
            var explicit = false
            let v = Self.assigningVerbs.match(t, at: k, limit: range.upperBound)
            if v > 0 { k += v; explicit = true }
            let list = grammar.list(at: k, limit: range.upperBound)
            let actors = list.names.filter { !isIssuer($0) }
            if !actors.isEmpty, isActing(after: skipAside(list.end, limit: range.upperBound), limit: range.upperBound, explicit: explicit) {
                a.lead = actors
                a.isExplicit = explicit
                break
            }
        }
        // 2. "... giao Phòng X thực hiện" inside a sentence
        if a.lead.isEmpty {
            var k = range.lowerBound
            while k < range.upperBound {
                let v = Self.assigningVerbs.match(t, at: k, limit: range.upperBound)
                if v > 0, !t[k].isCapitalized || k == range.lowerBound {
                    let list = grammar.list(at: k + v, limit: range.upperBound)
                    let actors = list.names.filter { !isIssuer($0) && !$0.isGeneric }
                    if !actors.isEmpty { a.lead = actors; a.isExplicit = true; break }
                    k += v
                    continue
                }
                k += 1
            }
        }
        // 3. support: "phối hợp với Y"
        var k = range.lowerBound
        var leadKeys = Set(a.lead.map(key))
        while k < range.upperBound {
            let c = Self.coordination.match(t, at: k, limit: range.upperBound)
            guard c > 0 else { k += 1; continue }
            let list = grammar.list(at: k + c, limit: range.upperBound)
            if !list.names.isEmpty { a.mentionsCoordination = true }
            for n in list.names where !n.isGeneric && !isIssuer(n) {
                let nk = key(n)
                if !leadKeys.contains(nk) { a.support.append(n); leadKeys.insert(nk) }
            }
            k = max(list.end, k + c)
        }
        // 4. every name, for highlighting
        k = range.lowerBound
        while k < range.upperBound {
            if t[k].kind == .word, let n = grammar.name(at: k, limit: range.upperBound) {
                a.mentions.append(n)
                k = max(n.tokens.upperBound, k + 1)
            } else {
                k += 1
            }
        }
        return a
    }

    // "Hạt Kiểm lâm huyện đã tham mưu ...": a past action is a result, not an assignment.
    /// "Sở Nông nghiệp và Môi trường (cơ quan thường trực ...) chủ trì": an aside after the name.
    func skipAside(_ k: Int, limit: Int) -> Int {
        guard k < limit, t[k].kind == .punct, s[t[k].start] == "(" else { return k }
        var j = k + 1
        while j < limit, j - k < 40 {
            if t[j].kind == .punct, s[t[j].start] == ")" { return j + 1 }
            j += 1
        }
        return k
    }

    static let nonActing = PhraseSet(["của", "cho", "tại", "với", "về", "thuộc", "đối với", "(", "đã"])

    /// A list at a clause start is the subject unless a preposition shows it is a
    /// complement ("UBND thị xã của ..." is rare; "Phòng họp số 1 ..." is no unit anyway).
    func isActing(after end: Int, limit: Int, explicit: Bool) -> Bool {
        if explicit { return true }
        guard end < limit else { return true }
        return Self.nonActing.match(t, at: end, limit: limit) == 0
    }
}

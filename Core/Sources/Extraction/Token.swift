/// A word, number or punctuation mark of the document, located by Unicode
/// scalar offsets. Words are compared through `key`, a hash of their folded
/// form, so a phrase test is a few integer comparisons (no strings on the hot path).
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    var start: Int
    var end: Int
    var key: UInt64
    var kind: Kind
    /// First letter upper case ("Phòng"), or a digit-free acronym ("UBND").
    var isCapitalized: Bool
    /// Every letter upper case and at least two of them ("UBND", "THÔNG").
    var isAllCaps: Bool
    /// White space (or the start of the text) right before the token.
    var spaceBefore: Bool
    /// A line break between the previous token and this one.
    var lineBreakBefore: Bool

    var isWord: Bool { kind == .word }
    var length: Int { end - start }
}

enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Splits text into tokens: runs of letters and digits are words (all digits: numbers),
    /// every other non-space scalar is a punctuation token of its own.
    static func tokenize(_ s: [Unicode.Scalar], from lo: Int = 0, to hi: Int? = nil) -> [Token] {
        let end = hi ?? s.count
        var out: [Token] = []
        out.reserveCapacity((end - lo) / 4)
        var i = lo
        var space = true, newline = false
        // the fold table, fetched once: this loop runs for every scalar of the document
        let table = LetterFold.table
        @inline(__always) func entry(_ x: Unicode.Scalar) -> LetterFold.Entry? {
            let v = Int(x.value)
            return v < LetterFold.tableSize ? table[v] : nil
        }
        while i < end {
            let c = s[i]
            if LetterFold.isSpace(c) {
                space = true
                if LetterFold.isNewline(c) { newline = true }
                i += 1
                continue
            }
            let isLetter = entry(c)?.isLetter ?? c.properties.isAlphabetic
            if isLetter || LetterFold.isDigit(c) {
                var h = fnvOffset
                var tone: UInt8 = 0
                var letters = 0, uppers = 0, digits = 0
                let first = c
                let start = i
                while i < end {
                    let x = s[i]
                    if LetterFold.isDigit(x) {
                        digits += 1
                        h = (h ^ UInt64(x.value)) &* fnvPrime
                    } else if let e = entry(x), e.isLetter {
                        letters += 1
                        if e.isUpper { uppers += 1 }
                        if e.tone > tone { tone = e.tone }
                        h = (h ^ UInt64(e.base)) &* fnvPrime
                    } else if entry(x) == nil && x.properties.isAlphabetic {
                        letters += 1
                        h = (h ^ UInt64(x.value)) &* fnvPrime
                    } else {
                        break
                    }
                    i += 1
                }
                h = (h ^ (UInt64(tone) &+ 0x9E37)) &* fnvPrime
                let kind: Token.Kind = letters == 0 ? .number : .word
                out.append(Token(start: start, end: i, key: h, kind: kind,
                                 isCapitalized: letters > 0 && (entry(first)?.isUpper ?? first.properties.isUppercase),
                                 isAllCaps: letters >= 2 && uppers == letters,
                                 spaceBefore: space, lineBreakBefore: newline))
            } else {
                out.append(Token(start: i, end: i + 1, key: punctKey(c), kind: .punct,
                                 isCapitalized: false, isAllCaps: false, spaceBefore: space, lineBreakBefore: newline))
                i += 1
            }
            space = false
            newline = false
        }
        return out
    }

    /// Punctuation keys live apart from word hashes; all dashes share one key.
    static func punctKey(_ c: Unicode.Scalar) -> UInt64 {
        if LetterFold.isDash(c) { return 0x2D }
        switch c.value {
        case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return 0x22   // curly and angle quotes → "
        case 0x2018, 0x2019: return 0x27
        case 0xFF1A: return 0x3A
        default: return UInt64(c.value)
        }
    }

    /// The key of a single word written in the source code, e.g. key("phòng").
    static func key(_ word: String) -> UInt64 {
        let scalars = Array(word.unicodeScalars)
        let t = tokenize(scalars)
        precondition(t.count == 1, "not one token: \(word)")
        return t[0].key
    }
}

/// A phrase of the genre ("chủ trì", "phối hợp với", "V/v"), matched token by token.
struct Phrase: Sendable, ExpressibleByStringLiteral {
    let keys: [UInt64]

    init(_ text: String) {
        keys = Tokenizer.tokenize(Array(text.unicodeScalars)).map(\.key)
    }

    init(stringLiteral value: String) { self.init(value) }

    var count: Int { keys.count }

    @inline(__always) func matches(_ tokens: [Token], at i: Int, limit: Int? = nil) -> Bool {
        let end = limit ?? tokens.count
        guard i >= 0, i + keys.count <= end else { return false }
        for k in 0..<keys.count where tokens[i + k].key != keys[k] { return false }
        return true
    }
}

/// An open-addressing table from word keys to small integers. Word keys are
/// already hashes, so a lookup is a mask and a short probe: much cheaper than
/// `Dictionary`, which re-hashes every key (this is the extractor's hot path).
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    init(_ pairs: [(UInt64, Int)]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        for (key, value) in pairs {
            var slot = Int(truncatingIfNeeded: key) & mask
            while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = Int32(value)
        }
    }

    @inline(__always) func value(_ key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] >= 0 {
            if keys[slot] == key { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { value(key) != nil }
}

/// A set of phrases; `match` returns the longest one starting at a token.
struct PhraseSet: Sendable {
    /// Phrases grouped by their first word, longest first.
    private let groups: [[Phrase]]
    private let table: KeyTable
    let firstKeys: [UInt64]

    init(_ phrases: [String]) {
        var byFirst: [UInt64: [Phrase]] = [:]
        for p in phrases.map({ Phrase($0) }) where p.count > 0 {
            byFirst[p.keys[0], default: []].append(p)
        }
        let keys = Array(byFirst.keys)
        groups = keys.map { byFirst[$0]!.sorted { $0.count > $1.count } }
        table = KeyTable(keys.enumerated().map { ($0.element, $0.offset) })
        firstKeys = keys
    }

    /// Length in tokens of the longest phrase at `i`, or 0.
    @inline(__always) func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> Int {
        guard i >= 0, i < (limit ?? tokens.count), let g = table.value(tokens[i].key) else { return 0 }
        for p in groups[g] where p.matches(tokens, at: i, limit: limit) { return p.count }
        return 0
    }

    func contains(_ tokens: [Token], at i: Int, limit: Int? = nil) -> Bool { match(tokens, at: i, limit: limit) > 0 }
}

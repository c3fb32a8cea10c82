import Foundation

/// Tells whether a word is a well-formed Vietnamese syllable: an onset,
/// a vowel cluster Vietnamese uses, a final consonant, and at most one tone.
/// Text decoded with the wrong legacy table fails this for most words
/// ("Céng" decoded as VNI is "Ce\u{0301}ng"; "hoµ" keeps a micro sign).
enum VietnameseSyllable {
    static func isValid(_ word: some Collection<Unicode.Scalar>) -> Bool {
        var letters = [Character]()
        var tones = 0
        for scalar in word {
            guard let info = letter(scalar) else { return false }
            letters.append(info.toneless)
            tones += info.tones
        }
        guard tones <= 1, !letters.isEmpty else { return false }
        for onset in onsets where letters.starts(with: onset) {
            let rest = letters.dropFirst(onset.count)
            for coda in codas where rest.count > coda.count && rest.suffix(coda.count).elementsEqual(coda) {
                if nuclei.contains(String(rest.dropLast(coda.count))) { return true }
            }
        }
        return false
    }

    private struct Letter {
        var toneless: Character
        var tones: Int
    }

    private static func letter(_ scalar: Unicode.Scalar) -> Letter? {
        let v = scalar.value
        if (0x61...0x7A).contains(v) { return Letter(toneless: Character(scalar), tones: 0) }
        if (0x41...0x5A).contains(v) { return Letter(toneless: Character(Unicode.Scalar(v + 0x20)!), tones: 0) }
        return letters[v]
    }

    /// Every Latin letter with Vietnamese diacritics, lower-cased, as its
    /// letter without tone ("ộ" → "ô") and the number of tone marks.
    private static let letters: [UInt32: Letter] = {
        var table = [UInt32: Letter]()
        let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
        let modifiers: [UInt32: Set<UInt32>] = [0x302: [0x61, 0x65, 0x6F], 0x306: [0x61], 0x31B: [0x6F, 0x75]]
        for v in Array(UInt32(0xC0)...0x1B0) + Array(UInt32(0x1EA0)...0x1EF9) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if v == 0x110 || v == 0x111 { table[v] = Letter(toneless: "đ", tones: 0); continue }
            let lower = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = lower.first, (0x61...0x7A).contains(base.value) else { continue }
            var kept = String.UnicodeScalarView([base])
            var toneCount = 0
            var valid = true
            for mark in lower.dropFirst() {
                if tones.contains(mark.value) { toneCount += 1 }
                else if modifiers[mark.value]?.contains(base.value) == true { kept.append(mark) }
                else { valid = false }
            }
            guard valid, let toneless = String(kept).precomposedStringWithCanonicalMapping.first else { continue }
            table[v] = Letter(toneless: toneless, tones: toneCount)
        }
        return table
    }()

    private static let onsets: [[Character]] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ].map { Array($0) }

    private static let codas: [[Character]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""].map { Array($0) }

    private static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo",
        "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "ya", "yê",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
    ]
}

/// Folds a Vietnamese letter to its lower-case base letter and tone, so that
/// matching ignores case and where the tone mark sits ("hoá" = "hóa",
/// "uỷ" = "ủy") while "tổ" and "tố" stay different words.
///
/// Tones: 0 none (ngang), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.
enum LetterFold {
    struct Entry {
        var base: UInt32     // lower-case letter without tone mark (keeps ă â ê ô ơ ư đ)
        var tone: UInt8
        var isUpper: Bool
        var isLetter: Bool
    }

    /// Covers U+0000..U+1EFF, where every Vietnamese letter lives.
    static let tableSize = 0x1F00
    static let table: [Entry] = {
        var t = [Entry](repeating: Entry(base: 0, tone: 0, isUpper: false, isLetter: false), count: tableSize)
        for v in 0..<tableSize { t[v].base = UInt32(v) }
        for v in UInt32(0x61)...0x7A { t[Int(v)] = Entry(base: v, tone: 0, isUpper: false, isLetter: true) }
        for v in UInt32(0x41)...0x5A { t[Int(v)] = Entry(base: v + 0x20, tone: 0, isUpper: true, isLetter: true) }
        // Each row: the base vowel followed by its five toned forms, lower then upper case.
        let rows: [(String, String)] = [
            ("aàáảãạ", "AÀÁẢÃẠ"), ("ăằắẳẵặ", "ĂẰẮẲẴẶ"), ("âầấẩẫậ", "ÂẦẤẨẪẬ"),
            ("eèéẻẽẹ", "EÈÉẺẼẸ"), ("êềếểễệ", "ÊỀẾỂỄỆ"), ("iìíỉĩị", "IÌÍỈĨỊ"),
            ("oòóỏõọ", "OÒÓỎÕỌ"), ("ôồốổỗộ", "ÔỒỐỔỖỘ"), ("ơờớởỡợ", "ƠỜỚỞỠỢ"),
            ("uùúủũụ", "UÙÚỦŨỤ"), ("ưừứửữự", "ƯỪỨỬỮỰ"), ("yỳýỷỹỵ", "YỲÝỶỸỴ"),
        ]
        for (lower, upper) in rows {
            let ls = Array(lower.unicodeScalars), us = Array(upper.unicodeScalars)
            let base = ls[0].value
            for i in 0..<6 {
                t[Int(ls[i].value)] = Entry(base: base, tone: UInt8(i), isUpper: false, isLetter: true)
                t[Int(us[i].value)] = Entry(base: base, tone: UInt8(i), isUpper: true, isLetter: true)
            }
        }
        let d: UInt32 = 0x111  // đ
        t[0x111] = Entry(base: d, tone: 0, isUpper: false, isLetter: true)
        t[0x110] = Entry(base: d, tone: 0, isUpper: true, isLetter: true)   // Đ
        t[0xD0] = Entry(base: d, tone: 0, isUpper: true, isLetter: true)    // Ð (eth), an OCR stand-in for Đ
        t[0xF0] = Entry(base: d, tone: 0, isUpper: false, isLetter: true)   // ð
        // Other Latin letters (French names, ç, ñ...): letters, folded to themselves.
        for v in 0xC0..<0x250 where !t[v].isLetter {
            guard let s = Unicode.Scalar(UInt32(v)), s.properties.isAlphabetic else { continue }
            let lower = s.properties.lowercaseMapping.unicodeScalars
            let isUpper = s.properties.isUppercase
            t[v] = Entry(base: lower.count == 1 ? lower.first!.value : UInt32(v), tone: 0, isUpper: isUpper, isLetter: true)
        }
        return t
    }()

    @inline(__always) static func entry(_ s: Unicode.Scalar) -> Entry? {
        let v = Int(s.value)
        return v < tableSize ? table[v] : nil
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if let e = entry(s) { return e.isLetter }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if let e = entry(s) { return e.isUpper }
        return s.properties.isUppercase
    }

    /// White space of any kind, including no-break and zero-width spaces met in converted files.
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always) static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x0A || s.value == 0x0D || s.value == 0x2028 || s.value == 0x2029
    }

    /// Dashes used as hyphens in names and as list bullets: -, – (en), — (em), − (minus).
    @inline(__always) static func isDash(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2D || s.value == 0x2013 || s.value == 0x2014 || s.value == 0x2212 || s.value == 0x2010 || s.value == 0x2011
    }

    /// Lower-cases a letter, keeping its tone mark.
    static func lowercased(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard let e = entry(s), e.isUpper else { return s }
        if e.tone == 0 { return Unicode.Scalar(e.base) ?? s }
        let v = s.value
        if v >= 0x1EA0 && v <= 0x1EF9 { return Unicode.Scalar(v + 1) ?? s }   // Latin Extended Additional pairs
        return Unicode.Scalar(s.properties.lowercaseMapping.unicodeScalars.first!.value) ?? s
    }

    static func uppercased(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard isLetter(s), !isUpper(s) else { return s }
        let up = s.properties.uppercaseMapping.unicodeScalars
        return up.count == 1 ? up.first! : s
    }
}

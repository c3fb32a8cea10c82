import Foundation

/// Byte → Unicode tables of the legacy Vietnamese encodings, written from
/// the published code charts. Each table starts from Windows-1252 (what the
/// font's unused positions show) and overrides the Vietnamese positions.
enum LegacyTables {
    /// Windows-1252's 0x80–0x9F block; other bytes are Latin-1.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: Int) -> UInt32 {
        (0x80...0x9F).contains(byte) ? windows1252High[byte - 0x80] : UInt32(byte)
    }

    /// The byte a Windows-1252 character stands for (how Word stores text
    /// typed in a legacy font), or nil when it is not one of the 256.
    static func windows1252Byte(of scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 || (0xA0...0xFF).contains(v) { return UInt8(v) }
        if (0xF000...0xF0FF).contains(v) { return UInt8(v - 0xF000) }   // symbol-font private-use copy
        if let index = windows1252High.firstIndex(of: v) { return UInt8(0x80 + index) }
        return nil
    }

    /// Each byte's decoding as UTF-8, all 256 laid end to end: byte b's
    /// UTF-8 is `bytes[ends[b - 1]..<ends[b]]` (from 0 for byte 0).
    struct UTF8Table: Sendable {
        var bytes: [UInt8] = []
        var ends: [UInt16] = []

        init(_ table: [[Unicode.Scalar]]) {
            for scalars in table {
                bytes += Array(String(String.UnicodeScalarView(scalars)).utf8)
                ends.append(UInt16(bytes.count))
            }
        }
    }

    static func utf8(of encoding: LegacyEncoding) -> UTF8Table {
        switch encoding {
        case .tcvn3: return tcvn3UTF8
        case .vni: return vniUTF8
        case .windows1258: return windows1258UTF8
        }
    }

    private static let tcvn3UTF8 = UTF8Table(tcvn3)
    private static let vniUTF8 = UTF8Table(vni)
    private static let windows1258UTF8 = UTF8Table(windows1258)

    /// The shortest byte sequence for each character an encoding can write,
    /// found by decoding every one- and two-byte sequence.
    static func encoder(for encoding: LegacyEncoding) -> [Character: [UInt8]] {
        var codes = [Character: [UInt8]]()
        for first in UInt8.min...UInt8.max {
            let single = encoding.decode([first]).precomposedStringWithCanonicalMapping
            if single.count == 1, codes[single.first!] == nil { codes[single.first!] = [first] }
        }
        for first in UInt8.min...UInt8.max where first >= 0x41 {
            for second in UInt8(0x80)...UInt8.max {
                let pair = encoding.decode([first, second]).precomposedStringWithCanonicalMapping
                if pair.count == 1, codes[pair.first!] == nil { codes[pair.first!] = [first, second] }
            }
        }
        return codes
    }

    private static func table(_ overrides: [UInt8: String]) -> [[Unicode.Scalar]] {
        (0...255).map { byte in
            if let text = overrides[UInt8(byte)] { return Array(text.unicodeScalars) }
            return [Unicode.Scalar(windows1252(byte))!]
        }
    }

    /// TCVN 5712:1993 VN3: lower-case letters with their tones are single
    /// bytes; capitals exist only without tone (the "H" fonts such as
    /// ".VnTimeH" draw the lower-case positions as capitals instead).
    static let tcvn3: [[Unicode.Scalar]] = table([
        0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
        0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
        0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
        0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
        0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
        0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
        0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
        0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
        0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
        0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
        0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
        0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
        0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
        0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    ])

    /// VNI-Windows: a vowel is typed as its base letter followed by a byte
    /// that draws the diacritics ("Vieät" = Việt); i, y with dot, ơ, ư and đ
    /// have bytes of their own. Diacritic bytes decode to combining marks.
    static let vni: [[Unicode.Scalar]] = {
        let acute = "\u{0301}", grave = "\u{0300}", hook = "\u{0309}", tilde = "\u{0303}", dot = "\u{0323}"
        let circumflex = "\u{0302}", breve = "\u{0306}"
        return table([
            // lower case
            0xF9: acute, 0xF8: grave, 0xFB: hook, 0xF5: tilde, 0xEF: dot,
            0xE2: circumflex, 0xE1: circumflex + acute, 0xE0: circumflex + grave, 0xE5: circumflex + hook,
            0xE3: circumflex + tilde, 0xE4: circumflex + dot,
            0xEA: breve, 0xE9: breve + acute, 0xE8: breve + grave, 0xFA: breve + hook,
            0xFC: breve + tilde, 0xEB: breve + dot,
            0xED: "í", 0xEC: "ì", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị",
            0xF4: "ơ", 0xF6: "ư", 0xEE: "ỵ", 0xF1: "đ",
            // upper case
            0xD9: acute, 0xD8: grave, 0xDB: hook, 0xD5: tilde, 0xCF: dot,
            0xC2: circumflex, 0xC1: circumflex + acute, 0xC0: circumflex + grave, 0xC5: circumflex + hook,
            0xC3: circumflex + tilde, 0xC4: circumflex + dot,
            0xCA: breve, 0xC9: breve + acute, 0xC8: breve + grave, 0xDA: breve + hook,
            0xDC: breve + tilde, 0xCB: breve + dot,
            0xCD: "Í", 0xCC: "Ì", 0xC6: "Ỉ", 0xD3: "Ĩ", 0xD2: "Ị",
            0xD4: "Ơ", 0xD6: "Ư", 0xCE: "Ỵ", 0xD1: "Đ",
        ])
    }()

    /// Windows code page 1258: Windows-1252 with the Vietnamese letters
    /// ă, đ, ơ, ư, the đồng sign and the five tone marks as combining characters.
    static let windows1258: [[Unicode.Scalar]] = table([
        0x8A: "\u{8A}", 0x8E: "\u{8E}", 0x9A: "\u{9A}", 0x9E: "\u{9E}",
        0xC3: "Ă", 0xCC: "\u{0300}", 0xD0: "Đ", 0xD2: "\u{0309}", 0xD5: "Ơ", 0xDD: "Ư", 0xDE: "\u{0303}",
        0xE3: "ă", 0xEC: "\u{0301}", 0xF0: "đ", 0xF2: "\u{0323}", 0xF5: "ơ", 0xFD: "ư", 0xFE: "₫",
    ])
}

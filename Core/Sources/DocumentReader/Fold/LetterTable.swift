import Foundation

/// The base letter of every Latin letter with diacritics that Vietnamese
/// text uses (and the rest of Latin-1 and Latin Extended, which cost nothing
/// more), lower-cased, in flat arrays for a branch-free lookup.
enum LetterTable {
    /// 0 marks a combining diacritic, which folds to nothing.
    static func base(of v: UInt32) -> UInt32? {
        switch v {
        case 0x00C0...0x024F: return nonZero(latin[Int(v - 0x00C0)])
        case 0x0300...0x036F: return 0
        case 0x1E00...0x1EFF: return nonZero(extended[Int(v - 0x1E00)])
        case 0x2010...0x2015, 0x2212: return 0x2D          // hyphens, en/em dashes, minus sign
        case 0x2018, 0x2019, 0x201A, 0x201B: return 0x27    // curly single quotes
        case 0x201C, 0x201D, 0x201E, 0x201F: return 0x22    // curly double quotes
        default: return nil
        }
    }

    /// In the tables, 0 means "no base letter of its own": fold as other scalars.
    private static func nonZero(_ folded: UInt32) -> UInt32? { folded == 0 ? nil : folded }

    private static let latin: [UInt32] = table(0x00C0...0x024F)
    private static let extended: [UInt32] = table(0x1E00...0x1EFF)

    /// Built once from Unicode's canonical decompositions: the first scalar
    /// of a letter's decomposition is its base letter ("ệ" → "e" + marks).
    private static func table(_ range: ClosedRange<UInt32>) -> [UInt32] {
        range.map { v in
            switch v {
            // Letters with a stroke have no decomposition; Vietnamese
            // documents also type "Đ" as the look-alike Icelandic eth "Ð".
            case 0x0110, 0x0111, 0x00D0, 0x00F0, 0x0189: return 0x64
            default: break
            }
            guard let scalar = Unicode.Scalar(v) else { return 0 }
            let base = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            let lower = base.properties.lowercaseMapping.unicodeScalars.first ?? base
            return lower.value == v ? 0 : lower.value
        }
    }
}

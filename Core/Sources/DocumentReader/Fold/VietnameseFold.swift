import Foundation

/// Folds Vietnamese text to a form for matching and search: lower case, no
/// diacritics ("đ" → "d" too), "Ð" (U+00D0, a common look-alike of "Đ") as
/// "d", dashes as "-", curly quotes as straight ones, and each run of white
/// space as one space, trimmed at both ends.
///
/// Because tone marks go, the old and new tone placements ("hoá"/"hóa",
/// "uỷ"/"ủy") fold to the same word, and a user typing without diacritics
/// ("thanh tra thi xa", "dat dai") finds "Thanh tra thị xã", "đất đai".
/// The normalised document text keeps its own spelling; only comparisons fold.
public enum VietnameseFold {
    public static func fold(_ text: String) -> String {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        scan(text) { scalar, _ in append(scalar, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The folded text, with each folded scalar's offset in `text`.
    public static func foldWithOffsets(_ text: String) -> FoldedText {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        var offsets = [Int]()
        offsets.reserveCapacity(text.utf8.count)
        scan(text) { scalar, original in
            append(scalar, to: &output)
            offsets.append(original)
        }
        offsets.append(text.unicodeScalars.count)
        return FoldedText(text: String(decoding: output, as: UTF8.self), originalOffsets: offsets)
    }

    /// The folded form of one letter, or nil when it folds to nothing (a
    /// combining diacritic).
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar }
        if let base = LetterTable.base(of: v) { return base == 0 ? nil : Unicode.Scalar(base) }
        return scalar.properties.lowercaseMapping.unicodeScalars.first
    }

    /// Walks `text`, reporting each folded scalar with the offset of the
    /// original scalar it comes from. White space runs come out as one space.
    private static func scan(_ text: String, _ emit: (UInt32, Int) -> Void) {
        var offset = 0
        var pendingSpace = -1          // offset of a white-space run not yet emitted
        var emittedAny = false
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            let v = scalar.value
            var folded: UInt32
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    if pendingSpace < 0 { pendingSpace = offset }
                    continue
                }
                folded = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
            } else if let base = LetterTable.base(of: v) {
                if base == 0 { continue }                   // a combining diacritic
                folded = base
            } else if scalar.properties.isWhitespace {
                if pendingSpace < 0 { pendingSpace = offset }
                continue
            } else {
                folded = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
            }
            if pendingSpace >= 0 {
                if emittedAny { emit(0x20, pendingSpace) }
                pendingSpace = -1
            }
            emit(folded, offset)
            emittedAny = true
        }
    }

    private static func append(_ v: UInt32, to output: inout [UInt8]) {
        if v < 0x80 {
            output.append(UInt8(v))
        } else if let scalar = Unicode.Scalar(v) {
            output.append(contentsOf: String(Character(scalar)).utf8)
        }
    }
}

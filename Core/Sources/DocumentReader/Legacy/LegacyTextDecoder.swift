import Foundation

/// Decodes a text file that is not Unicode by trying each legacy encoding
/// and keeping the one whose result reads most like Vietnamese: the share
/// of its words (those with letters beyond ASCII) that are valid syllables.
enum LegacyTextDecoder {
    struct Result {
        var text: String
        var encoding: LegacyEncoding
        var warning: String
    }

    static func decode(_ bytes: [UInt8]) throws(ReadError) -> Result {
        // Score on a sample: the choice does not need the whole file.
        let sample = Array(bytes.prefix(64 * 1024))
        var best: (encoding: LegacyEncoding, score: Double, words: Int)?
        for encoding in LegacyEncoding.allCases {
            let (score, words) = vietnameseScore(encoding.decode(sample))
            if best == nil || score > best!.score { best = (encoding, score, words) }
        }
        guard let best, best.words == 0 || best.score >= 0.5 else { throw .undecodableText }
        let warning = "Tệp không dùng bảng mã Unicode; đã nhận là bảng mã \(best.encoding.displayName) và chuyển sang Unicode. Hãy kiểm tra lại nội dung."
        return Result(text: best.encoding.decode(bytes), encoding: best.encoding, warning: warning)
    }

    /// The share of non-ASCII words that are Vietnamese syllables, and how many such words there are.
    static func vietnameseScore(_ text: String) -> (score: Double, words: Int) {
        let composed = text.precomposedStringWithCanonicalMapping
        var valid = 0, total = 0
        for word in composed.unicodeScalars.split(whereSeparator: isSeparator) {
            guard word.contains(where: { !$0.isASCII }) else { continue }
            total += 1
            if VietnameseSyllable.isValid(word) { valid += 1 }
        }
        return (total == 0 ? 0 : Double(valid) / Double(total), total)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return !(scalar.properties.isAlphabetic) }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .otherPunctuation
            || scalar.properties.generalCategory == .dashPunctuation
    }
}

import Foundation

/// Decodes a text file that is not Unicode by trying each legacy encoding
/// and keeping the one whose result reads most like Vietnamese: the share
/// of its words (those with letters beyond ASCII) that are valid syllables.
enum LegacyTextDecoder {
    struct Result {
        /// The decoded text as UTF-8, ready for the normaliser.
        var utf8: [UInt8]
        var encoding: LegacyEncoding
        var warning: String
    }

    static func decode(_ bytes: [UInt8]) throws(ReadError) -> Result {
        // Score on a sample: the choice does not need the whole file.
        let sample = Array(bytes.prefix(64 * 1024))
        guard !looksBinary(sample) else { throw .undecodableText }
        var best: (encoding: LegacyEncoding, score: Score)?
        for encoding in LegacyEncoding.allCases {
            let score = Score(encoding.decode(sample))
            if best == nil || score.validShare > best!.score.validShare { best = (encoding, score) }
        }
        guard var best else { throw .undecodableText }
        // No table yields a Vietnamese word: Western text with a few accents
        // reads right in Windows-1258, which is Windows-1252 there.
        if best.score.validNonASCIIWords == 0 { best.encoding = .windows1258 }
        // Mostly non-ASCII words and few of them Vietnamese in any table:
        // some other language or encoding, not something to guess at.
        if best.score.validShare < 0.5 && best.score.nonASCIIWords * 5 > best.score.allWords {
            throw .undecodableText
        }
        let warning = "Tệp không dùng bảng mã Unicode; đã nhận là bảng mã \(best.encoding.displayName) và chuyển sang Unicode. Hãy kiểm tra lại nội dung."
        return Result(utf8: best.encoding.decodeToUTF8(bytes), encoding: best.encoding, warning: warning)
    }

    /// How Vietnamese a decoded text reads.
    struct Score {
        var allWords = 0
        var nonASCIIWords = 0
        var validNonASCIIWords = 0

        /// The share of words with non-ASCII letters that are Vietnamese syllables.
        var validShare: Double { nonASCIIWords == 0 ? 0 : Double(validNonASCIIWords) / Double(nonASCIIWords) }

        init(_ text: String) {
            let composed = text.precomposedStringWithCanonicalMapping
            for word in composed.unicodeScalars.split(whereSeparator: Self.isSeparator) {
                allWords += 1
                guard word.contains(where: { !$0.isASCII }) else { continue }
                nonASCIIWords += 1
                if VietnameseSyllable.isValid(word) { validNonASCIIWords += 1 }
            }
        }

        private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let v = scalar.value | 0x20                 // ASCII letters: a-z either case
                return !(v >= 0x61 && v <= 0x7A)
            }
            let category = scalar.properties.generalCategory
            return scalar.properties.isWhitespace || category == .otherPunctuation || category == .dashPunctuation
        }
    }

    /// Control bytes other than tab, line ends and form feed mean a binary file.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let controls = bytes.reduce(0) { count, b in
            count + (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C ? 1 : 0)
        }
        return controls * 20 > bytes.count
    }
}

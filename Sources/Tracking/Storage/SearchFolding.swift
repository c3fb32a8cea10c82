import Foundation

/// The text the search columns hold and the queries are compared against:
/// lower case, without diacritics, "đ" as "d", so that "han hoan thanh" finds
/// "hạn hoàn thành" and "Ðông" (with the look-alike Ð) finds "Đông".
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue                       // combining marks: tones and vowel hats
            case 0x0110, 0x0111, 0x00D0, 0x0189: out.append("d")   // Đ đ and the look-alikes Ð Ɖ
            default: out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// The words of a query, folded, as the full-text indexes tokenise them.
    public static func words(_ query: String) -> [String] {
        fold(query).unicodeScalars
            .split { !CharacterSet.alphanumerics.contains($0) }
            .map { String(String.UnicodeScalarView($0)) }
    }
}

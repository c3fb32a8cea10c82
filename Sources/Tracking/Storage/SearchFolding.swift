import DocumentReader
import Foundation

/// The text the search columns hold and the queries are compared against:
/// VietnameseFold's form (lower case, no diacritics, "đ" as "d"), so that
/// "han hoan thanh" finds "hạn hoàn thành" and "Ðông" (with the look-alike Ð)
/// finds "Đông".
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        VietnameseFold.fold(text)
    }

    /// The words of a query, folded, as the full-text indexes tokenise them
    /// (letters and digits; everything else separates words).
    public static func words(_ query: String) -> [String] {
        fold(query).unicodeScalars
            .split { !CharacterSet.alphanumerics.contains($0) }
            .map { String(String.UnicodeScalarView($0)) }
    }
}

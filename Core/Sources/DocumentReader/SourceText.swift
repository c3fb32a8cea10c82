/// A document's text after reading and normalisation, ready for extraction.
///
/// `text` is NFC, uses "\n" line ends, has Markdown emphasis markers removed
/// (for text and Markdown inputs) and odd spaces turned into plain spaces,
/// but otherwise keeps the document's own spelling.
public struct SourceText: Sendable, Hashable {
    public var text: String
    public var format: DocumentFormat
    /// Things the reader had to guess or repair, in Vietnamese for the user
    /// (e.g. which legacy 8-bit encoding a file turned out to use).
    public var warnings: [String]
    /// Maps offsets in `text` back to the text as first decoded (before
    /// normalisation), for showing a passage in the original file.
    public var offsetMap: OffsetMap

    public init(text: String, format: DocumentFormat, warnings: [String] = [], offsetMap: OffsetMap = .identity) {
        self.text = text
        self.format = format
        self.warnings = warnings
        self.offsetMap = offsetMap
    }

    /// The text covered by `span`, clamped to the text's bounds.
    public func substring(_ span: TextSpan) -> Substring {
        let scalars = text.unicodeScalars
        let count = scalars.count
        let lower = scalars.index(scalars.startIndex, offsetBy: min(max(span.start, 0), count))
        let upper = scalars.index(lower, offsetBy: min(max(span.end, span.start), count) - min(max(span.start, 0), count))
        return Substring(scalars[lower..<upper])
    }
}

/// A half-open range of Unicode scalar offsets into `SourceText.text`.
///
/// Scalar offsets (not `String.Index`, not UTF-16) because they are stable
/// across languages: the app stores the text and highlights spans in the
/// browser, and the scorer compares them with Python `str` indices.
public struct TextSpan: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span ends after it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { start <= offset && offset < end }
}

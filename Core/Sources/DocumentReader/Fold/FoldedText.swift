/// A folded text that remembers where each of its scalars came from.
public struct FoldedText: Sendable, Hashable {
    public let text: String
    /// `originalOffsets[k]` is the offset in the original text of folded
    /// scalar `k`; one extra entry holds the original length.
    public let originalOffsets: [Int]

    /// The original span that the folded `span` was folded from.
    public func originalSpan(of span: TextSpan) -> TextSpan {
        let last = originalOffsets.count - 1
        let start = originalOffsets[min(max(span.start, 0), last)]
        guard span.end > span.start else { return TextSpan(start: start, end: start) }
        let end = originalOffsets[min(span.end - 1, last - 1)] + 1
        return TextSpan(start: start, end: max(start, end))
    }

    /// Every place where `query` occurs, compared folded, as original spans.
    /// Matches must start and end at word boundaries, so "an" does not
    /// match inside "ban".
    public func spans(matching query: String) -> [TextSpan] {
        let needle = Array(VietnameseFold.fold(query).unicodeScalars)
        let haystack = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var spans = [TextSpan]()
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == needle[0],
               haystack[start..<(start + needle.count)].elementsEqual(needle),
               isBoundary(haystack, before: start), isBoundary(haystack, before: start + needle.count) {
                spans.append(originalSpan(of: TextSpan(start: start, end: start + needle.count)))
                start += needle.count
            } else {
                start += 1
            }
        }
        return spans
    }

    private func isBoundary(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        guard index > 0, index < scalars.count else { return true }
        return !(isWordScalar(scalars[index - 1]) && isWordScalar(scalars[index]))
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

/// Maps Unicode scalar offsets of a normalised text back to the text it was
/// made from.
///
/// Normalisation mostly copies scalars one for one; it only deletes (Markdown
/// markers, "\r" of CRLF) or recomposes (NFD → NFC) here and there. So each
/// step stores only the points where the correspondence shifts, and a lookup
/// is a binary search. Steps are chained rather than merged, which keeps
/// building a step trivial.
public struct OffsetMap: Sendable, Hashable {
    /// Steps in the order they were applied (first step maps onto the original).
    var steps: [Step]

    public static let identity = OffsetMap(steps: [])

    public var isIdentity: Bool { steps.allSatisfy(\.anchors.isEmpty) }

    /// The original offset of the scalar at `offset` of the normalised text.
    /// A position right after deleted markup maps past that markup.
    public func originalOffset(of offset: Int) -> Int {
        steps.reversed().reduce(offset) { $1.map($0) }
    }

    /// The original range of the normalised `span`: it starts after markup
    /// deleted before it, ends before markup deleted after it, and covers
    /// every scalar of a letter that was recomposed.
    public func originalSpan(of span: TextSpan) -> TextSpan {
        let start = originalOffset(of: span.start)
        guard span.end > span.start else { return TextSpan(start: start, end: start) }
        let end = steps.reversed().reduce(span.end) { $1.mapEnd($0) }
        return TextSpan(start: start, end: max(start, end))
    }

    func appending(_ step: Step) -> OffsetMap {
        step.anchors.isEmpty ? self : OffsetMap(steps: steps + [step])
    }

    /// One normalisation step: from `anchor.output` on, output scalars
    /// correspond one for one to input scalars from `anchor.input`, up to
    /// the next anchor (a recomposed cluster maps all its scalars to its start).
    struct Step: Sendable, Hashable {
        var anchors: [Anchor] = []

        struct Anchor: Sendable, Hashable {
            var output: Int
            var input: Int
            /// Input scalars deleted just before `input` (markup, "\r"),
            /// which a span ending here must not cover.
            var skipped: Int
        }

        /// Records that output offset `output` corresponds to input offset
        /// `input`, after `skipped` input scalars were dropped.
        mutating func mark(output: Int, input: Int, skipped: Int = 0) {
            if let last = anchors.last {
                if last.output == output {
                    anchors[anchors.count - 1].input = input
                    anchors[anchors.count - 1].skipped += skipped
                    return
                }
                // Still one for one with the previous anchor: nothing to record.
                if skipped == 0 && output - last.output == input - last.input { return }
            } else if skipped == 0 && output == input {
                return
            }
            anchors.append(Anchor(output: output, input: input, skipped: skipped))
        }

        /// Records that `inputCount` input scalars at `input` became
        /// `outputCount` output scalars at `output` (a recomposed cluster).
        mutating func markReplacement(output: Int, input: Int, outputCount: Int, inputCount: Int) {
            if outputCount != inputCount {
                if let last = anchors.last, last.output == output {
                    anchors[anchors.count - 1].input = input
                } else {
                    anchors.append(Anchor(output: output, input: input, skipped: 0))
                }
            }
            mark(output: output + outputCount, input: input + inputCount)
        }

        /// The input offset of the output scalar at `offset`.
        func map(_ offset: Int) -> Int {
            let index = lastAnchor(atOrBefore: offset)
            guard index >= 0 else { return offset }
            let anchor = anchors[index]
            let mapped = anchor.input + (offset - anchor.output)
            if index + 1 < anchors.count {
                // Inside a recomposed cluster: every output scalar maps into it.
                return min(mapped, max(anchor.input, anchors[index + 1].input - anchors[index + 1].skipped - 1))
            }
            return mapped
        }

        /// The input offset where output ending at `offset` (exclusive) ends.
        func mapEnd(_ offset: Int) -> Int {
            guard offset > 0 else { return map(offset) }
            let index = lastAnchor(atOrBefore: offset)
            if index >= 0 && anchors[index].output == offset {
                return anchors[index].input - anchors[index].skipped
            }
            return map(offset - 1) + 1
        }

        private func lastAnchor(atOrBefore offset: Int) -> Int {
            var low = 0, high = anchors.count
            while low < high {
                let mid = (low + high) / 2
                if anchors[mid].output <= offset { low = mid + 1 } else { high = mid }
            }
            return low - 1
        }
    }
}

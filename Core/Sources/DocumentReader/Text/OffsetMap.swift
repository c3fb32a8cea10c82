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
        var result = offset
        for step in steps.reversed() { result = step.map(result) }
        return result
    }

    /// The original range covering the normalised `span`: the end maps from
    /// the last covered scalar, so markup after the span stays outside.
    public func originalSpan(of span: TextSpan) -> TextSpan {
        let start = originalOffset(of: span.start)
        guard span.end > span.start else { return TextSpan(start: start, end: start) }
        return TextSpan(start: start, end: max(start, originalOffset(of: span.end - 1) + 1))
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
        }

        /// Records that output offset `output` corresponds to input offset `input`.
        mutating func mark(output: Int, input: Int) {
            if let last = anchors.last {
                if last.output == output { anchors[anchors.count - 1].input = input; return }
                // Still one for one with the previous anchor: nothing to record.
                if output - last.output == input - last.input { return }
            } else if output == input {
                return
            }
            anchors.append(Anchor(output: output, input: input))
        }

        /// Records that `inputCount` input scalars at `input` became
        /// `outputCount` output scalars at `output` (a recomposed cluster).
        mutating func markReplacement(output: Int, input: Int, outputCount: Int, inputCount: Int) {
            if outputCount != inputCount {
                if let last = anchors.last, last.output == output {
                    anchors[anchors.count - 1].input = input
                } else {
                    anchors.append(Anchor(output: output, input: input))
                }
            }
            mark(output: output + outputCount, input: input + inputCount)
        }

        func map(_ offset: Int) -> Int {
            // Last anchor at or before `offset`.
            var low = 0, high = anchors.count
            while low < high {
                let mid = (low + high) / 2
                if anchors[mid].output <= offset { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { return offset }
            let anchor = anchors[low - 1]
            let mapped = anchor.input + (offset - anchor.output)
            if low < anchors.count { return min(mapped, max(anchor.input, anchors[low].input - 1)) }
            return mapped
        }
    }
}

/// The second normalisation pass, for text and Markdown files: removes the
/// Markdown markup that documents converted from Word carry (`**1.**`,
/// `*italic*`, `__x__`, `1\.` escapes, two-space hard breaks, heading
/// hashes), so that the extractor and the user see the words only.
///
/// Emphasis follows CommonMark's flanking rules in simplified form: a run of
/// `*` or `_` is removed only when it pairs with a matching run in the same
/// paragraph, so "TCNV_{Hiệp}", "snake_case" and a lone "(*)" stay as written.
enum MarkdownCleaner {
    struct Output {
        var utf8: [UInt8]
        var step: OffsetMap.Step
    }

    /// `input` must be valid UTF-8 (the output of `TextNormalizer`), with "\n" line ends.
    static func clean(utf8 input: [UInt8], headings: Bool) -> Output {
        var deletions = input.withUnsafeBufferPointer { findDeletions(in: $0, headings: headings) }
        guard !deletions.isEmpty else { return Output(utf8: input, step: .init()) }
        deletions.sort { $0.lowerBound < $1.lowerBound }
        return apply(deletions, to: input)
    }

    // MARK: - Finding markup

    private struct DelimiterRun {
        var byte: UInt8
        var start: Int, end: Int         // the run's bytes still unused: start..<end
        var canOpen: Bool, canClose: Bool
    }

    private static func findDeletions(in p: UnsafeBufferPointer<UInt8>, headings: Bool) -> [Range<Int>] {
        var deletions = [Range<Int>]()
        var openers = OpenerStacks()
        let n = p.count
        var i = 0
        startLine(at: 0)
        while i < n {
            let b = p[i]
            // Almost every byte is plain text: skip those first.
            guard b == 0x0A || b == 0x5C || b == 0x2A || b == 0x5F else { i += 1; continue }
            switch b {
            case 0x0A:
                // Two or more spaces before a line end are a hard break.
                var spaces = i
                while spaces > 0 && p[spaces - 1] == 0x20 { spaces -= 1 }
                if i - spaces >= 2 { deletions.append(spaces..<i) }
                i += 1
                startLine(at: i)
            case 0x5C: // backslash: an escape, or a hard line break at the end of a line
                if i + 1 < n, isASCIIPunctuation(p[i + 1]) {
                    deletions.append(i..<(i + 1))
                    i += 2
                } else if i + 1 < n, p[i + 1] == 0x0A {
                    deletions.append(i..<(i + 1))
                    i += 1
                } else {
                    i += 1
                }
            default: // * and _
                var end = i
                while end < n && p[end] == b { end += 1 }
                var run = classify(p, byte: b, start: i, end: end)
                if run.canClose { close(&run, openers: &openers, deletions: &deletions) }
                if run.canOpen && run.start < run.end { openers.push(run) }
                i = end
            }
        }
        return deletions

        /// A blank line ends the paragraph (and any emphasis left open in
        /// it); a heading marker at a line start is markup.
        func startLine(at lineStart: Int) {
            let content = skipSpaces(p, from: lineStart)
            if content >= n || p[content] == 0x0A {
                openers.removeAll()
            } else if headings, let marker = headingMarker(p, at: content) {
                deletions.append(content..<marker)
            }
        }
    }

    /// Pairs a closing run with the nearest opener of the same character and
    /// deletes the matched markers (two at a time for strong emphasis).
    private static func close(_ closer: inout DelimiterRun, openers: inout OpenerStacks, deletions: inout [Range<Int>]) {
        while closer.start < closer.end, var opener = openers.top(of: closer.byte) {
            let available = opener.end - opener.start
            let wanted = closer.end - closer.start
            let used = available >= 2 && wanted >= 2 ? 2 : 1
            deletions.append((opener.end - used)..<opener.end)
            deletions.append(closer.start..<(closer.start + used))
            opener.end -= used
            closer.start += used
            openers.replaceTop(of: closer.byte, with: opener)
            // Openers of the other character inside the pair can no longer close anything.
            openers.dropOpeners(of: closer.byte == 0x2A ? 0x5F : 0x2A, after: opener.start)
        }
    }

    /// Unmatched openers, one stack per delimiter character, so that finding
    /// the nearest opener is constant time even in a paragraph of thousands.
    private struct OpenerStacks {
        private var stars = [DelimiterRun]()
        private var underscores = [DelimiterRun]()

        mutating func push(_ run: DelimiterRun) {
            if run.byte == 0x2A { stars.append(run) } else { underscores.append(run) }
        }

        func top(of byte: UInt8) -> DelimiterRun? {
            byte == 0x2A ? stars.last : underscores.last
        }

        /// Puts back the top opener with fewer markers left, or drops it when none are.
        mutating func replaceTop(of byte: UInt8, with run: DelimiterRun) {
            if byte == 0x2A { Self.replaceLast(&stars, with: run) } else { Self.replaceLast(&underscores, with: run) }
        }

        mutating func dropOpeners(of byte: UInt8, after position: Int) {
            if byte == 0x2A {
                while let last = stars.last, last.start > position { stars.removeLast() }
            } else {
                while let last = underscores.last, last.start > position { underscores.removeLast() }
            }
        }

        mutating func removeAll() {
            stars.removeAll(keepingCapacity: true)
            underscores.removeAll(keepingCapacity: true)
        }

        private static func replaceLast(_ stack: inout [DelimiterRun], with run: DelimiterRun) {
            stack.removeLast()
            if run.start < run.end { stack.append(run) }
        }
    }

    private static func classify(_ p: UnsafeBufferPointer<UInt8>, byte: UInt8, start: Int, end: Int) -> DelimiterRun {
        let before = start > 0 ? CharacterKind.before(p, at: start) : .whitespace
        let after = end < p.count ? CharacterKind.at(p, end) : .whitespace
        let leftFlanking = after != .whitespace && (after != .punctuation || before != .other)
        let rightFlanking = before != .whitespace && (before != .punctuation || after != .other)
        let canOpen: Bool, canClose: Bool
        if byte == 0x5F {
            // "_" inside a word (snake_case, TCNV_{x}) is never emphasis.
            canOpen = leftFlanking && (!rightFlanking || before == .punctuation)
            canClose = rightFlanking && (!leftFlanking || after == .punctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        return DelimiterRun(byte: byte, start: start, end: end, canOpen: canOpen, canClose: canClose)
    }

    /// "# " to "###### " at a line start: returns the end of the marker and its space.
    private static func headingMarker(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        var end = i
        while end < p.count && p[end] == 0x23 && end - i < 7 { end += 1 }
        guard end > i, end - i <= 6, end < p.count, p[end] == 0x20 else { return nil }
        return end + 1
    }

    private static func skipSpaces(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var j = i
        while j < p.count && (p[j] == 0x20 || p[j] == 0x09) { j += 1 }
        return j
    }

    private static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (0x21...0x2F).contains(b) || (0x3A...0x40).contains(b) || (0x5B...0x60).contains(b) || (0x7B...0x7E).contains(b)
    }

    // MARK: - Applying deletions

    private static func apply(_ deletions: [Range<Int>], to input: [UInt8]) -> Output {
        var out = [UInt8]()
        out.reserveCapacity(input.count)
        var step = OffsetMap.Step()
        var position = 0                        // next input byte to copy
        var inScalar = 0, outScalar = 0
        for deletion in deletions where deletion.upperBound > position {
            let start = max(deletion.lowerBound, position)
            let kept = input[position..<start]
            let keptScalars = kept.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            out.append(contentsOf: kept)
            inScalar += keptScalars; outScalar += keptScalars
            let deleted = deletion.upperBound - start   // markup is ASCII: one byte, one scalar
            inScalar += deleted
            position = deletion.upperBound
            step.mark(output: outScalar, input: inScalar, skipped: deleted)
        }
        out.append(contentsOf: input[position...])
        return Output(utf8: out, step: step)
    }
}

/// What surrounds a delimiter run, for CommonMark's flanking rules.
enum CharacterKind {
    case whitespace, punctuation, other

    static func at(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> CharacterKind {
        let b = p[i]
        if b < 0x80 { return ascii(b) }
        guard let (v, _) = TextNormalizer.decode(p, at: i) else { return .other }
        return scalar(v)
    }

    static func before(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> CharacterKind {
        var j = i - 1
        while j > 0 && p[j] & 0xC0 == 0x80 { j -= 1 }
        return at(p, j)
    }

    private static func ascii(_ b: UInt8) -> CharacterKind {
        switch b {
        case 0x20, 0x09, 0x0A: return .whitespace
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return .punctuation
        default: return .other
        }
    }

    private static func scalar(_ v: UInt32) -> CharacterKind {
        guard let scalar = Unicode.Scalar(v) else { return .other }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .whitespace
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .punctuation
        default: return .other
        }
    }
}

import Foundation

/// Finds a split point chosen in the document again in a wording the clerk
/// edited. The point is known by the words it opens in the document (up to
/// the next chosen point): the edited text is cut before the place that
/// opens with the same words, compared without case or diacritics, so a
/// clerk who reworded elsewhere, fixed a typo further on or retyped the
/// accents still cuts where the page showed.
public enum EditedCut {
    /// How many of the opening words are compared at least (fewer when the
    /// piece is shorter), and at most.
    static let leastWords = 3
    static let mostWords = 8

    /// The cuts of a proposal's passage (document offsets) that its wording
    /// still has, each on its own: what the review page offers a row whose
    /// text the clerk edited.
    public static func standing(_ cuts: [Int], in wording: String, document: [Unicode.Scalar], passage: Range<Int>) -> [Int] {
        let edited = Array(wording.unicodeScalars)
        return cuts.filter { (try? locate([$0], in: edited, document: document, passage: passage)) != nil }
    }

    /// Unicode-scalar offsets into `edited`, one per cut (document offsets,
    /// in order, inside `passage`), in order. Refused, naming the words, when
    /// the edited text no longer has them after the previous cut, or only at
    /// its very start.
    static func locate(_ cuts: [Int], in edited: [Unicode.Scalar], document: [Unicode.Scalar], passage: Range<Int>) throws -> [Int] {
        let words = Word.scan(edited, in: 0..<edited.count)
        var located: [Int] = []
        var after = 0   // the first word a cut may open
        for (k, cut) in cuts.enumerated() {
            let end = k + 1 < cuts.count ? cuts[k + 1] : passage.upperBound
            guard 0 <= cut, cut < document.count else { throw ProposalSplit.emptyPart }
            let anchor = Array(Word.scan(document, in: cut..<min(end, document.count)).prefix(mostWords))
            guard !anchor.isEmpty else { throw ProposalSplit.emptyPart }
            let shown = String(String.UnicodeScalarView(document[anchor[0].start..<anchor[anchor.count - 1].end]))
            let found = matches(of: anchor.map(\.folded), in: words, from: after)
            guard !found.isEmpty else {
                throw TrackingError(.invalid, "Nội dung đã sửa không còn đoạn «\(shown)…», nơi đã chọn tách. Hãy chọn chỗ tách khác, hoặc tách trước rồi sửa nội dung từng phần.")
            }
            // Several places open with the same words: the one nearest where the point lies in the passage.
            let expected = Double(cut - passage.lowerBound) / Double(max(1, passage.count)) * Double(edited.count)
            let index = found.min { abs(Double(words[$0].start) - expected) < abs(Double(words[$1].start) - expected) }!
            guard index > 0 else { throw ProposalSplit.emptyPart }
            located.append(leadIn(of: words[index].start, in: edited, like: document[cut..<anchor[0].start]))
            after = index + 1
        }
        return located
    }

    /// The words at `from` or later opening like `anchor`: every place that
    /// matches its first `leastWords`, narrowed by each further word while
    /// some place still matches it.
    static func matches(of anchor: [String], in words: [Word], from: Int) -> [Int] {
        func opens(_ i: Int, _ count: Int) -> Bool {
            i + count <= words.count && (0..<count).allSatisfy { words[i + $0].folded == anchor[$0] }
        }
        let least = min(leastWords, anchor.count)
        var found = Array(from..<words.count).filter { opens($0, least) }
        var count = least
        while found.count > 1, count < anchor.count {
            count += 1
            let narrower = found.filter { opens($0, count) }
            if narrower.isEmpty { break }
            found = narrower
        }
        return found
    }

    /// The cut moved back over the bullet or dash that opened the clause in
    /// the document ("- rà soát"), when the edited text has it too.
    static func leadIn(of start: Int, in edited: [Unicode.Scalar], like opening: ArraySlice<Unicode.Scalar>) -> Int {
        let marks = opening.filter { !$0.properties.isWhitespace }
        guard !marks.isEmpty else { return start }
        var at = start
        while at > 0, edited[at - 1].properties.isWhitespace { at -= 1 }
        let from = at - marks.count
        guard from >= 0, Array(edited[from..<at]) == marks else { return start }
        return from
    }

    /// A run of letters and digits, where it lies, and its folded form.
    struct Word {
        let start: Int
        let end: Int
        let folded: String

        static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Word] {
            var words: [Word] = []
            var start: Int?
            for i in range.lowerBound...range.upperBound {
                let inWord = i < range.upperBound && CharacterSet.alphanumerics.contains(scalars[i])
                if inWord, start == nil { start = i }
                if !inWord, let s = start {
                    words.append(Word(start: s, end: i, folded: SearchFolding.fold(String(String.UnicodeScalarView(scalars[s..<i])))))
                    start = nil
                }
            }
            return words
        }
    }
}

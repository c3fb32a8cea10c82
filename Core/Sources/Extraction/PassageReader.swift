import DocumentReader
import LegalCalendar

/// Reads one passage of a document on its own: who it asks to act and by
/// when, with the same grammar the extractor applies to a whole item. Used
/// when a clerk splits a proposed task in two: each part is read again, so a
/// part that names its own body or due date gets them.
public enum PassageReader {
    /// What a passage says, and where it lies once its edges are trimmed of
    /// white space.
    public struct Reading: Sendable, Hashable {
        /// The passage's pieces, in text order, none empty.
        public var spans: [TextSpan]
        /// The findings: `text` is the pieces' text joined as a paragraph reads,
        /// `span` covers the first piece to the last, `section` is empty.
        public var task: ExtractedTask
    }

    /// The document around the passage: what dates without a year and
    /// relative deadlines are counted from, and who issued it (never the one assigned).
    public struct Context: Sendable {
        public var issuer: String?
        public var date: DocumentDate?
        public var options: ExtractionOptions

        public init(issuer: String? = nil, date: DocumentDate? = nil, options: ExtractionOptions = .init()) {
            self.issuer = issuer
            self.date = date
            self.options = options
        }
    }

    /// Reads `spans` (Unicode-scalar offsets into `text`). Spans outside the
    /// text are clipped; a passage with no word in it reads as empty text.
    public static func read(_ text: String, spans: [TextSpan], context: Context = .init()) -> Reading {
        let layout = TextLayout(Array(text.unicodeScalars))
        let ranges = spans.sorted { $0.start < $1.start }.compactMap { tokenRange(of: $0, in: layout) }
        let t = layout.tokens
        let pieces = ranges.map { TextSpan(start: t[$0.lowerBound].start, end: t[$0.upperBound - 1].end) }
        let year = context.date?.year ?? Extractor.firstYear(layout)
        let assignments = AssignmentReader(layout: layout, issuer: context.issuer)
        let deadlines = DeadlineReader(layout: layout)

        var lead: [UnitName] = [], support: [UnitName] = [], mentioned: [UnitName] = []
        var found = DeadlineReader.Found()
        for range in ranges {
            let a = assignments.read(range)
            if lead.isEmpty { lead = a.lead }
            support += a.support
            mentioned += a.mentions
            let f = deadlines.read(range, documentYear: year, documentDate: context.date?.civilDate, calendar: context.options.calendar)
            found.deadlines += f.deadlines
            if found.recurrence == nil { found.recurrence = f.recurrence }
            if found.relative == nil { found.relative = f.relative }
        }
        found.deadlines.sort { $0.date < $1.date }
        let named = assignments.unitMentions(lead: lead, support: support, mentioned: mentioned)
        let joined = pieces.map { layout.flatText($0.start..<$0.end) }.joined(separator: " ")
        let covering = TextSpan(start: pieces.first?.start ?? 0, end: pieces.last?.end ?? 0)
        var task = ExtractedTask(section: "", text: joined, lead: named.lead, support: named.support,
                                 deadline: found.deadlines.first, milestones: found.deadlines, recurrence: found.recurrence,
                                 relative: found.relative, span: covering, units: named.units)
        if let directory = context.options.units {
            task = UnitLinker(directory: directory, documentDate: context.date?.civilDate, asOf: context.options.asOf).link(task)
        }
        return Reading(spans: pieces, task: task)
    }

    /// Where a passage may be cut: the offsets at which a sentence or clause
    /// starts inside `span` (after ".", ";", ":", "!" or "?" outside brackets,
    /// or a line opening with a dash or bullet), in text order. The span's
    /// own start is not one of them.
    public static func breaks(_ text: String, in span: TextSpan) -> [Int] {
        breaks(text, in: [span])[0]
    }

    /// The cutting points of several spans of one text, which is read once.
    public static func breaks(_ text: String, in spans: [TextSpan]) -> [[Int]] {
        let layout = TextLayout(Array(text.unicodeScalars))
        let t = layout.tokens, s = layout.scalars
        return spans.map { span in
            guard let range = tokenRange(of: span, in: layout) else { return [] }
            var out: [Int] = []
            var depth = 0
            for k in range {
                if k > range.lowerBound, depth == 0, startsClause(k, t, s) { out.append(t[k].start) }
                guard t[k].kind == .punct else { continue }
                if s[t[k].start] == "(" { depth += 1 } else if s[t[k].start] == ")" { depth = max(0, depth - 1) }
            }
            return out
        }
    }

    static let bullets: Set<Unicode.Scalar> = ["-", "+", "•", "–", "*"]

    static func startsClause(_ k: Int, _ t: [Token], _ s: [Unicode.Scalar]) -> Bool {
        if t[k].lineBreakBefore, t[k].kind == .punct, bullets.contains(s[t[k].start]) { return true }
        guard t[k].kind != .punct else { return false }
        let previous = t[k - 1]
        guard previous.kind == .punct else { return false }
        switch s[previous.start] {
        case ";", ":", "!", "?": return true
        case ".": return t[k].isCapitalized   // not "1.5" nor "v.v. và"
        default: return false
        }
    }

    /// The tokens lying wholly inside a span, or nil when none does.
    static func tokenRange(of span: TextSpan, in layout: TextLayout) -> Range<Int>? {
        let t = layout.tokens
        var lo = 0, hi = t.count
        while lo < hi {   // first token starting at or after span.start
            let mid = (lo + hi) / 2
            if t[mid].start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < t.count, t[end].end <= span.end { end += 1 }
        return end > lo ? lo..<end : nil
    }
}

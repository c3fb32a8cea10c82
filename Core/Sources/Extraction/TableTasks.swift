import DocumentReader
import LegalCalendar

/// Plans (kế hoạch) often assign tasks in a table: "STT | Nội dung nhiệm vụ |
/// Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành". The header row
/// tells which column is which; every later row is one task.
struct TableTasks {
    let layout: TextLayout
    let paragraphs: [Paragraph]
    let assignments: AssignmentReader
    let documentYear: Int?
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }

    enum Column { case number, content, lead, support, due, other }

    static let contentWords = PhraseSet(["nội dung", "nhiệm vụ", "công việc", "nội dung công việc", "hoạt động", "tên nhiệm vụ"])
    static let leadWords = PhraseSet(["chủ trì", "thực hiện", "cơ quan thực hiện", "đơn vị thực hiện", "trách nhiệm", "phụ trách", "đơn vị chủ trì", "cơ quan chủ trì"])
    static let supportWords = PhraseSet(["phối hợp"])
    static let dueWords = PhraseSet(["thời gian", "thời hạn", "hoàn thành", "tiến độ"])
    static let numberWords = PhraseSet(["stt", "tt", "số tt"])

    /// Token ranges of a row's cells, split at "|" or at tabs.
    func cells(_ p: Paragraph) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = p.tokens.lowerBound
        let pipes = s[p.start] == "|"
        var k = p.tokens.lowerBound
        while k < p.tokens.upperBound {
            let isPipe = pipes && t[k].kind == .punct && s[t[k].start] == "|"
            var tabBefore = false
            if !pipes, k > p.tokens.lowerBound {
                for x in t[k - 1].end..<t[k].start where s[x] == "\t" { tabBefore = true; break }
            }
            if isPipe {
                if k > start || !out.isEmpty || start != p.tokens.lowerBound { out.append(start..<k) }
                start = k + 1
            } else if tabBefore {
                out.append(start..<k)
                start = k
            }
            k += 1
        }
        if start < p.tokens.upperBound { out.append(start..<p.tokens.upperBound) }
        if pipes, let first = out.first, first.isEmpty { out.removeFirst() }
        return out
    }

    func columns(of header: [Range<Int>]) -> [Column]? {
        var cols: [Column] = []
        for c in header {
            func has(_ set: PhraseSet) -> Bool { c.contains { set.match(t, at: $0, limit: c.upperBound) > 0 } }
            if has(Self.supportWords) { cols.append(.support) }
            else if has(Self.numberWords) && c.count <= 2 { cols.append(.number) }
            else if has(Self.dueWords) { cols.append(.due) }
            else if has(Self.leadWords) { cols.append(.lead) }
            else if has(Self.contentWords) { cols.append(.content) }
            else { cols.append(.other) }
        }
        return cols.contains(.content) && (cols.contains(.lead) || cols.contains(.due)) ? cols : nil
    }

    /// Tasks of every assignment table among the body's paragraphs, with the section each sits in.
    func tasks(in body: Range<Int>, outline: DocumentOutline) -> [ExtractedTask] {
        var out: [ExtractedTask] = []
        var columns: [Column]? = nil
        var previousRow = -2
        for p in body where paragraphs[p].isTableRow {
            let row = cells(paragraphs[p])
            if p != previousRow + 1 { columns = nil }
            previousRow = p
            if let header = self.columns(of: row) { columns = header; continue }
            guard let columns else { continue }
            if let task = task(row, columns: columns, section: outline.section(before: p)) { out.append(task) }
        }
        return out
    }

    func task(_ row: [Range<Int>], columns: [Column], section: String) -> ExtractedTask? {
        func cell(_ c: Column) -> Range<Int>? {
            guard let i = columns.firstIndex(of: c), i < row.count, !row[i].isEmpty else { return nil }
            return row[i]
        }
        guard let content = cell(.content) else { return nil }
        let text = layout.flatText(t[content.lowerBound].start..<t[content.upperBound - 1].end)
        var units: [UnitMention] = []
        func names(_ range: Range<Int>?, role: UnitRole) -> [String] {
            guard let range else { return [] }
            var found: [String] = []
            for part in split(range) {
                let list = assignments.grammar.list(at: part.lowerBound, limit: part.upperBound)
                if !list.names.isEmpty, list.end >= part.upperBound - 1 {
                    for n in list.names {
                        let name = assignments.displayName(n)
                        found.append(name)
                        units.append(UnitMention(name: name, role: role, isGroup: n.isGeneric,
                                                 span: TextSpan(start: t[n.mentionStart].start, end: t[n.tokens.upperBound - 1].end)))
                    }
                } else {
                    // a cell the grammar does not know ("Trưởng các thôn"): the cell is the name
                    let span = TextSpan(start: t[part.lowerBound].start, end: t[part.upperBound - 1].end)
                    let name = layout.flatText(span.start..<span.end)
                    if role == .support, name.lowercased().contains("liên quan") { continue }
                    found.append(name)
                    units.append(UnitMention(name: name, role: role, span: span))
                }
            }
            return found
        }
        let lead = names(cell(.lead), role: .lead)
        let support = names(cell(.support), role: .support)
        var deadlines: [Deadline] = []
        var recurrence: Recurrence? = nil
        if let due = cell(.due) {
            let dates = DateScanner(layout: layout)
            var k = due.lowerBound
            while k < due.upperBound {
                if let m = dates.mention(at: k, limit: due.upperBound, defaultYear: documentYear) {
                    let span = TextSpan(start: t[due.lowerBound].start, end: t[due.upperBound - 1].end)
                    let precision: Deadline.Precision = m.precision == .day ? .day : m.precision == .month ? .month : m.precision == .quarter ? .quarter : .year
                    deadlines.append(Deadline(date: m.date, text: layout.flatText(span.start..<span.end), precision: precision, span: span))
                    k = m.tokens.upperBound
                } else if let bare = bareDate(at: k, limit: due.upperBound) {
                    let span = TextSpan(start: t[due.lowerBound].start, end: t[due.upperBound - 1].end)
                    deadlines.append(Deadline(date: bare.date, text: layout.flatText(span.start..<span.end), precision: .day, span: span))
                    k = bare.end
                } else {
                    k += 1
                }
            }
            if deadlines.isEmpty {
                let found = DeadlineReader(layout: layout).read(due, documentYear: documentYear, documentDate: nil, calendar: nil)
                recurrence = found.recurrence
            }
        }
        deadlines.sort { $0.date < $1.date }
        let first = row.first!, last = row.last(where: { !$0.isEmpty }) ?? content
        return ExtractedTask(section: section, text: text, lead: lead, support: support, deadline: deadlines.first,
                             milestones: deadlines, recurrence: recurrence, relative: nil,
                             span: TextSpan(start: t[first.isEmpty ? content.lowerBound : first.lowerBound].start, end: t[last.upperBound - 1].end),
                             units: units)
    }

    /// "15/11" in a due-date column: the column itself says it is a date.
    func bareDate(at k: Int, limit: Int) -> (date: CivilDate, end: Int)? {
        let dates = DateScanner(layout: layout)
        guard let year = documentYear, let d = dates.number(k, limit), dates.tight(k + 1, limit, "/"),
              let m = dates.number(k + 2, limit), let date = CivilDate(year: year, month: m, day: d) else { return nil }
        return (date, k + 3)
    }

    /// A cell's entries, split at ";" (one body per entry, as cells are usually written).
    func split(_ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        for k in range where t[k].kind == .punct && s[t[k].start] == ";" {
            if k > start { out.append(start..<k) }
            start = k + 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }
}

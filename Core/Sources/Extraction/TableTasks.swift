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
            let found = DeadlineReader(layout: layout).statedDue(due, documentYear: documentYear)
            deadlines = found.deadlines
            recurrence = found.recurrence
        }
        deadlines.sort { $0.date < $1.date }
        let first = row.first!, last = row.last(where: { !$0.isEmpty }) ?? content
        return ExtractedTask(section: section, text: text, lead: lead, support: support, deadline: deadlines.first,
                             milestones: deadlines, recurrence: recurrence, relative: nil,
                             span: TextSpan(start: t[first.isEmpty ? content.lowerBound : first.lowerBound].start, end: t[last.upperBound - 1].end),
                             units: units)
    }

    // MARK: tables whose cells come one per line (DOCX tables as the reader writes them)

    /// A header of one cell per line ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", ...) followed by
    /// rows that each open with their number on a line of its own. Returns the tasks and the lines used.
    func cellPerLineTables(lines range: Range<Int>, outline: DocumentOutline, paragraphOfLine: (Int) -> Int) -> (tasks: [ExtractedTask], used: [Range<Int>]) {
        let lines = layout.lines
        var tasks: [ExtractedTask] = []
        var used: [Range<Int>] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard !lines[k].isBlank, let header = headerLines(from: k, limit: range.upperBound) else { k += 1; continue }
            let columns = header.columns
            let cellColumns = columns.filter { $0 != .number }
            var j = header.end
            var rowNumber = 1
            let section = outline.section(before: paragraphOfLine(k))
            while j < range.upperBound, bareNumber(j) == rowNumber {
                var x = j + 1
                var cellLines: [Int] = []
                while x < range.upperBound, x - j <= 3 * columns.count {
                    if bareNumber(x) == rowNumber + 1 { break }
                    if !lines[x].isBlank, ItemMarker.read(t, s, at: lines[x].tokens.lowerBound, limit: lines[x].tokens.upperBound) != nil { break }
                    if !lines[x].isBlank, MetadataReader.nơiNhận.matches(t, at: lines[x].tokens.lowerBound) { break }
                    cellLines.append(x)
                    x += 1
                }
                while cellLines.count > cellColumns.count, let last = cellLines.last, lines[last].isBlank { cellLines.removeLast() }
                let cells = assignCells(cellLines, columns: cellColumns)
                var row: [Range<Int>] = []
                var ci = 0
                for c in columns {
                    if c == .number { row.append(lines[j].tokens) } else { row.append(cells[ci]); ci += 1 }
                }
                if let task = task(row, columns: columns, section: section) { tasks.append(task) }
                rowNumber += 1
                j = x
            }
            if rowNumber > 1 { used.append(k..<j) }
            k = max(j, k + 1)
        }
        return (tasks, used)
    }

    private func headerLines(from k: Int, limit: Int) -> (columns: [Column], end: Int)? {
        let lines = layout.lines
        var cells: [Range<Int>] = []
        var x = k
        while x < limit, cells.count < 8, !lines[x].isBlank, lines[x].tokens.count <= 6, bareNumber(x) == nil,
              ItemMarker.read(t, s, at: lines[x].tokens.lowerBound, limit: lines[x].tokens.upperBound) == nil {
            cells.append(lines[x].tokens)
            x += 1
        }
        guard cells.count >= 3, let columns = columns(of: cells), columns.contains(.number), bareNumber(x) == 1 else { return nil }
        return (columns, x)
    }

    /// The value of a line holding only a number ("3"), or nil.
    private func bareNumber(_ line: Int) -> Int? {
        guard line < layout.lines.count else { return nil }
        let r = layout.lines[line].tokens
        guard r.count == 1 || (r.count == 2 && t[r.upperBound - 1].kind == .punct && s[t[r.upperBound - 1].start] == "."),
              t[r.lowerBound].kind == .number, t[r.lowerBound].length <= 3 else { return nil }
        return Int(layout.tokenText(r.lowerBound))
    }

    /// Spreads a row's lines over its cells. With one line per cell it is direct; a cell of
    /// several paragraphs makes more lines, and then the dates at the end are the due date,
    /// the line after the content is the lead and the rest the support.
    private func assignCells(_ lines: [Int], columns: [Column]) -> [Range<Int>] {
        let L = layout.lines
        func span(_ ls: ArraySlice<Int>) -> Range<Int> {
            let nonBlank = ls.filter { !L[$0].isBlank }
            guard let a = nonBlank.first, let b = nonBlank.last else { return 0..<0 }
            return L[a].tokens.lowerBound..<L[b].tokens.upperBound
        }
        if lines.count == columns.count { return lines.map { L[$0].tokens } }
        var out = [Range<Int>](repeating: 0..<0, count: columns.count)
        var rest = ArraySlice(lines)
        if let ci = columns.firstIndex(of: .content), let first = rest.firstIndex(where: { !L[$0].isBlank }) {
            out[ci] = L[rest[first]].tokens
            rest = rest[(first + 1)...]
        }
        if let di = columns.firstIndex(of: .due) {
            var dueStart = rest.endIndex
            while dueStart > rest.startIndex, looksLikeDue(rest[dueStart - 1]) { dueStart -= 1 }
            out[di] = span(rest[dueStart...])
            rest = rest[..<dueStart]
        }
        if let li = columns.firstIndex(of: .lead), let first = rest.first {
            out[li] = L[first].tokens
            rest = rest.dropFirst()
        }
        if let si = columns.firstIndex(of: .support) { out[si] = span(rest) }
        return out
    }

    private func looksLikeDue(_ line: Int) -> Bool {
        let r = layout.lines[line].tokens
        guard !r.isEmpty else { return false }
        let dates = DateScanner(layout: layout)
        for k in r where dates.mention(at: k, limit: r.upperBound, defaultYear: documentYear) != nil || DeadlineReader(layout: layout).bareDate(at: k, limit: r.upperBound, year: documentYear) != nil {
            return true
        }
        return DeadlineReader.recurrences.contains { $0.0.matches(t, at: r.lowerBound, limit: r.upperBound) }
            || Self.ongoing.match(t, at: r.lowerBound, limit: r.upperBound) > 0
    }

    static let ongoing = PhraseSet(["thường xuyên", "liên tục", "hằng năm", "hàng năm"])

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

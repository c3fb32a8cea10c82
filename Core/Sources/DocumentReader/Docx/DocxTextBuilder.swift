/// Walks `word/document.xml` and writes its text: one line per paragraph
/// (table cells row by row, each cell's paragraphs on their own lines),
/// runs joined, tabs and breaks kept, list labels put back in front.
struct DocxTextBuilder {
    private(set) var text = ""
    private(set) var legacyEncodings: Set<LegacyEncoding> = []

    private let styles: DocxStyles
    private var counter: NumberingCounter
    private let numbering: NumberingDefinitions

    /// Paragraphs being read; text boxes nest paragraphs inside a run of
    /// another paragraph, so each keeps its own open run.
    private var paragraphs: [Paragraph] = []
    /// Tables being read, innermost last (a cell may hold a table).
    private var tables: [DocxTable] = []
    private var inParagraphProperties = false
    /// Depth of the element whose content is ignored (deleted text, field
    /// instructions, fallback copies of drawings), if inside one.
    private var skipping: (name: ArraySlice<UInt8>, depth: Int)?
    private var depth = 0

    private struct Paragraph {
        var text = ""
        var style: String?
        var numID: String?
        var levelIndex: Int?
        var run: Run?
    }

    private struct Run {
        var font: String?
        var characterStyle: String?
        var text = ""
        var inText = false
        /// w:caps / w:smallCaps: Word shows the letters as capitals.
        var capitals = false
        /// w:vanish: hidden text, not part of the printed document.
        var hidden = false
    }

    private var inRun: Bool { paragraphs.last?.run != nil }

    init(styles: DocxStyles, numbering: NumberingDefinitions) {
        self.styles = styles
        self.numbering = numbering
        counter = NumberingCounter(definitions: numbering, styles: styles)
    }

    mutating func read(_ xml: [UInt8]) {
        var scanner = XMLScanner(xml)
        while let token = scanner.next() {
            switch token {
            case .start(let tag):
                if !tag.isSelfClosing { depth += 1 }
                if skipping == nil { start(tag) }
            case .end(let name, let selfClosing):
                if let skipped = skipping {
                    if !selfClosing && skipped.depth == depth && skipped.name == name { skipping = nil }
                } else {
                    end(name)
                }
                if !selfClosing && depth > 0 { depth -= 1 }
            case .text(let raw):
                if skipping == nil, paragraphs.last?.run?.inText == true {
                    paragraphs[paragraphs.count - 1].run!.text += XMLEntities.decode(raw)
                }
            }
        }
        // A truncated document still gives what it had.
        while !paragraphs.isEmpty { endParagraph() }
        while !tables.isEmpty { endTable() }
    }

    private mutating func start(_ tag: XMLTag) {
        if Self.skippedElements.contains(where: { tag.is($0) }) {
            if !tag.isSelfClosing { skipping = (tag.name, depth) }
            return
        }
        if tag.is("w:p") {
            paragraphs.append(Paragraph())
        } else if tag.is("w:tbl") {
            tables.append(DocxTable(paragraphDepth: paragraphs.count))
        } else if tag.is("w:tc"), !tables.isEmpty {
            tables[tables.count - 1].cellLines = []
        } else if tag.is("w:pPr") {
            inParagraphProperties = true
        } else if inParagraphProperties {
            if tag.is("w:pStyle") { paragraphs.lastModify { $0.style = tag.attribute("w:val") } }
            else if tag.is("w:numId") { paragraphs.lastModify { $0.numID = tag.attribute("w:val") } }
            else if tag.is("w:ilvl") { paragraphs.lastModify { $0.levelIndex = tag.attribute("w:val").flatMap { Int($0) } } }
        } else if tag.is("w:r") {
            paragraphs.lastModify { $0.run = Run() }
        } else if inRun {
            paragraphs.lastModify { paragraph in
                if tag.is("w:t") { paragraph.run!.inText = !tag.isSelfClosing }
                else if tag.is("w:rFonts") { paragraph.run!.font = tag.attribute("w:ascii") ?? tag.attribute("w:hAnsi") ?? paragraph.run!.font }
                else if tag.is("w:rStyle") { paragraph.run!.characterStyle = tag.attribute("w:val") }
                else if tag.is("w:tab") || tag.is("w:ptab") { paragraph.run!.text += "\t" }
                else if tag.is("w:br") || tag.is("w:cr") { paragraph.run!.text += "\n" }
                else if tag.is("w:noBreakHyphen") { paragraph.run!.text += "-" }
                else if tag.is("w:caps") || tag.is("w:smallCaps") { paragraph.run!.capitals = Self.isOn(tag) }
                else if tag.is("w:vanish") { paragraph.run!.hidden = Self.isOn(tag) }
            }
        }
    }

    private mutating func end(_ name: ArraySlice<UInt8>) {
        if XMLTag.equal(name, "w:t") {
            paragraphs.lastModify { $0.run?.inText = false }
        } else if XMLTag.equal(name, "w:r") {
            endRun()
        } else if XMLTag.equal(name, "w:pPr") {
            inParagraphProperties = false
        } else if XMLTag.equal(name, "w:p") {
            endParagraph()
        } else if XMLTag.equal(name, "w:tc"), !tables.isEmpty {
            endRunsAndParagraphs()
            tables[tables.count - 1].endCell()
        } else if XMLTag.equal(name, "w:tr"), !tables.isEmpty {
            tables[tables.count - 1].endRow()
        } else if XMLTag.equal(name, "w:tbl") {
            endTable()
        }
    }

    /// A cell or table that ends with a paragraph still open (a damaged
    /// file) closes it, so its text lands in the cell.
    private mutating func endRunsAndParagraphs() {
        while paragraphs.count > paragraphDepthAtTableStart { endParagraph() }
    }

    /// Paragraphs open outside the innermost table (a table inside a text box).
    private var paragraphDepthAtTableStart: Int { tables.last?.paragraphDepth ?? 0 }

    private mutating func endTable() {
        guard var table = tables.popLast() else { return }
        for line in table.finish() { emit(line) }
    }

    /// Sends a finished line to the cell being read, or to the document text.
    private mutating func emit(_ line: String) {
        if let last = tables.indices.last, tables[last].cellLines != nil {
            tables[last].cellLines!.append(line)
        } else if let last = tables.indices.last {
            tables[last].strayLines.append(line)
        } else {
            text += line
            text += "\n"
        }
    }

    private mutating func endRun() {
        guard let run = paragraphs.last?.run else { return }
        paragraphs[paragraphs.count - 1].run = nil
        guard !run.text.isEmpty, !run.hidden else { return }
        var runText = run.text
        let font = run.font ?? styles.font(of: run.characterStyle) ?? styles.font(ofParagraphStyle: paragraphs[paragraphs.count - 1].style)
        if let font, let kind = LegacyFont.kind(ofFont: font) {
            let converted = LegacyFont.convert(runText, kind: kind)
            if converted != runText { legacyEncodings.insert(kind.encoding) }
            runText = converted
        }
        if run.capitals { runText = runText.uppercased() }
        paragraphs[paragraphs.count - 1].text += runText
    }

    /// A toggle property: present without a value, or with a true value.
    private static func isOn(_ tag: XMLTag) -> Bool {
        guard let value = tag.attribute("w:val") else { return true }
        return value != "0" && value != "false" && value != "off"
    }

    private mutating func endParagraph() {
        endRun()
        guard let paragraph = paragraphs.popLast() else { return }
        inParagraphProperties = false
        emit((label(for: paragraph) ?? "") + paragraph.text)
    }

    /// The list label of a paragraph numbered directly or through its style.
    private mutating func label(for paragraph: Paragraph) -> String? {
        let fromStyle = paragraph.style.flatMap { styles.numbering(ofStyle: $0) }
        guard let numID = paragraph.numID ?? fromStyle?.numID else { return nil }
        let levelIndex = paragraph.levelIndex ?? fromStyle?.levelIndex
            ?? paragraph.style.flatMap { style in levelLinked(to: style, numID: numID) } ?? 0
        return counter.label(numID: numID, levelIndex: levelIndex)
    }

    /// The level of a list that names `style` as its paragraph style (numbered headings).
    private func levelLinked(to style: String, numID: String) -> Int? {
        (0...8).first { numbering.level($0, of: numID, styles: styles)?.style == style }
    }

    /// Elements whose text is not part of the document as read: deleted
    /// revisions, field codes, footnote marks, alternate copies of drawings
    /// (their text is in the chosen copy) and old property sets of revisions.
    private static let skippedElements: [StaticString] = [
        "w:del", "w:delText", "w:instrText", "w:delInstrText", "mc:Fallback",
        "w:pPrChange", "w:rPrChange", "w:footnoteReference", "w:endnoteReference", "w:commentReference",
        "w:tblGridChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange",
    ]
}

private extension Array {
    mutating func lastModify(_ change: (inout Element) -> Void) {
        guard !isEmpty else { return }
        change(&self[count - 1])
    }
}

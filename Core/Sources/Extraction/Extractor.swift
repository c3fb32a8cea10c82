import DocumentReader
import LegalCalendar

/// Extracts metadata and tasks from a Vietnamese administrative document.
///
/// Pipeline: tokens and lines → paragraphs rebuilt from wrapped lines →
/// header and footer (Decree 30 layout) → outline of numbered items and
/// assignment tables → tasks with their bodies and deadlines. Total and
/// linear: no input makes it crash or loop; every scanner advances at least
/// one token per step.
public enum Extractor {
    public static func extract(_ source: SourceText, options: ExtractionOptions = .init()) -> ExtractedDocument {
        let scalars = Array(source.text.unicodeScalars)
        let layout = TextLayout(scalars)
        var paragraphs = ParagraphBuilder.build(layout)
        let header = MetadataReader(layout: layout, paragraphs: paragraphs).read()
        var meta = header.meta
        let documentYear = meta.date?.year ?? firstYear(layout)
        meta.references = DocumentNumberScanner(layout: layout).citations(excluding: meta.number, defaultYear: documentYear)

        // Reports and similar documents only tell what was done.
        if meta.type == "BC" { return ExtractedDocument(document: meta, tasks: []) }

        let assignments = AssignmentReader(layout: layout, issuer: meta.issuer)
        let tables = TableTasks(layout: layout, paragraphs: paragraphs, assignments: assignments, documentYear: documentYear)
        let lineTableTasks = cellPerLineTables(tables, &paragraphs, body: header.body)
        let outline = DocumentOutline(paragraphs: paragraphs, body: header.body)
        let builder = TaskBuilder(
            layout: layout, paragraphs: paragraphs, outline: outline, assignments: assignments,
            deadlines: DeadlineReader(layout: layout), options: options,
            documentYear: documentYear, documentDate: meta.date?.civilDate, documentType: meta.type)
        // (built again: the paragraphs now know which of them are table rows)
        let rowTables = TableTasks(layout: layout, paragraphs: paragraphs, assignments: assignments, documentYear: documentYear)
        var tasks = (builder.build() + rowTables.tasks(in: header.body, outline: outline) + lineTableTasks)
            .sorted { $0.span.start < $1.span.start }
        if let directory = options.units {
            let linker = UnitLinker(directory: directory, documentDate: meta.date?.civilDate, asOf: options.asOf)
            tasks = tasks.map(linker.link)
        }
        return ExtractedDocument(document: meta, tasks: tasks)
    }

    /// Tasks of tables written one cell per line; their paragraphs are marked as table rows
    /// so that the outline leaves them out.
    static func cellPerLineTables(_ tables: TableTasks, _ paragraphs: inout [Paragraph], body: Range<Int>) -> [ExtractedTask] {
        guard !body.isEmpty else { return [] }
        let lines = paragraphs[body.lowerBound].firstLine..<(paragraphs[body.upperBound - 1].lastLine + 1)
        let outline = DocumentOutline(paragraphs: paragraphs, body: body)
        let snapshot = paragraphs
        let found = tables.cellPerLineTables(lines: lines, outline: outline) { line in
            snapshot.lastIndex { $0.firstLine <= line } ?? 0
        }
        for used in found.used {
            for p in body where paragraphs[p].firstLine >= used.lowerBound && paragraphs[p].firstLine < used.upperBound {
                paragraphs[p].isTableRow = true
            }
        }
        return found.tasks
    }

    /// The year of the first full date in the text, for dates written without one.
    static func firstYear(_ layout: TextLayout) -> Int? {
        let scanner = DateScanner(layout: layout)
        var k = 0
        while k < layout.tokens.count {
            if let m = scanner.mention(at: k, limit: layout.tokens.count, defaultYear: nil), m.hasYear, m.precision != .year {
                return m.date.year
            }
            k += 1
        }
        return nil
    }
}

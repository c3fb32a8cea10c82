import DocumentReader
import LegalCalendar

/// Extracts metadata and tasks from a Vietnamese administrative document.
///
/// Pipeline: tokens and lines → paragraphs rebuilt from wrapped lines →
/// header and footer (Decree 30 layout) → outline of numbered items → tasks
/// with their bodies and deadlines. Total and linear: no input makes it crash
/// or loop; every scanner advances at least one token per step.
public enum Extractor {
    public static func extract(_ source: SourceText, options: ExtractionOptions = .init()) -> ExtractedDocument {
        let scalars = Array(source.text.unicodeScalars)
        let layout = TextLayout(scalars)
        let paragraphs = ParagraphBuilder.build(layout)
        let header = MetadataReader(layout: layout, paragraphs: paragraphs).read(defaultYear: nil)
        var meta = header.meta
        let documentYear = meta.date?.year ?? firstYear(layout)
        meta.references = DocumentNumberScanner(layout: layout).citations(excluding: meta.number, defaultYear: documentYear)

        // Reports and similar documents only tell what was done.
        if meta.type == "BC" { return ExtractedDocument(document: meta, tasks: []) }

        let outline = DocumentOutline(paragraphs: paragraphs, body: header.body)
        let assignments = AssignmentReader(layout: layout, issuer: meta.issuer)
        let builder = TaskBuilder(
            layout: layout, paragraphs: paragraphs, outline: outline, assignments: assignments,
            deadlines: DeadlineReader(layout: layout), options: options,
            documentYear: documentYear, documentDate: meta.date?.civilDate)
        let tables = TableTasks(layout: layout, paragraphs: paragraphs, assignments: assignments, documentYear: documentYear)
        let tasks = (builder.build() + tables.tasks(in: header.body, outline: outline)).sorted { $0.span.start < $1.span.start }
        return ExtractedDocument(document: meta, tasks: tasks)
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

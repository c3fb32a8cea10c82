import DocumentReader
@testable import Extraction
import Foundation

/// Runs the extractor on text written in the test.
func extract(_ text: String, options: ExtractionOptions = .init()) -> ExtractedDocument {
    Extractor.extract(SourceText(text: text, format: .text), options: options)
}

/// The task whose text contains `fragment`.
func task(_ doc: ExtractedDocument, containing fragment: String) -> ExtractedTask? {
    doc.tasks.first { $0.text.contains(fragment) }
}

/// A layout and grammar over one line of text, for the unit-name examples.
struct Sentence {
    let layout: TextLayout
    init(_ text: String) { layout = TextLayout(Array(text.unicodeScalars)) }

    /// Names of the list starting at the first token.
    func list(from word: Int = 0) -> [String] {
        let grammar = UnitGrammar(layout: layout)
        let reader = AssignmentReader(layout: layout, issuer: nil)
        return grammar.list(at: word, limit: layout.tokens.count).names.map(reader.displayName)
    }

    func assignment(issuer: String? = nil) -> (lead: [String], support: [String]) {
        let reader = AssignmentReader(layout: layout, issuer: issuer)
        let a = reader.read(0..<layout.tokens.count)
        return (a.lead.map(reader.displayName), a.support.map(reader.displayName))
    }

    func deadlines(year: Int? = 2024) -> [Deadline] {
        DeadlineReader(layout: layout).read(0..<layout.tokens.count, documentYear: year, documentDate: nil, calendar: nil).deadlines
    }
}

/// Where the shared corpus lives: $DONDOC_SHARED, or ../shared next to the repository.
func sharedCorpus() -> URL? {
    if let env = ProcessInfo.processInfo.environment["DONDOC_SHARED"] {
        let url = URL(fileURLWithPath: env)
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus/seeds").path) ? url : nil
    }
    // Core/Tests/ExtractionTests/ → repository root → ../shared
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/seeds").path) ? shared : nil
}

import Foundation
import Testing
import DocumentReader

/// Reads the project's own corpus (Fixtures/corpus: every format and
/// encoding the reader supports) and checks that each gold anchor is in the
/// text, compared as the scorer compares.
@Suite struct OwnCorpusReadingTests {
    static let corpus = FixtureFiles.directory.deletingLastPathComponent().appendingPathComponent("corpus")

    static var documents: [String] {
        let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("docs").path)
        return (names ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(.enabled(if: !documents.isEmpty, "Fixtures/corpus is not in this checkout"), arguments: documents)
    func everyGoldAnchorIsInTheText(document: String) throws {
        if document.hasSuffix(".pdf") { try #require(PopplerPDFTextTool().isAvailable, "pdftotext is not installed") }
        let bytes = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent("docs/\(document)")))
        let source = try DocumentReader.read(bytes: bytes, fileName: document)
        let stem = document.split(separator: ".").dropLast().joined(separator: ".")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent("gold/\(stem).json"))) as? [String: Any]
        let haystack = Self.comparable(source.text)
        for task in gold?["tasks"] as? [[String: Any]] ?? [] {
            let anchor = try #require(task["anchor"] as? String)
            #expect(haystack.contains(Self.comparable(anchor)), "anchor lost: \(anchor)")
        }
        // Only the legacy 8-bit files need a warning, naming the right table.
        if document.contains("tcvn3") {
            #expect(source.warnings.count == 1 && source.warnings[0].contains("TCVN3"))
        } else if document.contains("vni") {
            #expect(source.warnings.count == 1 && source.warnings[0].contains("VNI"))
        } else {
            #expect(source.warnings.isEmpty)
        }
    }

    /// The scorer's comparison form: NFC, no "*", dashes as "-", one space, lower case.
    static func comparable(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "*", with: "")
            .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            .lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

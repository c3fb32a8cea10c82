import Foundation
import Testing
import DocumentReader

/// Reads the five real documents in ../shared/corpus (never copied into the
/// repository) and checks that every gold anchor survives reading.
@Suite struct SampleDocumentTests {
    static let corpus: URL? = {
        let shared = ProcessInfo.processInfo.environment["DONDOC_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../../../shared").standardizedFileURL
        let corpus = shared.appendingPathComponent("corpus")
        return FileManager.default.fileExists(atPath: corpus.appendingPathComponent("seeds").path) ? corpus : nil
    }()

    static var seedNames: [String] {
        guard let corpus else { return [] }
        let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("seeds").path)
        return (names ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not present"), arguments: seedNames)
    func goldAnchorsSurviveReading(seed: String) throws {
        let corpus = try #require(Self.corpus)
        let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent("seeds/\(seed)")))
        let source = try DocumentReader.read(bytes: bytes, fileName: seed)
        #expect(!source.text.contains("**"))
        let gold = corpus.appendingPathComponent("gold/\(seed.dropLast(4)).json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any]
        let tasks = json?["tasks"] as? [[String: Any]] ?? []
        let haystack = Self.comparable(source.text)
        for task in tasks {
            let anchor = try #require(task["anchor"] as? String)
            #expect(haystack.contains(Self.comparable(anchor)), "anchor lost: \(anchor)")
        }
    }

    /// The gold file's comparison form: NFC, lower case, runs of white space as one space.
    static func comparable(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

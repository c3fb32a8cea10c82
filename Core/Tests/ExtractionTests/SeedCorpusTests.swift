import DocumentReader
import Extraction
import Foundation
import Testing

/// The real documents of ../shared/corpus (read at run time, never copied here).
@Suite struct SeedCorpusTests {
    func source(_ prefix: String) throws -> SourceText? {
        guard let shared = sharedCorpus() else { return nil }
        let dir = shared.appendingPathComponent("corpus/seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) }
        guard let name, let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) else { return nil }
        return try DocumentReader.read(bytes: [UInt8](data), fileName: name)
    }

    func seed(_ prefix: String) throws -> ExtractedDocument? {
        try source(prefix).map { Extractor.extract($0) }
    }

    @Test(.enabled(if: sharedCorpus() != nil, "../shared/corpus is not here (set DONDOC_SHARED)"))
    func spansPointIntoTheReadersText() throws {
        let text = try #require(try source("000"))
        let d = Extractor.extract(text)
        func words(_ span: TextSpan) -> String { text.substring(span).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for t in d.tasks {
            #expect(words(t.span).hasSuffix(String(t.text.suffix(12))))
            for u in t.units { #expect(words(u.span).hasSuffix(String(u.name.split(separator: " ").last!))) }
            if let dl = t.deadline { #expect(words(dl.span) == dl.text) }
        }
        #expect(words(try #require(d.document.spans["signer"])) == d.document.signer)
    }

    @Test(.enabled(if: sharedCorpus() != nil, "../shared/corpus is not here (set DONDOC_SHARED)"))
    func aHardWrappedConclusionNotice() throws {
        let d = try #require(try seed("000"))
        #expect(d.document.type == "TB")
        #expect(d.document.number == nil)
        #expect(d.tasks.count >= 40)
        let milestones = try #require(d.tasks.first { $0.milestones.count == 2 })
        #expect(milestones.deadline?.date.iso == "2023-06-30")
        #expect(d.tasks.contains { $0.section == "II.2.11.b" && $0.recurrence != nil })
    }

    @Test(.enabled(if: sharedCorpus() != nil, "../shared/corpus is not here (set DONDOC_SHARED)"))
    func aDraftDispatch() throws {
        let d = try #require(try seed("001"))
        #expect(d.document.type == "CV")
        #expect(d.document.date?.description == "2023-05")
        #expect(d.document.signer == "Võ Thanh Hùng")
        #expect(d.document.signingAuthority == "KT. CHỦ TỊCH")
        #expect(d.tasks.contains { $0.lead.count == 6 })
    }

    @Test(.enabled(if: sharedCorpus() != nil, "../shared/corpus is not here (set DONDOC_SHARED)"))
    func reportsGiveNoTasksButCiteMuch() throws {
        let d = try #require(try seed("004"))
        #expect(d.document.type == "BC")
        #expect(d.document.number == "309/BC-UBND")
        #expect(d.document.place == "Thăng Bình")     // the header misspells it once; the body agrees ten times
        #expect(d.tasks.isEmpty)
        #expect(d.document.references.contains { $0.number == "06-NQ/HU" && $0.date?.iso == "2022-12-12" })
    }
}

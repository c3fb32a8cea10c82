import Foundation
import Testing
import DocumentReader

/// Whatever arrives, the reader answers with text or a ReadError, never a crash.
@Suite struct RobustnessTests {
    static let names = ["a.txt", "a.md", "a.docx", "a.pdf"]

    @Test(arguments: names)
    func randomBytesNeverCrash(name: String) {
        var generator = SplitMix(seed: UInt64(name.utf8.count) &* 31 &+ UInt64(name.utf8.last!))
        let offline = ReadOptions(pdfTool: FixedPDFTextTool(error: .pdfToolFailed(detail: "test")))
        for round in 0..<200 {
            let count = Int(generator.next() % 2048) + 1
            var bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if round % 3 == 0 { bytes = [0x50, 0x4B, 0x03, 0x04] + bytes }      // looks like a zip
            if round % 7 == 0 { bytes = [0xFF, 0xFE] + bytes }                  // claims UTF-16
            _ = try? DocumentReader.read(bytes: bytes, fileName: name, options: offline)
        }
    }

    @Test func damagedCopiesOfARealDocxNeverCrash() throws {
        let original = try FixtureFiles.bytes("thong-bao-mau-lo.docx")
        var generator = SplitMix(seed: 2024)
        var outcomes = (read: 0, refused: 0)
        for _ in 0..<400 {
            var bytes = original
            for _ in 0..<Int(generator.next() % 6 + 1) {
                let at = Int(generator.next() % UInt64(bytes.count))
                bytes[at] = UInt8(truncatingIfNeeded: generator.next())
            }
            if generator.next() % 4 == 0 { bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count)) + 1)) }
            do {
                _ = try DocumentReader.read(bytes: bytes, fileName: "x.docx")
                outcomes.read += 1
            } catch {
                #expect(!error.message.isEmpty)
                outcomes.refused += 1
            }
        }
        #expect(outcomes.read + outcomes.refused == 400)
        #expect(outcomes.refused > 0)
    }

    @Test func aParagraphFullOfUnmatchedMarkersStaysLinear() throws {
        // Many "_" openers, then "*" closers that must not search past them all.
        let input = String(repeating: "_a ", count: 100_000) + String(repeating: "a* ", count: 100_000)
        let started = Date()
        let source = try DocumentReader.read(bytes: Array(input.utf8), fileName: "x.md")
        #expect(source.text == input)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func malformedXMLInsideAValidZipStillGivesText() throws {
        let broken = #"<w:document><w:body><w:p><w:r><w:t>Còn đọc được"# + "<w:p><w:r attr=\"unterminated"
        let bytes = try DocxFixture.package([("word/document.xml", Array(broken.utf8))])
        let source = try DocumentReader.read(bytes: bytes, fileName: "x.docx")
        #expect(source.text.contains("Còn đọc được"))
    }

    @Test func truncatedUTF8AtTheEndIsRepairedOrRefusedClearly() throws {
        var bytes = Array("Kế hoạch số 12".utf8)
        bytes.append(0xE1)                           // first byte of a three-byte letter, cut off
        let source = try DocumentReader.read(bytes: bytes, fileName: "x.txt")
        #expect(source.text.hasPrefix("K"))
        #expect(!source.warnings.isEmpty)
    }
}

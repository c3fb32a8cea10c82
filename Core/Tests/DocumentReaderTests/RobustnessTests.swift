import Foundation
import SeededRandom
import Testing
import DocumentReader
import ZIPFoundation

/// Hostile and broken uploads: whatever the bytes, `read` returns text or a
/// `ReadError` with a message for the clerk. It never traps, never hangs and
/// never produces output out of proportion to its input.
/// (Core/Fuzz/run.sh explores the same property with libFuzzer.)
@Suite struct RobustnessTests {
    static let fileNames = ["van-ban.txt", "van-ban.md", "van-ban.docx", "van-ban.pdf", "van-ban.doc", "van-ban"]
    static let sizes = [1, 2, 3, 4, 5, 8, 21, 22, 23, 64, 255, 1024, 4096, 65_536]

    /// Reads without a PDF program: random bytes are not a PDF, and what the
    /// reader does with a PDF tool's answer is tested separately.
    func read(_ bytes: [UInt8], _ name: String, options: ReadOptions = ReadOptions(pdfTool: FixedPDFTextTool(error: .pdfWithoutText))) -> Result<SourceText, ReadError> {
        Result { () throws(ReadError) in try DocumentReader.read(bytes: bytes, fileName: name, options: options) }
    }

    /// Text or a user message, and text no larger than a few scalars per input byte
    /// (a legacy 8-bit byte decodes to at most a letter and two combining marks).
    func expectBounded(_ result: Result<SourceText, ReadError>, inputBytes: Int, _ comment: Comment) {
        switch result {
        case .success(let source):
            #expect(source.text.unicodeScalars.count <= 3 * inputBytes + 16, comment)
        case .failure(let error):
            #expect(!error.message.isEmpty, comment)
        }
    }

    @Test(arguments: fileNames)
    func randomBytesGiveTextOrAMessage(fileName: String) {
        var random = SplitMix64(seed: 0xD0D0C)
        for size in Self.sizes {
            for variant in 0..<4 {
                var bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
                switch variant {
                case 1: bytes = [0x50, 0x4B, 0x03, 0x04] + bytes                  // claims to be a zip
                case 2: bytes = [0xFF, 0xFE] + bytes                              // UTF-16 mark
                case 3: bytes = bytes.map { $0 | 0x80 }                           // all high bytes: the legacy decoder
                default: break
                }
                expectBounded(read(bytes, fileName), inputBytes: bytes.count, "\(fileName), \(size) bytes, variant \(variant)")
            }
        }
    }

    @Test func emptyAndTinyFilesGetAMessage() {
        for name in Self.fileNames {
            guard case .failure(let error) = read([], name) else { Issue.record("empty \(name) was read"); continue }
            #expect(error == .emptyFile)
        }
        expectBounded(read([0x50, 0x4B, 0x05, 0x06], "a.docx"), inputBytes: 4, "bare end record")
    }

    @Test func aPDFToolAnsweringGarbageIsNormalisedOrRefused() {
        var random = SplitMix64(seed: 7)
        for size in [1, 100, 10_000] {
            let scalars = (0..<size).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &random)) }
            let answer = String(String.UnicodeScalarView(scalars))
            let options = ReadOptions(pdfTool: FixedPDFTextTool(text: answer))
            expectBounded(read(Array("%PDF-1.7".utf8), "a.pdf", options: options), inputBytes: answer.utf8.count, "PDF answer of \(size) scalars")
        }
    }

    // MARK: Random and damaged bytes (first written with the reader)

    @Test(arguments: ["a.txt", "a.md", "a.docx", "a.pdf"])
    func randomBytesNeverCrash(name: String) {
        var generator = SplitMix64(seed: UInt64(name.utf8.count) &* 31 &+ UInt64(name.utf8.last!))
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
        var generator = SplitMix64(seed: 2024)
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

    // MARK: Legacy 8-bit text

    /// Regression: decoding appended each byte's scalars to a String.UnicodeScalarView
    /// with `append(contentsOf:)`, which copies the whole string every time, so a
    /// 33 KB file took seconds and a few megabytes never finished.
    @Test
    func megabytesOfLegacyTextDecodeInLinearTime() throws {
        // TCVN3 has no capitals with tone marks, so the line avoids them.
        let line = "Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với ủy ban nhân dân các xã thực hiện.\n"
        let encoded = try #require(LegacyEncoding.tcvn3.encode(line))
        let repeats = 2_000_000 / encoded.count
        let bytes = Array([[UInt8]](repeating: encoded, count: repeats).joined())
        let started = ContinuousClock.now
        let source = try DocumentReader.read(bytes: bytes, fileName: "cong-van.txt")
        print("2 MB TCVN3 text read in \(ContinuousClock.now - started)")
        #expect(source.warnings.contains { $0.contains("TCVN3") })
        #expect(source.text.unicodeScalars.count == line.unicodeScalars.count * repeats)
    }

    // MARK: Broken and hostile DOCX packages

    func sampleDocx() throws -> [UInt8] {
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let body = (1...12).map { DocxFixture.paragraph("Giao Sở Tài chính chủ trì nhiệm vụ số \($0), hoàn thành trước ngày 30/6/2025.", numID: 1) }.joined()
        return try DocxFixture.package(document: body, numbering: numbering)
    }

    @Test func docxTruncatedAtEveryOffsetIsRefusedAsBroken() throws {
        let docx = try sampleDocx()
        #expect(throws: Never.self) { try DocumentReader.read(bytes: docx, fileName: "a.docx") }
        for length in 1..<docx.count {
            let result = read(Array(docx.prefix(length)), "a.docx")
            guard case .failure(let error) = result else {
                Issue.record("a DOCX cut to \(length) of \(docx.count) bytes was read"); continue
            }
            #expect(!error.message.isEmpty)
        }
    }

    @Test func docxWithAnyByteDamagedGivesTextOrAMessage() throws {
        let docx = try sampleDocx()
        for offset in 0..<docx.count {
            // Every byte inverted, and every third with one bit flipped (the CRC's job).
            for mask: UInt8 in offset % 3 == 0 ? [0xFF, 0x01] : [0xFF] {
                var damaged = docx
                damaged[offset] ^= mask
                expectBounded(read(damaged, "a.docx"), inputBytes: docx.count * 200, "byte \(offset) ^ \(mask)")
            }
        }
    }

    /// A part whose header tells the truth about inflating past the cap is refused from the directory alone.
    @Test func zipBombWithHonestSizesIsRefusedUpFront() throws {
        let zeros = [UInt8](repeating: 0x20, count: 3 << 20)
        let bomb = try DocxFixture.package([("word/document.xml", zeros)])
        let options = ReadOptions(maxInflatedBytes: 1 << 20)
        guard case .failure(let error) = read(bomb, "bom.docx", options: options) else { Issue.record("bomb was read"); return }
        #expect(error == .zipBomb(limit: 1 << 20))
    }

    /// A part whose header lies about its size is stopped while it inflates,
    /// at the ratio budget, before the whole bomb is in memory.
    @Test func zipBombWithLyingSizesStopsWhileInflating() throws {
        let spaces = [UInt8](repeating: 0x20, count: 24 << 20)
        var bomb = try DocxFixture.package([("word/document.xml", spaces)])
        Self.declareUncompressedSize(100, in: &bomb)
        let result = read(bomb, "bom.docx")
        guard case .failure(let error) = result else { Issue.record("lying bomb was read"); return }
        #expect(error == .zipBomb(limit: ReadOptions().maxInflatedBytes) || error.detail != nil, "\(error)")
    }

    /// Regression (found by the fuzzer): a deflate stream that stops before its
    /// end-of-stream mark made ZIPFoundation's inflate loop read empty chunks forever.
    @Test
    func aDeflateStreamCutShortIsBrokenNotEndless() throws {
        let document = Array(DocxFixture.document(String(repeating: DocxFixture.paragraph("Giao Sở Nội vụ chủ trì thực hiện."), count: 200)).utf8)
        var stream = [UInt8]()
        _ = try Data.compress(size: Int64(document.count), bufferSize: 4096, provider: { position, size in
            Data(document[Int(position)..<min(Int(position) + size, document.count)])
        }, consumer: { stream += $0 })
        for cut in [stream.count / 2, stream.count - 1, 1] {
            var zip = RawZip()
            zip.add("word/document.xml", deflateStream: Array(stream.prefix(cut)), of: document)
            guard case .failure(let error) = read(zip.bytes, "a.docx") else { Issue.record("a stream cut to \(cut) bytes was read"); continue }
            #expect(!error.message.isEmpty)
        }
        var whole = RawZip()
        whole.add("word/document.xml", deflateStream: stream, of: document)
        #expect(try DocumentReader.read(bytes: whole.bytes, fileName: "a.docx").text.contains("Sở Nội vụ"))
    }

    @Test func tensOfThousandsOfEntriesAreReadInBoundedTime() throws {
        var zip = RawZip()
        for k in 0..<30_000 { zip.add("word/media/part\(k).bin", [UInt8(k & 0xFF)]) }
        zip.add("word/document.xml", Array(DocxFixture.document(DocxFixture.paragraph("Nội dung")).utf8))
        let source = try DocumentReader.read(bytes: zip.bytes, fileName: "nhieu-phan.docx")
        #expect(source.text.contains("Nội dung"))
    }

    @Test func anEndRecordClaimingMoreEntriesThanThereAreIsBroken() throws {
        var zip = RawZip()
        zip.add("word/document.xml", Array(DocxFixture.document(DocxFixture.paragraph("Nội dung")).utf8))
        zip.declaredEntryCount = 0xFFFE
        guard case .failure(let error) = read(zip.bytes, "a.docx") else { Issue.record("read"); return }
        #expect(!error.message.isEmpty)
    }

    @Test func docxNestedInsideDocxIsOnlyItsOuterText() throws {
        var inner = try sampleDocx()
        for _ in 0..<5 {
            var zip = RawZip()
            zip.add("word/document.xml", inner)
            inner = zip.bytes
        }
        expectBounded(read(inner, "long-nhau.docx"), inputBytes: inner.count, "nested packages")
    }

    // MARK: Hostile XML inside a well-formed package

    @Test func extremeListStartValuesNeitherTrapNorExplode() throws {
        for (start, format) in [("9223372036854775807", "decimal"), ("-9223372036854775808", "decimal"),
                                ("1000000000000", "upperLetter"), ("1000000000", "lowerLetter"), ("-5", "upperRoman")] {
            let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="\#(start)"/><w:numFmt w:val="\#(format)"/><w:lvlText w:val="%1.%1.%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="\#(start)"/></w:lvlOverride></w:num>"#
            let body = (1...50).map { DocxFixture.paragraph("Mục \($0)", numID: 1) }.joined()
            let docx = try DocxFixture.package(document: body, numbering: numbering)
            let source = try DocumentReader.read(bytes: docx, fileName: "a.docx")
            let longest = source.text.split(separator: "\n").map(\.unicodeScalars.count).max() ?? 0
            #expect(longest < 400, "start \(start) \(format): a label of \(longest) scalars")
        }
    }

    /// A label template is copied in front of every item: a long one must not multiply the text.
    @Test func aLongListLabelTemplateIsCut() throws {
        let template = String(repeating: "%1", count: 20_000)
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="\#(template)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let body = String(repeating: DocxFixture.paragraph("Mục", numID: 1), count: 2_000)
        let docx = try DocxFixture.package(document: body, numbering: numbering)
        let source = try DocumentReader.read(bytes: docx, fileName: "a.docx")
        #expect(source.text.unicodeScalars.count < 2_000 * 200)
    }

    /// Kept under 1 MB inflated: past that, markup this repetitive is refused by the compression-ratio check.
    @Test
    func deeplyNestedElementsAreReadInLinearTime() throws {
        let depth = 25_000
        let paragraphs = String(repeating: "<w:p><w:r><w:t>x</w:t></w:r>", count: depth) + String(repeating: "</w:p>", count: depth)
        let unknown = String(repeating: "<w:sdt><w:del>", count: depth) + String(repeating: "</w:del></w:sdt>", count: depth)
        for body in [paragraphs, unknown] {
            let docx = try DocxFixture.package(document: body)
            let source = try DocumentReader.read(bytes: docx, fileName: "a.docx")
            #expect(source.text.unicodeScalars.count <= 2 * depth + 16)
        }
    }

    @Test func unterminatedMarkupAndOutOfRangeReferencesAreKeptOrDropped() throws {
        let bodies = [
            "<w:p><w:r><w:t>&#x110000;&#99999999999999999999;&#xD800;&#0;&amp;&bogus;&", "<w:p><w:r><w:t>a<![CDATA[b",
            "<w:p><w:r><w:t>a<!-- b", "<w:p><w:r><w:t>a<?pi", "<w:p a=\"unterminated", "<", "</", "<w:p/><w:p/></w:p></w:p>",
        ]
        for body in bodies {
            let docx = try DocxFixture.package([("word/document.xml", Array(body.utf8))])
            expectBounded(read(docx, "a.docx"), inputBytes: body.utf8.count, "\(body)")
        }
    }

    /// Rewrites the uncompressed size in every local and central header, as a bomb's author would.
    static func declareUncompressedSize(_ size: UInt32, in zip: inout [UInt8]) {
        func put(_ at: Int) { for k in 0..<4 { zip[at + k] = UInt8((size >> (8 * UInt32(k))) & 0xFF) } }
        var i = 0
        while i + 46 < zip.count {
            if zip[i] == 0x50 && zip[i + 1] == 0x4B {
                if zip[i + 2] == 0x03 && zip[i + 3] == 0x04 { put(i + 22) }
                if zip[i + 2] == 0x01 && zip[i + 3] == 0x02 { put(i + 24) }
            }
            i += 1
        }
    }
}

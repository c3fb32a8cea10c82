import Testing
import DocumentReader

/// The same made-up notice as a hand-written DOCX, as the DOCX LibreOffice
/// saves, and as the PDF LibreOffice prints: all three must read alike.
@Suite struct FixtureDocumentTests {
    @Test(arguments: ["thong-bao-mau.docx", "thong-bao-mau-lo.docx"])
    func docxReadsLikeTheRenderedPage(file: String) throws {
        let source = try DocumentReader.read(bytes: FixtureFiles.bytes(file), fileName: file)
        #expect(source.format == .docx)
        #expect(FixtureFiles.lines(source.text) == FixtureFiles.sampleNoticeLines)
        #expect(source.warnings.isEmpty)
    }

    @Test(.enabled(if: PopplerPDFTextTool().isAvailable, "pdftotext (poppler-utils) is not installed"))
    func pdfThroughPdftotextKeepsTheLayout() throws {
        let source = try DocumentReader.read(bytes: FixtureFiles.bytes("thong-bao-mau.pdf"), fileName: "thong-bao-mau.pdf")
        #expect(source.format == .pdf)
        let lines = FixtureFiles.lines(source.text)
        // -layout keeps the header's two columns side by side on one line.
        #expect(lines.first == "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        for line in FixtureFiles.sampleNoticeLines.dropFirst(6) {
            #expect(lines.contains(line), "missing: \(line)")
        }
    }
}

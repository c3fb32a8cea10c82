import Foundation
import Testing
import DocumentReader

@Suite struct PDFReadingTests {
    let pdfBytes = Array("%PDF-1.4\n%âãÏÓ\n".utf8)

    func read(with tool: some PDFTextTool) throws -> SourceText {
        try DocumentReader.read(bytes: pdfBytes, fileName: "cong-van.pdf", options: ReadOptions(pdfTool: tool))
    }

    @Test func toolTextIsNormalisedLikeAnyOther() throws {
        let pageBreak = "\u{0C}"
        let tool = FixedPDFTextTool(text: "Số:\u{00A0}12/CV-UBND\r\nTrang một\(pageBreak)Trang hai".decomposedStringWithCanonicalMapping)
        let source = try read(with: tool)
        #expect(source.format == .pdf)
        #expect(source.text == "Số: 12/CV-UBND\nTrang một\nTrang hai")
    }

    @Test func markdownLookalikesInAPDFAreLeftAlone() throws {
        let source = try read(with: FixedPDFTextTool(text: "Ghi chú: **không phải Markdown**"))
        #expect(source.text == "Ghi chú: **không phải Markdown**")
    }

    @Test func missingToolNamesThePackageToInstall() throws {
        let tool = PopplerPDFTextTool(executable: "/nonexistent/pdftotext")
        #expect(throws: ReadError.pdfToolMissing) { try read(with: tool) }
        #expect(ReadError.pdfToolMissing.message == "Không đọc được PDF: chưa cài gói poppler-utils (pdftotext)")
    }

    @Test func scannedPDFWithoutTextLayerSaysSo() throws {
        #expect(throws: ReadError.pdfWithoutText) { try read(with: FixedPDFTextTool(text: " \n\u{0C}\n")) }
    }

    @Test(.enabled(if: PopplerPDFTextTool().isAvailable, "pdftotext (poppler-utils) is not installed"))
    func brokenPDFIsAToolFailureNotACrash() throws {
        #expect { try read(with: PopplerPDFTextTool()) } throws: { error in
            guard let error = error as? ReadError, case .pdfToolFailed = error else { return false }
            return error.message.hasPrefix("Không đọc được PDF")
        }
    }

    @Test func hangingToolIsStoppedByTheTimeout() throws {
        // A stand-in program that never answers, as a PDF crafted to loop would make pdftotext.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dondoc-hang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let program = directory.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec sleep 30\n".write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)

        let started = Date()
        #expect { try read(with: PopplerPDFTextTool(executable: program.path, timeoutSeconds: 0.5)) } throws: { error in
            guard let error = error as? ReadError, case .pdfToolFailed(let detail) = error else { return false }
            return detail.contains("longer than")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }
}

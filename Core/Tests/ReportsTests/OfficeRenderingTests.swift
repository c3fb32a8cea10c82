import Foundation
import Testing
import Reports

/// Opens the generated files in LibreOffice. Skipped (with the reason) when it
/// is not installed: `apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui`.
@Suite(.serialized, .enabled(if: OfficeRendering.available, "soffice or pdftoppm not installed: rendering checks skipped"))
struct OfficeRenderingTests {
    @Test func reportDocxRendersAsOnePageDecree30Document() throws {
        let png = try OfficeRendering.renderFirstPage(try DOCXWriter.write(SampleDocuments.report), name: "sample-report.docx")
        #expect(FileManager.default.fileExists(atPath: png.path))
        let text = try OfficeRendering.pdfText(of: "sample-report.docx")
        for line in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Nơi nhận:", "Trần Văn Minh"] {
            #expect(text.contains(line), "the PDF lacks \(line)")
        }
    }

    @Test func dispatchDocxRenders() throws {
        let png = try OfficeRendering.renderFirstPage(try DOCXWriter.write(SampleDocuments.dispatch), name: "sample-dispatch.docx")
        #expect(FileManager.default.fileExists(atPath: png.path))
        #expect(try OfficeRendering.pdfText(of: "sample-dispatch.docx").contains("Kính gửi:"))
    }

    @Test func workbookRendersWithRealDates() throws {
        let workbook = Workbook(sheets: [Worksheet(name: "Nhiệm vụ", columns: [TableColumn("Nhiệm vụ", width: 30), TableColumn("Hạn", width: 12), TableColumn("Trễ", width: 8)],
                                                   rows: [[.text("Sửa đường liên thôn"), .date(.init(year: 2026, month: 3, day: 14)!), .integer(4)]])])
        let png = try OfficeRendering.renderFirstPage(try XLSXWriter.write(workbook), name: "sample-workbook.xlsx")
        #expect(FileManager.default.fileExists(atPath: png.path))
        // The date cell shows with the dd/mm/yyyy format, proving it is a date serial, not text.
        #expect(try OfficeRendering.pdfText(of: "sample-workbook.xlsx").contains("14/03/2026"))
    }
}

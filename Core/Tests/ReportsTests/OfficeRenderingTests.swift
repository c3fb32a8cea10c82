import Foundation
import Testing
import LegalCalendar
import TrackingRules
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

/// The real exports of the sample quarter, rendered for a person to inspect.
@Suite(.serialized, .enabled(if: OfficeRendering.available, "soffice or pdftoppm not installed: rendering checks skipped"))
struct ReportRenderingTests {
    let report = PeriodReport.build(tasks: SampleTasks.all, window: SampleTasks.quarter)

    @Test func quarterlyReportDocx() throws {
        let bytes = try ReportExport.docx(report, header: ReportLetterhead.header, signature: ReportLetterhead.signature,
                                          recipients: ReportLetterhead.recipients)
        _ = try OfficeRendering.renderFirstPage(bytes, name: "quarter-report.docx")
        let text = try OfficeRendering.pdfText(of: "quarter-report.docx")
        #expect(text.contains("Tổng số nhiệm vụ 11"))
        #expect(text.contains("NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH"))
    }

    @Test func quarterlyReportXlsx() throws {
        _ = try OfficeRendering.renderFirstPage(try ReportExport.xlsx(report), name: "quarter-workbook.xlsx")
        #expect(try OfficeRendering.pdfText(of: "quarter-workbook.xlsx").contains("Tổng số nhiệm vụ"))
    }

    @Test func reminderDispatchDocx() throws {
        let asOf = CivilDate(year: 2026, month: 3, day: 18)!
        let tasks = SampleTasks.all.map { ReportedTask($0, asOf: asOf, classifier: StatusClassifier()) }.filter { $0.task.leadUnitID == "KT" }
        let bytes = try ReminderDispatch.docx(unit: "Phòng Kinh tế", tasks: tasks, asOf: asOf,
                                              replyBy: CivilDate(year: 2026, month: 3, day: 25)!,
                                              header: DocumentHeader(parentBody: "UBND tỉnh Bình An", issuer: "Ủy ban nhân dân xã An Phú",
                                                                     symbol: "UBND-VP", place: "An Phú", date: asOf),
                                              signature: ReportLetterhead.signature)
        _ = try OfficeRendering.renderFirstPage(bytes, name: "reminder-dispatch.docx")
        #expect(try OfficeRendering.pdfText(of: "reminder-dispatch.docx").contains("Kính gửi: Phòng Kinh tế."))
    }
}

/// The suites above skip on a machine without LibreOffice. CI installs it
/// (scripts/install-deps.sh) and sets DONDOC_REQUIRE_OFFICE=1, so there a
/// missing tool fails the run instead of silently skipping the rendering.
@Suite struct OfficeToolsTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DONDOC_REQUIRE_OFFICE"] == "1"))
    func renderingToolsArePresentWhereRequired() {
        #expect(OfficeRendering.tool("soffice") != nil, "soffice missing: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
        #expect(OfficeRendering.tool("pdftoppm") != nil, "pdftoppm missing: apt-get install poppler-utils")
    }
}

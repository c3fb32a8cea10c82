import Testing
import LegalCalendar
import TrackingRules
@testable import Reports

enum ReportLetterhead {
    static let header = DocumentHeader(parentBody: "UBND tỉnh Bình An", issuer: "Ủy ban nhân dân xã An Phú", symbol: "BC-UBND",
                                       place: "An Phú", date: CivilDate(year: 2026, month: 3, day: 16)!)
    static let signature = SignatureBlock(authority: "KT. Chủ tịch", title: "Phó Chủ tịch", name: "Trần Văn Minh")
    static let recipients = ["UBND tỉnh Bình An", "Thường trực Đảng ủy xã", "Các phòng chuyên môn", "Lưu: VT, VP"]
}

@Suite struct ReportExportTests {
    let report = PeriodReport.build(tasks: SampleTasks.all, window: SampleTasks.quarter)

    @Test func workbookHasFourSheetsWithRealFigures() throws {
        let file = try OfficeFile(try ReportExport.xlsx(report))
        #expect(try file.allPartsAreWellFormed())
        let book = try file.part("xl/workbook.xml")
        for name in ["Tổng hợp", "Đơn vị", "Quá hạn", "Nhiệm vụ"] { #expect(book.contains(#"name="\#(name)""#)) }

        let summary = try file.part("xl/worksheets/sheet1.xml")
        #expect(summary.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        // Row 2: Tổng số nhiệm vụ 11 this quarter, 2 the previous one, +9.
        #expect(summary.contains(#"<c r="B2"><v>11</v></c><c r="C2"><v>2</v></c><c r="D2"><v>9</v></c>"#))
        // Completion rate 6/8 as a percentage cell.
        #expect(summary.contains(#"<c r="B12" s="3"><v>0.75</v></c>"#))

        let units = try file.part("xl/worksheets/sheet2.xml")
        #expect(units.contains(#"<c r="A2"><v>1</v></c>"#))
        let overdue = try file.part("xl/worksheets/sheet3.xml")
        // T03: due Monday 09/03/2026 (serial 46090), 4 working days late.
        #expect(overdue.contains(#"<c r="E2" s="2"><v>46090</v></c><c r="F2"><v>4</v></c>"#))
        let strings = try file.part("xl/sharedStrings.xml")
        #expect(strings.contains("Nhiệm vụ T03 của Phòng Kinh tế"))
        #expect(strings.contains("Phòng Văn hóa - Xã hội"))
    }

    @Test func csvListsEveryCountedTask() {
        let text = String(decoding: ReportExport.csv(report).dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\r\n")
        #expect(lines.count == 1 + report.counts.total)
        #expect(lines[0].hasPrefix("Mã,Nhiệm vụ,Văn bản giao,Đơn vị chủ trì"))
        #expect(lines.contains { $0.hasPrefix("T03,Nhiệm vụ T03 của Phòng Kinh tế,01/TB-UBND,Phòng Kinh tế,Trần Văn Minh,2026-01-05,2026-03-09,2026-03-09,,Chưa hoàn thành - quá hạn,4,") })
    }

    /// Each period of a recurring duty is a line of its own, named by its duty and its kỳ.
    @Test func aDutysPeriodsAreLinesNamedByTheirPeriod() throws {
        func month(_ m: Int, due: CivilDate, done: CivilDate? = nil) -> TaskSnapshot {
            var period = SampleTasks.task("DK", unit: "TC", doc: "D2", assigned: SampleTasks.d(2026, m, 1), due: due, done: done)
            period.period = "Tháng \(m)/2026"
            return period
        }
        let duty = [month(1, due: SampleTasks.d(2026, 1, 19), done: SampleTasks.d(2026, 1, 15)),
                    month(2, due: SampleTasks.d(2026, 2, 23), done: SampleTasks.d(2026, 2, 27)),
                    month(3, due: SampleTasks.d(2026, 3, 19))]
        let quarter = ReportWindow(ReportingPeriod(kind: .quarter, index: 1, year: 2026, basis: .calendar)!)
        let report = PeriodReport.build(tasks: duty, window: quarter)
        #expect([report.counts.total, report.counts.doneOnTime, report.counts.doneLate, report.counts.overdue] == [3, 1, 1, 1])
        let lines = String(decoding: ReportExport.csv(report).dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        for m in 1...3 {
            #expect(lines.contains { $0.hasPrefix("DK,Nhiệm vụ DK của Phòng Tài chính - Kế hoạch — Tháng \(m)/2026,02/KH-UBND,") })
        }
        let strings = try OfficeFile(try ReportExport.xlsx(report)).part("xl/sharedStrings.xml")
        #expect(strings.contains("Nhiệm vụ DK của Phòng Tài chính - Kế hoạch — Tháng 3/2026"))
        #expect(report.overdueTasks.map(\.task.reportTitle) == ["Nhiệm vụ DK của Phòng Tài chính - Kế hoạch — Tháng 3/2026"])
    }

    @Test func docxIsADecree30ReportWithTheSentenceTablesAndSigner() throws {
        let bytes = try ReportExport.docx(report, header: ReportLetterhead.header, signature: ReportLetterhead.signature,
                                          recipients: ReportLetterhead.recipients)
        let file = try OfficeFile(bytes)
        #expect(try file.allPartsAreWellFormed())
        let xml = try file.part("word/document.xml")
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(xml.contains(">BÁO CÁO<"))
        #expect(xml.contains(">Kết quả thực hiện nhiệm vụ được giao quý I/2026<"))
        #expect(xml.contains(XMLText.escaped(report.sentence)))
        #expect(xml.contains("Tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn): 75,0% (6/8)"))
        #expect(xml.contains("So với kỳ trước (Quý IV/2025)"))
        #expect(xml.contains(">Xếp hạng<"), "the per-unit table")
        #expect(xml.contains(">Số ngày làm việc quá hạn<"), "the overdue list")
        #expect(xml.occurrences(of: "<w:tblHeader/>") == 3, "summary, units and overdue tables")
        #expect(xml.contains(">Nơi nhận:<"))
        #expect(xml.contains(">- Lưu: VT, VP.<"))
        #expect(xml.contains(">Trần Văn Minh<"))
    }

    @Test func aQuarterWithoutOverdueTasksSaysSo() throws {
        let clean = PeriodReport.build(tasks: SampleTasks.all.filter { !["T03", "T11"].contains($0.id) }, window: SampleTasks.quarter)
        let document = ReportDocument.make(clean, header: ReportLetterhead.header, signature: ReportLetterhead.signature,
                                           recipients: ReportLetterhead.recipients)
        #expect(document.body.contains(.paragraph("Đến hết ngày 14/03/2026, không có nhiệm vụ quá hạn chưa hoàn thành.")))
    }
}

@Suite struct ReminderDispatchTests {
    let asOf = CivilDate(year: 2026, month: 3, day: 18)!
    var kinhTe: [ReportedTask] {
        SampleTasks.all.filter { $0.leadUnitID == "KT" }.map { ReportedTask($0, asOf: asOf, classifier: StatusClassifier()) }
    }

    @Test func listsOnlyTheUnitsOverdueTasksAndAsksForAReportByADate() throws {
        let document = try ReminderDispatch.document(unit: "Phòng Kinh tế", tasks: kinhTe, asOf: asOf,
                                                     replyBy: CivilDate(year: 2026, month: 3, day: 25)!,
                                                     header: DocumentHeader(issuer: "Ủy ban nhân dân xã An Phú", symbol: "UBND-VP",
                                                                            place: "An Phú", date: asOf),
                                                     signature: ReportLetterhead.signature)
        #expect(document.title == .dispatch(subject: "đôn đốc thực hiện nhiệm vụ quá hạn", addressees: ["Phòng Kinh tế"]))
        guard case .table(let table) = document.body[1] else { Issue.record("no table"); return }
        // On 18/3: T03 (due 09/03) 7 working days late, T13 (due 16/03) 2.
        #expect(table.rows.map { $0[1] } == [.text("Nhiệm vụ T03 của Phòng Kinh tế"), .text("Nhiệm vụ T13 của Phòng Kinh tế")])
        #expect(table.rows.map { $0[4] } == [.integer(7), .integer(2)])
        #expect(table.rows.map { $0[2] } == [.text("01/TB-UBND"), .text("02/KH-UBND")])
        guard case .paragraph(let request) = document.body[2] else { Issue.record("no request"); return }
        #expect(request.contains("chậm nhất ngày 25/03/2026"))

        let xml = try OfficeFile(try DOCXWriter.write(document)).part("word/document.xml")
        #expect(xml.contains(">V/v đôn đốc thực hiện nhiệm vụ quá hạn<"))
        #expect(xml.contains(">Kính gửi: Phòng Kinh tế.<"))
        #expect(xml.contains(">- Như trên;<"))
    }

    @Test func aUnitWithNothingOverdueGetsAClearMessageInsteadOfALetter() {
        let onTime = SampleTasks.all.filter { $0.id == "T04" }.map { ReportedTask($0, asOf: asOf, classifier: StatusClassifier()) }
        #expect(throws: ExportError.nothingToRemind(unitName: "Phòng Văn hóa - Xã hội")) {
            try ReminderDispatch.docx(unit: "Phòng Văn hóa - Xã hội", tasks: onTime, asOf: asOf, replyBy: asOf,
                                      header: DocumentHeader(issuer: "UBND xã An Phú", symbol: "UBND-VP", place: "An Phú", date: asOf),
                                      signature: ReportLetterhead.signature)
        }
        #expect(ExportError.nothingToRemind(unitName: "Phòng Văn hóa - Xã hội").message
                == "Phòng Văn hóa - Xã hội không có nhiệm vụ quá hạn nào để đôn đốc.")
    }
}

@Suite struct ReportSummaryTableTests {
    @Test func withoutAComparisonTheSummaryHasTwoColumns() {
        let report = PeriodReport.build(tasks: SampleTasks.all, window: SampleTasks.quarter, comparingWithPrevious: false)
        let summary = ReportTables.summary(report)
        #expect(summary.columns.map(\.title) == ["Chỉ tiêu", "Kỳ này (Quý I/2026)"])
        #expect(summary.rows.allSatisfy { $0.count == 2 })
        #expect(summary.rows[0] == [.text("Tổng số nhiệm vụ"), .integer(11)])
    }
}

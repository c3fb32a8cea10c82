import Testing
import LegalCalendar
@testable import Reports

@Suite struct XLSXWriterTests {
    let workbook = Workbook(sheets: [
        Worksheet(name: "Nhiệm vụ", columns: [
            TableColumn("Nhiệm vụ", width: 40), TableColumn("Số ngày trễ", width: 12),
            TableColumn("Hạn", width: 12), TableColumn("Tỷ lệ", width: 10),
        ], rows: [
            [.text("Rà soát hồ sơ đất đai & <báo cáo>"), .integer(42), .date(CivilDate(year: 2024, month: 2, day: 7)!), .percent(0.918)],
            [.text("Rà soát hồ sơ đất đai & <báo cáo>"), .integer(3), .empty, .number(2.5)],
        ]),
        Worksheet(name: "Đơn vị: [tổng hợp]", columns: [TableColumn("Đơn vị")], rows: [[.text("Phòng Kinh tế")]]),
    ])

    @Test func packageHasTheOfficeParts() throws {
        let file = try OfficeFile(try XLSXWriter.write(workbook))
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
            #expect(file.partNames.contains(part), "missing \(part)")
        }
        #expect(try file.allPartsAreWellFormed())
        #expect(try file.part("[Content_Types].xml").contains("/xl/worksheets/sheet2.xml"))
    }

    @Test func headerRowIsBoldAndFrozen() throws {
        let sheet = try OfficeFile(try XLSXWriter.write(workbook)).part("xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<c r="A1" t="s" s="1">"#))
        let styles = try OfficeFile(try XLSXWriter.write(workbook)).part("xl/styles.xml")
        #expect(styles.contains(#"<font><b/>"#))
    }

    @Test func numbersAreNumbersAndDatesCarryTheDateStyle() throws {
        let file = try OfficeFile(try XLSXWriter.write(workbook))
        let sheet = try file.part("xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<c r="B2"><v>42</v></c>"#))
        // 07/02/2024 is serial 45329 in Excel's 1900 date system.
        #expect(sheet.contains(#"<c r="C2" s="2"><v>45329</v></c>"#))
        #expect(sheet.contains(#"<c r="D2" s="3"><v>0.918</v></c>"#))
        #expect(sheet.contains(#"<c r="D3" s="4"><v>2.5</v></c>"#))
        #expect(!sheet.contains(#"r="C3""#), "an empty value writes no cell")
        let styles = try file.part("xl/styles.xml")
        #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>"#))
        #expect(styles.contains(#"<xf numFmtId="164""#))
    }

    @Test func stringsAreSharedOnceAndEscaped() throws {
        let file = try OfficeFile(try XLSXWriter.write(workbook))
        let strings = try file.part("xl/sharedStrings.xml")
        #expect(strings.occurrences(of: "Rà soát hồ sơ đất đai &amp; &lt;báo cáo&gt;") == 1)
        #expect(strings.contains(#"uniqueCount="7""#))
    }

    @Test func columnWidthsAndSheetNamesAreKept() throws {
        let file = try OfficeFile(try XLSXWriter.write(workbook))
        #expect(try file.part("xl/worksheets/sheet1.xml").contains(#"<col min="1" max="1" width="40.0" customWidth="1"/>"#))
        let book = try file.part("xl/workbook.xml")
        #expect(book.contains(#"<sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/>"#))
        // Excel forbids ":" "[" "]" in sheet names.
        #expect(book.contains(#"<sheet name="Đơn vị tổng hợp" sheetId="2" r:id="rId2"/>"#))
        #expect(book.contains(#"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;Nhiệm vụ&apos;!$A$1:$D$3</definedName>"#))
        #expect(try file.part("xl/worksheets/sheet1.xml").contains(#"<autoFilter ref="A1:D3"/>"#))
    }

    @Test func sheetNamesAreMadeUniqueAndShort() {
        let names = SheetNames.unique(["Quá hạn", "quá hạn", String(repeating: "x", count: 40), ""])
        #expect(names == ["Quá hạn", "quá hạn (2)", String(repeating: "x", count: 31), "Sheet4"])
    }

    @Test func columnLettersContinuePastZ() {
        #expect(XLSXWriter.columnName(0) == "A")
        #expect(XLSXWriter.columnName(25) == "Z")
        #expect(XLSXWriter.columnName(26) == "AA")
        #expect(XLSXWriter.columnName(701) == "ZZ")
        #expect(XLSXWriter.columnName(702) == "AAA")
    }

    @Test func anEmptyWorkbookStillOpens() throws {
        let file = try OfficeFile(try XLSXWriter.write(Workbook(sheets: [])))
        #expect(file.partNames.contains("xl/worksheets/sheet1.xml"))
        #expect(try file.allPartsAreWellFormed())
    }
}

import Testing
import LegalCalendar
import Reports

@Suite struct CSVWriterTests {
    @Test func startsWithABOMAndQuotesOnlyWhatNeedsIt() {
        let sheet = Worksheet(name: "x", columns: [TableColumn("Nhiệm vụ"), TableColumn("Hạn"), TableColumn("Trễ")], rows: [
            [.text("Báo cáo, tổng hợp \"quý I\""), .date(CivilDate(year: 2024, month: 3, day: 14)!), .integer(2)],
            [.text("Hai\ndòng"), .empty, .percent(0.5)],
        ])
        let bytes = CSVWriter.write(sheet)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "Nhiệm vụ,Hạn,Trễ\r\n\"Báo cáo, tổng hợp \"\"quý I\"\"\",2024-03-14,2\r\n\"Hai\ndòng\",,0.5\r\n")
    }

    @Test func textThatLooksLikeAFormulaStaysText() {
        let sheet = Worksheet(name: "x", columns: [TableColumn("Nhiệm vụ"), TableColumn("Số")],
                              rows: [[.text("=HYPERLINK(\"http://x\")"), .integer(-3)], [.text("- Rà soát"), .text("Bình thường")]])
        let text = String(decoding: CSVWriter.write(sheet).dropFirst(3), as: UTF8.self)
        #expect(text == "Nhiệm vụ,Số\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n'- Rà soát,Bình thường\r\n")
    }
}

import Testing
@testable import DondocCommands

@Suite struct CalendarMonthsCommandTests {
    @Test func listsTheMonthsOfALeapYear() throws {
        let text = try CalendarCommand.Months.parse(["2025"]).output()
        let lines = text.split(separator: "\n")
        #expect(lines.first == "Năm Ất Tỵ (2025): 13 tháng, nhuận tháng 6")
        #expect(lines.contains("  Tháng 6 nhuận: 2025-07-25, 29 ngày"))
        #expect(lines.count == 14)
    }

    @Test func rejectsAnInvertedRange() {
        #expect(throws: CalendarInputError.self) { try CalendarCommand.Months.parse(["2030", "2020"]).output() }
    }
}

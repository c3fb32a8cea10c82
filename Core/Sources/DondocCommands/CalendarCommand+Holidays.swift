import ArgumentParser
import Foundation
import LegalCalendar

extension CalendarCommand {
    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Các ngày nghỉ trong năm (lễ, tết, nghỉ bù, hoán đổi) và các ngày làm bù.")

        @Argument(help: "Năm, ví dụ 2024.") var year: String
        @Flag(help: "In dạng JSON.") var json = false
        @OptionGroup var options: CalendarOptions

        func run() throws { print(try output()) }

        func output() throws -> String {
            let year = try CalendarInput.year(self.year)
            let calendar = try options.calendar()
            let daysOff = calendar.daysOff(in: year)
            let worked = calendar.workedWeekendDays(in: year)
            if json {
                struct Output: Encodable { let year: Int; let daysOff: [DayOff]; let workedWeekendDays: [WorkedWeekendDay] }
                return try CalendarInput.json(Output(year: year, daysOff: daysOff, workedWeekendDays: worked))
            }
            func line(_ date: CivilDate, _ name: String) -> String {
                "  \(date.vietnamese)  \(date.vietnameseWeekday.padding(toLength: 8, withPad: " ", startingAt: 0))  \(name)"
            }
            var lines = ["Ngày nghỉ năm \(year) (ngoài thứ Bảy, Chủ nhật):"]
            lines += daysOff.map { line($0.date, $0.name) }
            if !worked.isEmpty {
                lines.append("Ngày làm bù:")
                lines += worked.map { line($0.date, $0.name) }
            }
            return lines.joined(separator: "\n")
        }
    }
}

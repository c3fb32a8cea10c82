import ArgumentParser
import LegalCalendar

extension CalendarCommand {
    struct ToLunar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lunar", abstract: "Đổi ngày dương lịch sang âm lịch: 2024-02-10 → 1/1/2024 (Giáp Thìn).")

        @Argument(help: "Ngày dương lịch.") var date: String

        func run() throws { print(try output()) }

        func output() throws -> String {
            let lunar = Lunar.lunarDate(for: try CalendarInput.date(date))
            return "\(lunar) (\(lunar.yearName))"
        }
    }

    struct ToSolar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "solar", abstract: "Đổi ngày âm lịch (ngày/tháng/năm) sang dương lịch: 1/1/2025 → 2025-01-29.")

        @Argument(help: "Ngày âm lịch, ví dụ 10/3/2024.") var date: String
        @Flag(name: [.customLong("leap"), .customLong("nhuan")], help: "Tháng nhuận.") var leap = false

        func run() throws { print(try output()) }

        func output() throws -> String {
            let lunar = try CalendarInput.lunarDate(date, leap: leap)
            guard let civil = Lunar.civilDate(for: lunar) else {
                if lunar.isLeapMonth && Lunar.leapMonth(in: lunar.year) != lunar.month {
                    let leapMonth = Lunar.leapMonth(in: lunar.year).map { "tháng \($0) nhuận" } ?? "không có tháng nhuận"
                    throw CalendarInputError("Năm âm lịch \(lunar.year) không có tháng \(lunar.month) nhuận (năm này: \(leapMonth)).")
                }
                throw CalendarInputError("Không có ngày \(lunar) âm lịch (tháng này chỉ có 29 ngày?).")
            }
            return civil.iso
        }
    }
}

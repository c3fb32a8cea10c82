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

    struct Months: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Các tháng âm lịch của một năm (hoặc nhiều năm): ngày mùng 1 và số ngày.")

        @Argument(help: "Năm âm lịch, ví dụ 2025.") var year: String
        @Argument(help: "Đến năm (không bắt buộc).") var throughYear: String?
        @Flag(help: "In dạng JSON.") var json = false

        func run() throws { print(try output()) }

        func output() throws -> String {
            let first = try CalendarInput.year(year)
            let last = try throughYear.map(CalendarInput.year) ?? first
            guard first <= last, last - first < 1000 else {
                throw CalendarInputError("Khoảng năm không hợp lệ: \(first)-\(last) (tối đa 1000 năm, năm đầu trước năm cuối).")
            }
            let years = (first...last).map { (year: $0, months: Lunar.months(of: $0)) }
            if json { return try CalendarInput.json(years.flatMap(\.months)) }
            return years.map { entry in
                let leap = Lunar.leapMonth(in: entry.year).map { ", nhuận tháng \($0)" } ?? ""
                let header = "Năm \(CanChi.yearName(entry.year)) (\(entry.year)): \(entry.months.count) tháng\(leap)"
                let lines = entry.months.map {
                    "  Tháng \($0.month)\($0.isLeapMonth ? " nhuận" : ""): \($0.start.iso), \($0.length) ngày"
                }
                return ([header] + lines).joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }
}

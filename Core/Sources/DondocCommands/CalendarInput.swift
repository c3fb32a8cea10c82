import ArgumentParser
import Foundation
import LegalCalendar

/// A mistake in what the user typed; ArgumentParser prints the message and exits with 1.
struct CalendarInputError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Reading the calendar command's arguments, with a Vietnamese message for each mistake.
enum CalendarInput {
    static func date(_ text: String) throws -> CivilDate {
        if let date = CivilDate(iso: text) ?? CivilDate(vietnamese: text) { return date }
        throw CalendarInputError("Ngày không hợp lệ: \"\(text)\". Viết 2024-02-05 hoặc 05/02/2024.")
    }

    static func year(_ text: String) throws -> Int {
        guard text.count == 4, let year = Int(text), year >= 1 else {
            throw CalendarInputError("Năm không hợp lệ: \"\(text)\". Viết 4 chữ số, ví dụ 2024.")
        }
        return year
    }

    /// "10/3/2024" (day/month/year); a month written "4n" or "4+" also marks it leap.
    static func lunarDate(_ text: String, leap: Bool) throws -> LunarDate {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        var monthText = parts.count == 3 ? Substring(parts[1]) : ""
        var isLeap = leap
        if let last = monthText.last, last == "n" || last == "+" { isLeap = true; monthText = monthText.dropLast() }
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(monthText), parts[2].count == 4, let year = Int(parts[2]),
              (1...30).contains(day), (1...12).contains(month) else {
            throw CalendarInputError("Ngày âm lịch không hợp lệ: \"\(text)\". Viết ngày/tháng/năm, ví dụ 10/3/2024; tháng nhuận thêm --leap.")
        }
        return LunarDate(year: year, month: month, day: day, isLeapMonth: isLeap)
    }

    static func periodKind(_ text: String) throws -> PeriodKind {
        switch text.lowercased() {
        case "monthly", "month", "thang": return .month
        case "quarterly", "quarter", "quy": return .quarter
        case "half", "half-year", "halfyear", "6-thang": return .halfYear
        case "nine-months", "ninemonths", "9-months", "9-thang": return .nineMonths
        case "yearly", "year", "nam": return .year
        default:
            throw CalendarInputError("Loại kỳ không hợp lệ: \"\(text)\". Dùng monthly, quarterly, half, nine-months hoặc yearly.")
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

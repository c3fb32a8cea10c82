import Foundation
import Testing
import ArgumentParser
@testable import DondocCommands

/// `dondoc calendar …` as a user types it: the printed answer, or a Vietnamese error and
/// a non-zero exit code.
@Suite struct CalendarCommandTests {
    /// Parses `arguments` as `dondoc calendar <arguments>` and returns what it would print.
    func output(_ arguments: [String]) throws -> String {
        let command = try CalendarCommand.parseAsRoot(arguments)
        switch command {
        case let c as CalendarCommand.Holidays: return try c.output()
        case let c as CalendarCommand.ToLunar: return try c.output()
        case let c as CalendarCommand.ToSolar: return try c.output()
        case let c as CalendarCommand.AddWorkdays: return try c.output()
        case let c as CalendarCommand.Workdays: return try c.output()
        case let c as CalendarCommand.Deadline: return try c.output()
        case let c as CalendarCommand.Period: return try c.output()
        default: throw CalendarInputError("unexpected command \(type(of: command))")
        }
    }

    /// The message and exit code the user would see for `arguments`.
    func failure(_ arguments: [String]) -> (message: String, exitCode: Int32) {
        do {
            let text = try output(arguments)
            return ("printed \(text)", 0)
        } catch {
            return (CalendarCommand.message(for: error), CalendarCommand.exitCode(for: error).rawValue)
        }
    }

    @Test func lunarDates() throws {
        #expect(try output(["lunar", "2024-02-10"]) == "1/1/2024 (Giáp Thìn)")
        #expect(try output(["lunar", "23/05/2020"]) == "1/4 nhuận/2020 (Canh Tý)")
        #expect(try output(["solar", "1/1/2025"]) == "2025-01-29")
        #expect(try output(["solar", "1/4/2020", "--leap"]) == "2020-05-23")
        #expect(try output(["solar", "1/4n/2020"]) == "2020-05-23")
        #expect(try output(["solar", "10/3/2024"]) == "2024-04-18")
    }

    @Test func workingDays() throws {
        #expect(try output(["add-workdays", "2024-02-05", "5"]) == "2024-02-19")
        #expect(try output(["add-workdays", "2024-03-04", "-3"]) == "2024-02-28")
        #expect(try output(["workdays", "2024-02-01", "2024-02-29"]) == "15")
        #expect(try output(["workdays", "2024-02-01", "2024-02-29", "--inclusive"]) == "16")
        #expect(try output(["deadline", "2024-06-30"]) == "2024-07-01")
        #expect(try output(["deadline", "2024-06-30", "--exact"]) == "2024-06-30")
        #expect(try output(["deadline", "31/01/2024", "--days", "10"]) == "2024-02-15")
    }

    @Test func holidaysAsTextAndJSON() throws {
        let text = try output(["holidays", "2024"])
        #expect(text.contains("29/04/2024  Thứ Hai   Nghỉ hoán đổi"))
        #expect(text.contains("04/05/2024  Thứ Bảy   Làm bù cho ngày 29/4"))
        let json = try output(["holidays", "2025", "--json"])
        struct Year: Decodable { let year: Int; let daysOff: [Day]; struct Day: Decodable { let date, name, kind: String } }
        let decoded = try JSONDecoder().decode(Year.self, from: Data(json.utf8))
        #expect(decoded.year == 2025)
        #expect(decoded.daysOff.first { $0.date == "2025-05-02" }?.kind == "swapped")
    }

    @Test func overridesFromAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dondoc-overrides-\(UUID()).json")
        try Data(#"[{"date":"2024-03-05","isWorkingDay":false,"name":"Nghỉ kỷ niệm thành lập tỉnh"}]"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try output(["add-workdays", "2024-03-04", "1", "--overrides", file.path]) == "2024-03-06")
        #expect(try output(["holidays", "2024", "--overrides", file.path]).contains("05/03/2024  Thứ Ba    Nghỉ kỷ niệm thành lập tỉnh"))
    }

    @Test func reportingPeriods() throws {
        #expect(try output(["period", "monthly", "2024-03"]) == "Tháng 3/2024: 2024-02-15 → 2024-03-14")
        #expect(try output(["period", "quarterly", "2024-Q1"]) == "Quý I/2024: 2023-12-15 → 2024-03-14")
        #expect(try output(["period", "half", "2024-H1", "--calendar"]) == "6 tháng đầu năm 2024: 2024-01-01 → 2024-06-30")
        #expect(try output(["period", "nine-months", "2024"]) == "9 tháng đầu năm 2024: 2023-12-15 → 2024-09-14")
        #expect(try output(["period", "yearly", "2024"]) == "Năm 2024: 2023-12-15 → 2024-12-14")
        #expect(try output(["period", "monthly", "--containing", "2024-12-20"]) == "Tháng 1/2025: 2024-12-15 → 2025-01-14")
        #expect(try output(["period", "quarterly", "2024"]).split(separator: "\n").count == 4)
    }

    @Test(arguments: [
        (["lunar", "2024-13-01"], "Ngày không hợp lệ"),
        (["solar", "1/5/2020", "--leap"], "không có tháng 5 nhuận"),
        (["solar", "30/12/2025"], "Không có ngày 30/12/2025"),
        (["solar", "ba/mươi/tết"], "Ngày âm lịch không hợp lệ"),
        (["add-workdays", "2024-03-04", "năm"], "Cần đúng một số ngày làm việc"),
        (["add-workdays", "2024-03-04"], "Thiếu số ngày làm việc"),
        (["holidays", "24"], "Năm không hợp lệ"),
        (["period", "weekly", "2024"], "Loại kỳ không hợp lệ"),
        (["period", "quarterly", "2024-Q5"], "Mã kỳ không hợp lệ"),
        (["period", "nine-months", "--containing", "2024-10-01"], "không thuộc kỳ 9 tháng"),
        (["deadline", "2024-01-01", "--days", "1", "--workdays", "1"], "Chỉ dùng một"),
        (["holidays", "2024", "--overrides", "/nonexistent/overrides.json"], "Không đọc được tệp"),
    ])
    func badInputGetsAVietnameseMessageAndAFailureCode(arguments: [String], message: String) {
        let result = failure(arguments)
        #expect(result.message.contains(message), "\(result.message)")
        #expect(result.exitCode != 0)
    }
}

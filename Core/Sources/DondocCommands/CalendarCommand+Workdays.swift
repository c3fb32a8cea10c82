import ArgumentParser
import LegalCalendar

extension CalendarCommand {
    struct AddWorkdays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-workdays",
            abstract: "Ngày làm việc thứ N kể từ sau ngày X (\"trong N ngày làm việc kể từ ngày X\"); N âm thì lùi lại.")

        @Argument(help: "Ngày bắt đầu (không tính).") var date: String
        // Captured as text so that a negative count ("-3") is not taken for an option.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Số ngày làm việc (âm: lùi lại).", valueName: "count"))
        var countText: [String] = []
        @OptionGroup var options: CalendarOptions

        func run() throws { print(try output()) }

        func output() throws -> String {
            let start = try CalendarInput.date(date)
            let words = countText.filter { $0 != "--" }
            guard !words.isEmpty else { throw CalendarInputError("Thiếu số ngày làm việc, ví dụ 5 hoặc -3.") }
            guard words.count == 1, let count = Int(words[0]) else {
                throw CalendarInputError("Cần đúng một số ngày làm việc, ví dụ 5 hoặc -3; nhận được: \(words.joined(separator: " ")).")
            }
            guard count.magnitude <= 100_000 else { throw CalendarInputError("Số ngày làm việc quá lớn: \(count).") }
            return try options.calendar().adding(workingDays: count, to: start).iso
        }
    }

    struct Workdays: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Số ngày làm việc sau ngày đầu đến hết ngày cuối (ngày đầu không tính, như khi đếm thời hạn).",
            discussion: "Thêm --inclusive để tính cả ngày đầu (số ngày làm việc trong khoảng).")

        @Argument(help: "Ngày đầu.") var from: String
        @Argument(help: "Ngày cuối.") var through: String
        @Flag(help: "Tính cả ngày đầu.") var inclusive = false
        @OptionGroup var options: CalendarOptions

        func run() throws { print(try output()) }

        func output() throws -> String {
            var start = try CalendarInput.date(from)
            let end = try CalendarInput.date(through)
            guard abs(start.days(until: end)) <= 400_000 else { throw CalendarInputError("Khoảng thời gian quá dài.") }
            if inclusive { start = start.adding(days: start <= end ? -1 : 1) }
            return String(try options.calendar().workingDays(from: start, through: end))
        }
    }

    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hạn cuối: ngày X, hoặc X cộng N ngày / N ngày làm việc; ngày nghỉ lùi sang ngày làm việc kế tiếp (Điều 148 BLDS 2015).")

        @Argument(help: "Ngày bắt đầu hoặc ngày hết hạn ghi trong văn bản.") var date: String
        @Option(help: "Số ngày (lịch) kể từ ngày X.") var days: Int?
        @Option(help: "Số ngày làm việc kể từ ngày X.") var workdays: Int?
        @Flag(help: "Giữ nguyên ngày, không lùi khi rơi vào ngày nghỉ.") var exact = false
        @OptionGroup var options: CalendarOptions

        func validate() throws {
            if days != nil && workdays != nil { throw ValidationError("Chỉ dùng một trong --days và --workdays.") }
            if let n = days ?? workdays, !(0...100_000).contains(n) { throw ValidationError("Số ngày phải từ 0 đến 100000.") }
        }

        func run() throws { print(try output()) }

        func output() throws -> String {
            let start = try CalendarInput.date(date)
            let calendar = try options.calendar().with(deadlinePolicy: exact ? .exactDate : .rollToNextWorkingDay)
            if let workdays { return calendar.deadline(workingDays: workdays, after: start).iso }
            return calendar.deadline(days: days ?? 0, after: start).iso
        }
    }
}

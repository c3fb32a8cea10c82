import ArgumentParser
import Foundation
import LegalCalendar

/// `dondoc calendar …`: the Vietnamese legal calendar from the command line.
public struct CalendarCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Lịch pháp lý Việt Nam: ngày nghỉ, âm lịch, ngày làm việc, kỳ báo cáo.",
        discussion: """
        Ngày dương lịch viết 2024-02-05 hoặc 05/02/2024. Ngày làm việc: thứ Hai đến thứ Sáu, trừ ngày lễ,
        tết, nghỉ bù, ngày nghỉ hoán đổi; cộng các thứ Bảy làm bù (theo thông báo hằng năm của Chính phủ).

        Ví dụ:
          dondoc calendar holidays 2024 [--json]
          dondoc calendar lunar 2024-02-10              → 1/1/2024 (Giáp Thìn)
          dondoc calendar solar 1/1/2025                → 2025-01-29
          dondoc calendar solar 1/4/2020 --leap         → tháng 4 nhuận
          dondoc calendar add-workdays 2024-02-05 5     → ngày làm việc thứ 5 sau ngày 05/02/2024
          dondoc calendar add-workdays 2024-03-04 -3    → lùi 3 ngày làm việc
          dondoc calendar workdays 2024-02-01 2024-02-29
          dondoc calendar deadline 2024-06-30           → hạn cuối theo Điều 148 Bộ luật Dân sự
          dondoc calendar period monthly 2024-03        → kỳ báo cáo theo Nghị định 09/2019/NĐ-CP
          dondoc calendar period quarterly 2024-Q1 --calendar
        """,
        subcommands: [
            Holidays.self, ToLunar.self, ToSolar.self, AddWorkdays.self, Workdays.self, Deadline.self, Period.self,
        ])

    public init() {}

    /// Options shared by the commands that count working days.
    struct CalendarOptions: ParsableArguments {
        @Option(name: .customLong("overrides"),
                help: "Tệp JSON các ngày điều chỉnh của cơ quan: [{\"date\":\"2024-03-08\",\"isWorkingDay\":false,\"name\":\"…\"}].")
        var overridesFile: String?

        func calendar() throws -> WorkCalendar {
            guard let path = overridesFile else { return .vietnam }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CalendarInputError("Không đọc được tệp ngày điều chỉnh: \(path)")
            }
            do {
                return WorkCalendar.vietnam.with(overrides: try JSONDecoder().decode([DayOverride].self, from: data))
            } catch {
                throw CalendarInputError("Tệp ngày điều chỉnh \(path) không đúng định dạng: cần một danh sách {date: \"YYYY-MM-DD\", isWorkingDay, name}.")
            }
        }
    }

    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Các ngày nghỉ trong năm (lễ, tết, nghỉ bù, hoán đổi) và các ngày làm bù.")

        @Argument(help: "Năm, ví dụ 2024.") var year: String
        @Flag(help: "In dạng JSON.") var json = false
        @OptionGroup var options: CalendarOptions

        func run() throws {
            let year = try CalendarInput.year(self.year)
            let calendar = try options.calendar()
            let daysOff = calendar.daysOff(in: year)
            let worked = calendar.workedWeekendDays(in: year)
            if json {
                struct Output: Encodable { let year: Int; let daysOff: [DayOff]; let workedWeekendDays: [WorkedWeekendDay] }
                print(try CalendarInput.json(Output(year: year, daysOff: daysOff, workedWeekendDays: worked)))
                return
            }
            print("Ngày nghỉ năm \(year) (ngoài thứ Bảy, Chủ nhật):")
            for day in daysOff {
                print("  \(day.date.vietnamese)  \(day.date.vietnameseWeekday.padding(toLength: 8, withPad: " ", startingAt: 0))  \(day.name)")
            }
            if !worked.isEmpty {
                print("Ngày làm bù:")
                for day in worked {
                    print("  \(day.date.vietnamese)  \(day.date.vietnameseWeekday.padding(toLength: 8, withPad: " ", startingAt: 0))  \(day.name)")
                }
            }
        }
    }

    struct ToLunar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lunar", abstract: "Đổi ngày dương lịch sang âm lịch: 2024-02-10 → 1/1/2024 (Giáp Thìn).")

        @Argument(help: "Ngày dương lịch.") var date: String

        func run() throws {
            let lunar = Lunar.lunarDate(for: try CalendarInput.date(date))
            print("\(lunar) (\(lunar.yearName))")
        }
    }

    struct ToSolar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "solar", abstract: "Đổi ngày âm lịch (ngày/tháng/năm) sang dương lịch: 1/1/2025 → 2025-01-29.")

        @Argument(help: "Ngày âm lịch, ví dụ 10/3/2024.") var date: String
        @Flag(name: [.customLong("leap"), .customLong("nhuan")], help: "Tháng nhuận.") var leap = false

        func run() throws {
            let lunar = try CalendarInput.lunarDate(date, leap: leap)
            guard let civil = Lunar.civilDate(for: lunar) else {
                if lunar.isLeapMonth && Lunar.leapMonth(in: lunar.year) != lunar.month {
                    let leapMonth = Lunar.leapMonth(in: lunar.year).map { "tháng \($0) nhuận" } ?? "không có tháng nhuận"
                    throw CalendarInputError("Năm âm lịch \(lunar.year) không có tháng \(lunar.month) nhuận (năm này: \(leapMonth)).")
                }
                throw CalendarInputError("Không có ngày \(lunar) âm lịch (tháng này chỉ có 29 ngày?).")
            }
            print(civil.iso)
        }
    }

    struct AddWorkdays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-workdays",
            abstract: "Ngày làm việc thứ N kể từ sau ngày X (\"trong N ngày làm việc kể từ ngày X\"); N âm thì lùi lại.")

        @Argument(help: "Ngày bắt đầu (không tính).") var date: String
        // Captured as text so that a negative count ("-3") is not taken for an option.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Số ngày làm việc (âm: lùi lại).", valueName: "count"))
        var countText: [String] = []
        @OptionGroup var options: CalendarOptions

        func run() throws {
            let start = try CalendarInput.date(date)
            let words = countText.filter { $0 != "--" }
            guard !words.isEmpty else { throw CalendarInputError("Thiếu số ngày làm việc, ví dụ 5 hoặc -3.") }
            guard words.count == 1, let count = Int(words[0]) else {
                throw CalendarInputError("Cần đúng một số ngày làm việc, ví dụ 5 hoặc -3; nhận được: \(words.joined(separator: " ")).")
            }
            guard abs(count) <= 100_000 else { throw CalendarInputError("Số ngày làm việc quá lớn: \(count).") }
            print(try options.calendar().adding(workingDays: count, to: start).iso)
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

        func run() throws {
            var start = try CalendarInput.date(from)
            let end = try CalendarInput.date(through)
            guard abs(start.days(until: end)) <= 400_000 else { throw CalendarInputError("Khoảng thời gian quá dài.") }
            if inclusive { start = start.adding(days: start <= end ? -1 : 1) }
            print(try options.calendar().workingDays(from: start, through: end))
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

        func run() throws {
            let start = try CalendarInput.date(date)
            let calendar = try options.calendar().with(deadlinePolicy: exact ? .exactDate : .rollToNextWorkingDay)
            let due: CivilDate
            if let workdays {
                due = calendar.adding(workingDays: workdays, to: start)
            } else {
                due = calendar.legalDeadline(start.adding(days: days ?? 0))
            }
            print(due.iso)
        }
    }

    struct Period: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP (chốt số liệu ngày 14) hoặc theo lịch (--calendar).",
            discussion: """
            Loại kỳ và mã kỳ: monthly 2024-03, quarterly 2024-Q1, half 2024-H1, nine-months 2024, yearly 2024.
            Chỉ ghi năm (monthly 2024) để liệt kê mọi kỳ trong năm; --containing 2024-03-20 để tìm kỳ chứa một ngày.
            """)

        @Argument(help: "monthly | quarterly | half | nine-months | yearly") var kind: String
        @Argument(help: "Mã kỳ (2024-03, 2024-Q1, 2024-H1, 2024) hoặc năm.") var period: String?
        @Option(help: "Tìm kỳ chứa ngày này.") var containing: String?
        @Flag(help: "Kỳ theo lịch (1/1-31/3…) thay cho Nghị định 09.") var calendar = false
        @Flag(help: "In dạng JSON.") var json = false

        func run() throws {
            let kind = try CalendarInput.periodKind(self.kind)
            let basis: PeriodBasis = calendar ? .calendar : .decree09
            let periods: [ReportingPeriod]
            if let containing {
                let day = try CalendarInput.date(containing)
                guard let found = ReportingPeriod.period(kind, containing: day, basis: basis) else {
                    throw CalendarInputError("Ngày \(day.vietnamese) không thuộc kỳ 9 tháng nào.")
                }
                periods = [found]
            } else if let period, let one = ReportingPeriod(code: period, kind: kind, basis: basis) {
                periods = [one]
            } else if let period, period.count == 4, let year = Int(period) {
                periods = ReportingPeriod.periods(kind, of: year, basis: basis)
            } else if let period {
                throw CalendarInputError("Mã kỳ không hợp lệ: \"\(period)\". Ví dụ: monthly 2024-03, quarterly 2024-Q1, half 2024-H1, nine-months 2024, yearly 2024.")
            } else {
                throw CalendarInputError("Thiếu mã kỳ (ví dụ 2024-Q1) hoặc --containing <ngày>.")
            }
            if json {
                struct Output: Encodable { let code, label: String; let start, end: CivilDate; let kind: PeriodKind; let basis: PeriodBasis }
                print(try CalendarInput.json(periods.map {
                    Output(code: $0.code, label: $0.label, start: $0.start, end: $0.end, kind: $0.kind, basis: $0.basis)
                }))
                return
            }
            for p in periods { print("\(p.label): \(p.start.iso) → \(p.end.iso)") }
        }
    }
}

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
          dondoc calendar months 2025                   → các tháng âm lịch năm Ất Tỵ
          dondoc calendar add-workdays 2024-02-05 5     → ngày làm việc thứ 5 sau ngày 05/02/2024
          dondoc calendar add-workdays 2024-03-04 -3    → lùi 3 ngày làm việc
          dondoc calendar workdays 2024-02-01 2024-02-29
          dondoc calendar deadline 2024-06-30           → hạn cuối theo Điều 148 Bộ luật Dân sự
          dondoc calendar period monthly 2024-03        → kỳ báo cáo theo Nghị định 09/2019/NĐ-CP
          dondoc calendar period quarterly 2024-Q1 --calendar
        """,
        subcommands: [
            Holidays.self, ToLunar.self, ToSolar.self, Months.self, AddWorkdays.self, Workdays.self, Deadline.self, Period.self,
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
}

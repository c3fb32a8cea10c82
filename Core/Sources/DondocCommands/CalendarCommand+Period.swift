import ArgumentParser
import LegalCalendar

extension CalendarCommand {
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

        func run() throws { print(try output()) }

        func output() throws -> String {
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
                return try CalendarInput.json(periods)
            }
            return periods.map { "\($0.label): \($0.start.iso) → \($0.end.iso)" }.joined(separator: "\n")
        }
    }
}

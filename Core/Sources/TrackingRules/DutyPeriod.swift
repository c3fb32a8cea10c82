import LegalCalendar

/// The stretch of days one occurrence of a recurring duty answers for (kỳ): a
/// calendar week, month, quarter, half-year or year. Consecutive periods of a duty
/// touch end to start, so every day belongs to exactly one.
public struct DutyPeriod: Hashable, Sendable, Codable {
    public let start: CivilDate
    public let end: CivilDate
    /// "Tháng 3/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tuần 16/03-22/03/2026".
    public let label: String
    /// Stable within a duty, for storage and URLs: "2026-03", "2026-Q1", "2026-H1", "2026", "2026-03-16".
    public let code: String

    public init(start: CivilDate, end: CivilDate, label: String, code: String) {
        self.start = start
        self.end = end
        self.label = label
        self.code = code
    }

    /// A calendar month, quarter, half-year or year, labelled as reports label it.
    init(_ period: ReportingPeriod) {
        self.init(start: period.start, end: period.end, label: period.label, code: period.code)
    }

    /// The week (thứ Hai to Chủ nhật) that holds `day`.
    static func week(containing day: CivilDate) -> DutyPeriod {
        let monday = day.adding(days: 1 - day.weekday)
        let sunday = monday.adding(days: 6)
        return DutyPeriod(start: monday, end: sunday,
                          label: "Tuần \(monday.dayMonth)-\(sunday.dayMonth)/\(sunday.year)", code: monday.iso)
    }

    public func contains(_ day: CivilDate) -> Bool { start <= day && day <= end }
}

extension CivilDate {
    /// "16/03".
    fileprivate var dayMonth: String {
        (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)"
    }
}

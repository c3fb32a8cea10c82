/// A recurrence written as a short code, for a database column or an API field:
/// the frequency, then the day rule after a slash.
///
///     monthly/before-20       hằng tháng, trước ngày 20
///     quarterly-3/on-15       hằng quý, ngày 15 tháng cuối quý
///     halfYearly-6/last       6 tháng, cuối tháng cuối kỳ
///     yearly-12/workday--1    hằng năm, ngày làm việc cuối cùng của tháng 12
///     weekly-5                hằng tuần, thứ Sáu
///
/// A frequency alone ("monthly", the extractor's word) means the duty is due at the
/// end of each period, the Civil Code reading of "trong tháng/quý/năm" (art. 148):
/// the last day of the month, of the quarter's or half's last month, of December;
/// a weekly duty on Friday, the week's last working day.
extension Recurrence {
    public init?(code: some StringProtocol) {
        let parts = code.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let frequency = parts[0].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let number = frequency.count == 2 ? Int(frequency[1]) : nil
        if frequency.count == 2 && number == nil { return nil }
        let kind: Frequency
        switch frequency[0] {
        case "weekly": kind = .weekly(weekday: number ?? 5)
        case "monthly": kind = .monthly
        case "quarterly": kind = .quarterly(monthOfQuarter: number ?? 3)
        case "halfYearly": kind = .halfYearly(monthOfHalf: number ?? 6)
        case "yearly": kind = .yearly(month: number ?? 12)
        default: return nil
        }
        if case .monthly = kind, number != nil { return nil }
        guard kind.isPossible else { return nil }
        guard parts.count == 2 else {
            self.init(kind)
            return
        }
        let rule = parts[1].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let n = rule.count == 2 ? Int(rule[1]) : nil
        let day: DayRule
        switch (rule[0], n) {
        case ("on", let n?) where (1...31).contains(n): day = .onDay(n)
        case ("before", let n?) where (1...31).contains(n): day = .beforeDay(n)
        case ("last", nil) where rule.count == 1: day = .lastDay
        case ("workday", let n?) where n != 0 && abs(n) <= 23: day = .workingDay(n)
        default: return nil
        }
        self.init(kind, day: day)
    }

    /// The code `init(code:)` reads back.
    public var code: String {
        let frequency: String
        switch self.frequency {
        case .weekly(let weekday): return "weekly-\(weekday)"
        case .monthly: frequency = "monthly"
        case .quarterly(let month): frequency = "quarterly-\(month)"
        case .halfYearly(let month): frequency = "halfYearly-\(month)"
        case .yearly(let month): frequency = "yearly-\(month)"
        }
        switch day {
        case .onDay(let n): return frequency + "/on-\(n)"
        case .beforeDay(let n): return frequency + "/before-\(n)"
        case .lastDay: return frequency + "/last"
        case .workingDay(let n): return frequency + "/workday-\(n)"
        }
    }
}

extension Recurrence.Frequency {
    /// Whether the frequency names a real weekday or month.
    var isPossible: Bool {
        switch self {
        case .weekly(let weekday): return (1...7).contains(weekday)
        case .monthly: return true
        case .quarterly(let month): return (1...3).contains(month)
        case .halfYearly(let month): return (1...6).contains(month)
        case .yearly(let month): return (1...12).contains(month)
        }
    }
}

/// How a recurrence reads to users: "Hằng tháng, trước ngày 20",
/// "Hằng quý, ngày 15 tháng thứ 3 của quý", "Hằng tuần, thứ Sáu".
extension Recurrence {
    public var vietnamese: String {
        let weekdays = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
        let month: String
        switch frequency {
        case .weekly(let weekday):
            return "Hằng tuần, " + ((1...7).contains(weekday) ? weekdays[weekday - 1] : "ngày \(weekday)")
        case .monthly: return "Hằng tháng, " + dayWords(of: "tháng")
        case .quarterly(let m): month = m == 3 ? "tháng cuối quý" : "tháng thứ \(m) của quý"
        case .halfYearly(let m): month = m == 6 ? "tháng cuối kỳ" : "tháng thứ \(m) của kỳ"
        case .yearly(let m): month = "tháng \(m)"
        }
        let prefix = switch frequency {
        case .quarterly: "Hằng quý"
        case .halfYearly: "6 tháng một lần"
        default: "Hằng năm"
        }
        return prefix + ", " + dayWords(of: month)
    }

    private func dayWords(of month: String) -> String {
        switch day {
        // A monthly duty's month goes without saying: "trước ngày 20".
        case .onDay(let n): return "ngày \(n)" + (month == "tháng" ? "" : " \(month)")
        case .beforeDay(let n): return "trước ngày \(n)" + (month == "tháng" ? "" : " \(month)")
        case .lastDay: return "ngày cuối \(month)"
        case .workingDay(let n) where n > 0: return "ngày làm việc thứ \(n) của \(month)"
        case .workingDay(let n): return n == -1 ? "ngày làm việc cuối cùng của \(month)" : "ngày làm việc thứ \(-n) tính từ cuối \(month)"
        }
    }
}

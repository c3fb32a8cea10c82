import LegalCalendar

/// The day a recurring duty falls due in each period, and the day it stops, as an
/// item of a plan or directive words them: "định kỳ hằng tháng, báo cáo trước ngày 20",
/// "trước ngày 15 của tháng cuối quý", "vào thứ Sáu hằng tuần", "đến hết năm 2026".
/// A day number with no month after it ("ngày 20") is a day of every period; a full
/// date is a one-off deadline, which `read` handles.
extension DeadlineReader {
    static let của = Phrase("của")
    static let monthOfPeriodWords: [(Phrase, Int)] = [
        ("tháng cuối quý", 3), ("tháng cuối của quý", 3), ("tháng đầu quý", 1), ("tháng đầu của quý", 1),
        ("tháng giữa quý", 2), ("tháng cuối kỳ", 6), ("tháng cuối năm", 12), ("tháng đầu năm", 1),
    ]
    static let weekdays: [(Phrase, Int)] = [
        ("thứ hai", 1), ("thứ ba", 2), ("thứ tư", 3), ("thứ năm", 4), ("thứ sáu", 5), ("thứ bảy", 6), ("chủ nhật", 7),
    ]
    static let untilCues = PhraseSet(["đến hết", "đến hết ngày", "cho đến hết", "đến", "cho đến", "tới", "đến ngày"])

    /// The first "ngày N" (N a day of the month, not the start of a full date) or weekday in the item.
    func recurringDue(in range: Range<Int>) -> RecurringDue? {
        let dates = DateScanner(layout: layout)
        var k = range.lowerBound
        while k < range.upperBound {
            if let weekday = Self.weekdays.first(where: { $0.0.matches(t, at: k, limit: range.upperBound) }) {
                return RecurringDue(rule: .weekday, day: weekday.1)
            }
            guard DateScanner.ngày.matches(t, at: k, limit: range.upperBound), let day = dates.number(k + 1, range.upperBound),
                  t[k + 1].length <= 2, (1...31).contains(day) else {
                k += 1
                continue
            }
            let next = k + 2
            // "ngày 20/3", "ngày 20-3", "ngày 20 tháng 3 năm 2026": a date, not a day of each period
            if next < range.upperBound, t[next].kind == .punct, "/-.".unicodeScalars.contains(s[t[next].start]), !t[next].spaceBefore,
               dates.number(next + 1, range.upperBound) != nil {
                k = next
                continue
            }
            var monthOfPeriod: Int?
            var after = next
            if Self.của.matches(t, at: after, limit: range.upperBound) { after += 1 }
            if let named = Self.monthOfPeriodWords.first(where: { $0.0.matches(t, at: after, limit: range.upperBound) }) {
                monthOfPeriod = named.1
            } else if DateScanner.tháng.matches(t, at: after, limit: range.upperBound), let month = dates.number(after + 1, range.upperBound) {
                // "ngày 15 tháng 12 hằng năm" names the month of a yearly duty; with a year it is a plain date
                if DateScanner.năm.matches(t, at: after + 2, limit: range.upperBound) || dates.tight(after + 2, range.upperBound, "/") || !(1...12).contains(month) {
                    k = next
                    continue
                }
                monthOfPeriod = month
            }
            let before = k > range.lowerBound && DateScanner.trước.matches(t, at: k - 1, limit: k)
            return RecurringDue(rule: before ? .beforeDay : .onDay, day: day, monthOfPeriod: monthOfPeriod)
        }
        return nil
    }

    /// The date after "đến hết", "đến", "tới": the last day of a duty ("đến hết năm 2026" = 31/12/2026).
    func recurringUntil(in range: Range<Int>, documentYear: Int?) -> CivilDate? {
        let scanner = DateScanner(layout: layout)
        for m in scanner.mentions(in: range, defaultYear: documentYear) where m.hasYear {
            var j = m.tokens.lowerBound
            if j > range.lowerBound, DateScanner.ngày.matches(t, at: j - 1), !DateScanner.ngày.matches(t, at: j) { j -= 1 }
            for back in 1...3 where j - back >= range.lowerBound && Self.untilCues.match(t, at: j - back, limit: j) == back {
                return m.date
            }
        }
        return nil
    }
}

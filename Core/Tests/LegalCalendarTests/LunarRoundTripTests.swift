import Testing
import LegalCalendar

@Suite struct LunarRoundTripTests {
    /// Every day of 1900-2199 converts to a lunar date and back, and consecutive days are
    /// consecutive lunar days or the first day of the next month.
    @Test func everyDayOf1900to2199RoundTrips() {
        let first = date(1900, 1, 1).daysSinceEpoch, last = date(2199, 12, 31).daysSinceEpoch
        var previous = Lunar.lunarDate(for: CivilDate(daysSinceEpoch: first - 1))
        var failures = 0
        for n in first...last {
            let civil = CivilDate(daysSinceEpoch: n)
            let lunar = Lunar.lunarDate(for: civil)
            if Lunar.civilDate(for: lunar) != civil || !follows(lunar, previous) {
                failures += 1
                if failures <= 5 { Issue.record("\(civil.iso) → \(lunar) after \(previous)") }
            }
            previous = lunar
        }
        #expect(failures == 0)
    }

    private func follows(_ lunar: LunarDate, _ previous: LunarDate) -> Bool {
        if lunar.day == previous.day + 1 {
            return lunar.month == previous.month && lunar.isLeapMonth == previous.isLeapMonth && lunar.year == previous.year
        }
        guard lunar.day == 1, (29...30).contains(previous.day) else { return false }
        if lunar.isLeapMonth { return lunar.month == previous.month && !previous.isLeapMonth && lunar.year == previous.year }
        if previous.month == 12 { return lunar.month == 1 && lunar.year == previous.year + 1 }
        return lunar.month == previous.month + 1 && lunar.year == previous.year
    }

    @Test func everyYearHasTwelveOrThirteenMonths() {
        for year in Lunar.tabulatedYears {
            let next = Lunar.newYear(year + 1 <= 2199 ? year + 1 : 2199)
            guard year < 2199 else { break }
            let days = Lunar.newYear(year).days(until: next)
            let expected = Lunar.leapMonth(in: year) == nil ? 353...355 : 383...385
            #expect(expected.contains(days), "\(year): \(days) days")
        }
    }
}

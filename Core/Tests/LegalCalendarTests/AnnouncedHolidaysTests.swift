import Testing
import LegalCalendar

/// The public-sector breaks the government announced (domain.md §5), reproduced exactly.
@Suite struct AnnouncedHolidaysTests {
    let calendar = WorkCalendar.vietnam

    @Test(arguments: [
        (date(2022, 2, 1), date(2022, 1, 29), date(2022, 2, 6)),
        (date(2023, 1, 22), date(2023, 1, 20), date(2023, 1, 26)),
        (date(2024, 2, 10), date(2024, 2, 8), date(2024, 2, 14)),
        (date(2025, 1, 29), date(2025, 1, 25), date(2025, 2, 2)),
        (date(2026, 2, 17), date(2026, 2, 14), date(2026, 2, 22)),
    ])
    func tetBreak(tet: CivilDate, first: CivilDate, last: CivilDate) {
        #expect(calendar.breakAround(tet) == first...last)
    }

    @Test func tet2023HasTwoMakeUpDays() {
        let makeUp = calendar.daysOff(in: 2023).filter { $0.kind == .compensatory && $0.date.month == 1 && $0.date.day > 2 }
        #expect(makeUp.map(\.date) == [date(2023, 1, 25), date(2023, 1, 26)])
    }

    @Test(arguments: [
        // 2022
        (date(2022, 1, 3), date(2022, 1, 1), date(2022, 1, 3)),
        (date(2022, 4, 11), date(2022, 4, 9), date(2022, 4, 11)),
        (date(2022, 5, 2), date(2022, 4, 30), date(2022, 5, 3)),
        (date(2022, 9, 1), date(2022, 9, 1), date(2022, 9, 4)),
        // 2023
        (date(2023, 1, 2), date(2022, 12, 31), date(2023, 1, 2)),
        (date(2023, 5, 1), date(2023, 4, 29), date(2023, 5, 3)),
        (date(2023, 9, 1), date(2023, 9, 1), date(2023, 9, 4)),
        // 2024: Monday 29/4 off for Saturday 4/5 worked
        (date(2024, 4, 18), date(2024, 4, 18), date(2024, 4, 18)),
        (date(2024, 4, 30), date(2024, 4, 27), date(2024, 5, 1)),
        (date(2024, 9, 2), date(2024, 8, 31), date(2024, 9, 3)),
        // 2025: Friday 2/5 off for Saturday 26/4 worked
        (date(2025, 4, 7), date(2025, 4, 5), date(2025, 4, 7)),
        (date(2025, 4, 30), date(2025, 4, 30), date(2025, 5, 4)),
        (date(2025, 9, 2), date(2025, 8, 30), date(2025, 9, 2)),
        // 2026: Friday 2/1 off for Saturday 10/1; Monday 31/8 off for Saturday 22/8
        (date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 4)),
        (date(2026, 4, 27), date(2026, 4, 25), date(2026, 4, 27)),
        (date(2026, 4, 30), date(2026, 4, 30), date(2026, 5, 3)),
        (date(2026, 9, 2), date(2026, 8, 29), date(2026, 9, 2)),
    ])
    func otherBreaks(day: CivilDate, first: CivilDate, last: CivilDate) {
        #expect(calendar.breakAround(day) == first...last)
    }

    @Test func workedSaturdaysAreWorkingDays() {
        for saturday in [date(2024, 5, 4), date(2025, 4, 26), date(2026, 1, 10), date(2026, 8, 22)] {
            #expect(saturday.weekday == 6)
            #expect(calendar.isWorkingDay(saturday))
        }
        #expect(calendar.workedWeekendDays(in: 2024).map(\.date) == [date(2024, 5, 4)])
        #expect(!calendar.isWorkingDay(date(2024, 5, 11)))
    }

    @Test func swappedDaysAreNamedAsSwaps() {
        let swaps = calendar.daysOff(in: 2025).filter { $0.kind == .swapped }
        #expect(swaps.map(\.date) == [date(2025, 5, 2)])
    }

    @Test func eachYearHasElevenDaysOffBesidesSwaps() {
        // Art. 112(1): 11 paid days; a holiday on a weekend is replaced by a make-up day
        // (Art. 111(3)) and a swap only moves a day, so holidays plus make-up days are 11.
        for year in 2021...2026 {
            let days = calendar.daysOff(in: year).filter { $0.kind != .swapped }
            #expect(days.count == 11, "\(year): \(days)")
        }
    }
}

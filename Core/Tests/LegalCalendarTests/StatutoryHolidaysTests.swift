import Testing
@testable import LegalCalendar

/// The Labour Code rules used for years without an announcement.
@Suite struct StatutoryHolidaysTests {
    /// Where the government made no swap, the rules alone give exactly the announced days.
    @Test(arguments: [2021, 2022, 2023])
    func rulesReproduceAnnouncedYearsWithoutSwaps(year: Int) {
        let announced = AnnouncedDaysOff.byYear[year]!.daysOff.map(\.date).sorted()
        #expect(StatutoryHolidays.daysOff(in: year).map(\.date) == announced)
    }

    /// With swaps, the rules differ from the announcement only by the swapped day.
    @Test(arguments: [2024, 2025, 2026])
    func rulesReproduceAnnouncedYearsApartFromSwaps(year: Int) {
        let announced = AnnouncedDaysOff.byYear[year]!.daysOff.filter { $0.kind != .swapped }.map(\.date).sorted()
        #expect(StatutoryHolidays.daysOff(in: year).map(\.date) == announced)
    }

    /// Art. 112(1) gives 11 paid days; each one on a weekend comes back as a make-up day.
    @Test func everyRuleYearHasElevenDaysOff() {
        for year in 1900...2199 {
            #expect(StatutoryHolidays.daysOff(in: year).count == 11, "\(year)")
        }
    }

    /// Every listed day is a distinct weekday (weekend holidays are replaced, not listed).
    @Test func daysOffAreDistinctWeekdays() {
        for year in 1900...2199 {
            let dates = StatutoryHolidays.daysOff(in: year).map(\.date)
            #expect(Set(dates).count == dates.count, "\(year)")
            #expect(dates.allSatisfy { !$0.isWeekend && $0.year == year }, "\(year)")
        }
    }

    @Test func twoHolidaysOnOneDateGiveAMakeUpDay() {
        // 10/3 âm lịch fell on 30/4 in 1947 (a Wednesday): 30/4, 1/5 and a make-up Friday 2/5.
        let days = StatutoryHolidays.daysOff(in: 1947).filter { $0.date.month == 4 || $0.date.month == 5 }
        #expect(days.map(\.date) == [date(1947, 4, 30), date(1947, 5, 1), date(1947, 5, 2)])
        #expect(days.last?.kind == .compensatory)
    }

    @Test func holidaysFollowTheLunarCalendar() {
        // 2030: Tết on Saturday 2/2 (China: 3/2), Giỗ Tổ on Friday 12/4.
        let days = StatutoryHolidays.daysOff(in: 2030)
        #expect(days.filter { $0.name == StatutoryHolidays.tet }.map(\.date) == [date(2030, 1, 31), date(2030, 2, 1), date(2030, 2, 4)])
        #expect(days.contains(DayOff(date: date(2030, 4, 12), name: StatutoryHolidays.hungKings, kind: .holiday)))
    }

    @Test func tetOnASaturdayTakesTwoDaysBeforeAndMakesUpTheWeekend() {
        // Tết Đinh Mùi falls on Saturday 6/2/2027.
        let days = StatutoryHolidays.daysOff(in: 2027).filter { $0.date.month == 2 }
        #expect(days.map(\.date) == [date(2027, 2, 4), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10)])
        #expect(days.filter { $0.kind == .compensatory }.count == 2)
    }

    @Test func nationalDayOnASundayIsFollowedByTwoDaysOff() {
        // 2/9/2029 is a Sunday: Monday 3/9 is the adjacent day, Tuesday 4/9 makes up for Sunday.
        let days = StatutoryHolidays.daysOff(in: 2029).filter { $0.date.month == 9 }
        #expect(days.map(\.date) == [date(2029, 9, 3), date(2029, 9, 4)])
    }

    @Test func reunificationAndLabourDayOnAWeekendAreMadeUpInOrder() {
        // 2033: 30/4 Saturday, 1/5 Sunday → Monday 2/5 and Tuesday 3/5.
        let days = StatutoryHolidays.daysOff(in: 2033).filter { $0.date.month == 5 }
        #expect(days.map(\.date) == [date(2033, 5, 2), date(2033, 5, 3)])
        #expect(days.allSatisfy { $0.kind == .compensatory })
    }
}

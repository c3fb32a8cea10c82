import Testing
import LegalCalendar
import TrackingRules

@Suite struct RecurrenceTests {
    let calendar = WorkCalendar.vietnam

    @Test func beforeTheTwentiethOfEachMonthIsTheNineteenthRolledOffDaysOff() {
        let monthly = Recurrence(.monthly, day: .beforeDay(20))
        let dates = monthly.occurrences(from: CivilDate(year: 2026, month: 3, day: 1)!,
                                        through: CivilDate(year: 2026, month: 5, day: 31)!, calendar: calendar)
        #expect(dates.map(\.nominalDate) == [march(19), CivilDate(year: 2026, month: 4, day: 19)!, CivilDate(year: 2026, month: 5, day: 19)!])
        // 19/4/2026 is a Sunday: the deadline moves to Monday 20/4.
        #expect(dates[1].deadline == CivilDate(year: 2026, month: 4, day: 20)!)
        #expect(dates[0].deadline == march(19))
    }

    @Test func weeklyDutiesFallOnTheirWeekday() {
        let fridays = Recurrence(.weekly(weekday: 5)).occurrences(from: march(1), through: march(31), calendar: calendar)
        #expect(fridays.map(\.nominalDate) == [march(6), march(13), march(20), march(27)])
    }

    @Test func quarterlyInTheLastMonthAndYearlyInItsMonth() {
        let range = (CivilDate(year: 2026, month: 1, day: 1)!, CivilDate(year: 2026, month: 12, day: 31)!)
        let quarterly = Recurrence(.quarterly(monthOfQuarter: 3), day: .onDay(10)).occurrences(from: range.0, through: range.1, calendar: calendar)
        #expect(quarterly.map(\.nominalDate.month) == [3, 6, 9, 12])
        let halves = Recurrence(.halfYearly(monthOfHalf: 6), day: .beforeDay(10)).occurrences(from: range.0, through: range.1, calendar: calendar)
        #expect(halves.map(\.nominalDate) == [CivilDate(year: 2026, month: 6, day: 9)!, CivilDate(year: 2026, month: 12, day: 9)!])
        let yearly = Recurrence(.yearly(month: 12), day: .onDay(15)).occurrences(from: range.0, through: range.1, calendar: calendar)
        #expect(yearly.map(\.nominalDate) == [CivilDate(year: 2026, month: 12, day: 15)!])
    }

    @Test func shortMonthsClampAndTheDayBeforeTheFirstIsInThePreviousMonth() {
        let feb = Recurrence(.monthly, day: .onDay(31)).occurrences(from: CivilDate(year: 2026, month: 2, day: 1)!,
                                                                   through: CivilDate(year: 2026, month: 2, day: 28)!, calendar: calendar)
        #expect(feb.map(\.nominalDate) == [CivilDate(year: 2026, month: 2, day: 28)!])
        let beforeFirst = Recurrence(.yearly(month: 1), day: .beforeDay(1)).occurrences(
            from: CivilDate(year: 2026, month: 12, day: 1)!, through: CivilDate(year: 2026, month: 12, day: 31)!, calendar: calendar)
        #expect(beforeFirst.map(\.nominalDate) == [CivilDate(year: 2026, month: 12, day: 31)!])
    }

    @Test func workingDaysOfTheMonthSkipWeekendsAndTet() {
        // February 2026: Sunday 1st; Tết leaves 16–20/2 off (and the weekends around it).
        let feb = (CivilDate(year: 2026, month: 2, day: 1)!, CivilDate(year: 2026, month: 2, day: 28)!)
        let third = Recurrence(.monthly, day: .workingDay(3)).occurrences(from: feb.0, through: feb.1, calendar: calendar)
        #expect(third.map(\.nominalDate) == [CivilDate(year: 2026, month: 2, day: 4)!])
        let twelfth = Recurrence(.monthly, day: .workingDay(12)).occurrences(from: feb.0, through: feb.1, calendar: calendar)
        #expect(twelfth.map(\.nominalDate) == [CivilDate(year: 2026, month: 2, day: 24)!], "10 working days, then Tết, then 23 and 24")
        let last = Recurrence(.monthly, day: .workingDay(-1)).occurrences(from: feb.0, through: feb.1, calendar: calendar)
        #expect(last.map(\.nominalDate) == [CivilDate(year: 2026, month: 2, day: 27)!])
        #expect(Recurrence(.monthly, day: .workingDay(40)).occurrences(from: feb.0, through: feb.1, calendar: calendar).isEmpty)
    }

    @Test func impossibleRulesGiveNothing() {
        #expect(Recurrence(.weekly(weekday: 8)).occurrences(from: march(1), through: march(31), calendar: calendar).isEmpty)
        #expect(Recurrence(.monthly).occurrences(from: march(31), through: march(1), calendar: calendar).isEmpty)
    }
}

import Testing
import PropertyBased
import LegalCalendar

@Suite struct DeadlineTests {
    let calendar = WorkCalendar.vietnam

    @Test func calendarDaysEndOnAWorkingDay() {
        // "trong 10 ngày kể từ ngày 31/01/2024": 10/02/2024 is Tết, so the limit ends Thursday 15/02.
        #expect(calendar.deadline(days: 10, after: date(2024, 1, 31)) == date(2024, 2, 15))
        #expect(calendar.deadline(days: 7, after: date(2024, 3, 4)) == date(2024, 3, 11))
        #expect(calendar.with(deadlinePolicy: .exactDate).deadline(days: 10, after: date(2024, 1, 31)) == date(2024, 2, 10))
    }

    @Test func workingDaysSkipDaysOff() {
        // "trong 03 ngày làm việc kể từ ngày 26/4/2024": 29/4-1/5 are off, 2/5 and 3/5 count,
        // and Saturday 4/5, worked in exchange for 29/4, is the third.
        #expect(calendar.deadline(workingDays: 2, after: date(2024, 4, 26)) == date(2024, 5, 3))
        #expect(calendar.deadline(workingDays: 3, after: date(2024, 4, 26)) == date(2024, 5, 4))
        #expect(calendar.deadline(workingDays: 4, after: date(2024, 4, 26)) == date(2024, 5, 6))
    }

    @Test func monthsKeepTheDateOrTakeTheLastDay() {
        #expect(date(2024, 1, 31).adding(months: 1) == date(2024, 2, 29))
        #expect(date(2023, 1, 31).adding(months: 1) == date(2023, 2, 28))
        #expect(date(2024, 11, 15).adding(months: 3) == date(2025, 2, 15))
        #expect(date(2024, 1, 15).adding(months: -1) == date(2023, 12, 15))
        // "trong 01 tháng kể từ ngày 30/3/2024": 30/4/2024 is a holiday, then 1/5; Thursday 2/5.
        #expect(calendar.deadline(months: 1, after: date(2024, 3, 30)) == date(2024, 5, 2))
    }

    @Test func addingMonthsAndBackNeverMovesLater() async {
        await propertyCheck(input: Gen.int(in: -25_000...80_000), Gen.int(in: -600...600)) { n, months in
            let day = CivilDate(daysSinceEpoch: n)
            let moved = day.adding(months: months)
            #expect((moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months)
            #expect(moved.day <= day.day)
        }
    }
}

@Suite struct PartOfPeriodTests {
    @Test func monthsAndYearsByTheCivilCode() {
        #expect(CivilDate(.beginning, ofMonth: 6, year: 2024) == date(2024, 6, 1))
        #expect(CivilDate(.middle, ofMonth: 2, year: 2024) == date(2024, 2, 15))
        #expect(CivilDate(.end, ofMonth: 2, year: 2024) == date(2024, 2, 29))
        #expect(CivilDate(.end, ofMonth: 2, year: 2023) == date(2023, 2, 28))
        #expect(CivilDate(.end, ofMonth: 13, year: 2023) == nil)
        #expect(CivilDate(.middle, ofYear: 2025) == date(2025, 6, 30))
        #expect(CivilDate(.end, ofYear: 2025) == date(2025, 12, 31))
        // "Chậm nhất cuối tháng 6/2024" is Sunday 30/6: the limit ends Monday 1/7.
        #expect(WorkCalendar.vietnam.legalDeadline(CivilDate(.end, ofMonth: 6, year: 2024)!) == date(2024, 7, 1))
    }
}

import Testing
import LegalCalendar

@Suite struct WorkCalendarTests {
    let calendar = WorkCalendar.vietnam

    @Test func weekendsAndTetAreNotWorkingDays() {
        #expect(calendar.isWorkingDay(date(2024, 2, 7)))      // Wednesday before Tết
        #expect(!calendar.isWorkingDay(date(2024, 2, 8)))     // 29 Tết
        #expect(!calendar.isWorkingDay(date(2024, 2, 14)))    // nghỉ bù
        #expect(calendar.isWorkingDay(date(2024, 2, 15)))
        #expect(!calendar.isWorkingDay(date(2024, 3, 2)))     // an ordinary Saturday
    }

    @Test func addingWorkingDaysSkipsTheTetBreak() {
        // "trong 5 ngày làm việc kể từ ngày 05/02/2024": 6, 7, 15, 16, 19 February.
        #expect(calendar.adding(workingDays: 5, to: date(2024, 2, 5)) == date(2024, 2, 19))
        #expect(calendar.adding(workingDays: 1, to: date(2024, 2, 7)) == date(2024, 2, 15))
        #expect(calendar.adding(workingDays: 0, to: date(2024, 2, 10)) == date(2024, 2, 10))
    }

    @Test func negativeCountsGoBack() {
        #expect(calendar.adding(workingDays: -1, to: date(2024, 2, 15)) == date(2024, 2, 7))
        #expect(calendar.adding(workingDays: -3, to: date(2024, 3, 4)) == date(2024, 2, 28))
    }

    @Test func countingWorkingDaysExcludesTheStartDay() {
        // February 2024 has 21 weekdays, 5 of them in the Tết break; 1 February is not counted.
        #expect(calendar.workingDays(from: date(2024, 2, 1), through: date(2024, 2, 29)) == 15)
        #expect(calendar.workingDays(from: date(2024, 1, 31), through: date(2024, 2, 29)) == 16)
        #expect(calendar.workingDays(from: date(2024, 2, 29), through: date(2024, 2, 1)) == -15)
        #expect(calendar.workingDays(from: date(2024, 2, 1), through: date(2024, 2, 1)) == 0)
    }

    @Test func nextWorkingDayRollsOverBreaks() {
        #expect(calendar.nextWorkingDay(onOrAfter: date(2025, 4, 30)) == date(2025, 5, 5))
        #expect(calendar.nextWorkingDay(onOrAfter: date(2025, 4, 26)) == date(2025, 4, 26))  // worked Saturday
        #expect(calendar.nextWorkingDay(onOrAfter: date(2025, 5, 6)) == date(2025, 5, 6))
    }

    @Test func legalDeadlineFollowsTheCivilCodeUnlessSwitchedOff() {
        // A time limit ending on Sunday 30/6/2024 ends on Monday 1/7.
        #expect(calendar.legalDeadline(date(2024, 6, 30)) == date(2024, 7, 1))
        #expect(calendar.legalDeadline(date(2024, 7, 2)) == date(2024, 7, 2))
        #expect(calendar.with(deadlinePolicy: .exactDate).legalDeadline(date(2024, 6, 30)) == date(2024, 6, 30))
    }

    @Test func localOverridesWin() {
        let local = calendar.with(overrides: [
            DayOverride(date: date(2024, 3, 8), isWorkingDay: false, name: "Nghỉ kỷ niệm ngày thành lập tỉnh"),
            DayOverride(date: date(2024, 2, 14), isWorkingDay: true, name: "Trực Tết"),
        ])
        #expect(!local.isWorkingDay(date(2024, 3, 8)))
        #expect(local.isWorkingDay(date(2024, 2, 14)))
        #expect(calendar.isWorkingDay(date(2024, 3, 8)))  // the national calendar is untouched
        let daysOff = local.daysOff(in: 2024)
        #expect(daysOff.contains(DayOff(date: date(2024, 3, 8), name: "Nghỉ kỷ niệm ngày thành lập tỉnh", kind: .local)))
        #expect(!daysOff.contains { $0.date == date(2024, 2, 14) })
        #expect(local.adding(workingDays: 1, to: date(2024, 3, 7)) == date(2024, 3, 11))
        #expect(local.localOverrides.map(\.date) == [date(2024, 2, 14), date(2024, 3, 8)])
    }

    @Test func daysOffAreListedInOrderWithNames() {
        let days = calendar.daysOff(in: 2024)
        #expect(days.first == DayOff(date: date(2024, 1, 1), name: "Tết Dương lịch", kind: .holiday))
        #expect(days.map(\.date) == days.map(\.date).sorted())
        #expect(days.count == 12)
    }
}

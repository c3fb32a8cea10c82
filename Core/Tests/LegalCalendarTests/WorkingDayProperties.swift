import Testing
import PropertyBased
import LegalCalendar

@Suite struct WorkingDayProperties {
    let calendar = WorkCalendar.vietnam
    /// 2019-2032: announced years, rule years, Tết and swaps.
    static let days = Gen.int(in: CivilDate(year: 2019, month: 1, day: 1)!.daysSinceEpoch...CivilDate(year: 2032, month: 12, day: 31)!.daysSinceEpoch)
        .map { CivilDate(daysSinceEpoch: $0) }

    @Test func addingThenCountingGivesBackTheCount() async {
        await propertyCheck(count: 300, input: Self.days, Gen.int(in: 0...400)) { start, n in
            let end = calendar.adding(workingDays: n, to: start)
            #expect(calendar.workingDays(from: start, through: end) == n)
            if n > 0 { #expect(calendar.isWorkingDay(end)) }
        }
    }

    @Test func goingBackFromAWorkingDayIsTheInverse() async {
        await propertyCheck(count: 300, input: Self.days, Gen.int(in: 0...400)) { day, n in
            let start = calendar.nextWorkingDay(onOrAfter: day)
            let earlier = calendar.adding(workingDays: -n, to: start)
            #expect(calendar.workingDays(from: earlier, through: start) == n)
            #expect(calendar.adding(workingDays: n, to: earlier) == start)
        }
    }

    /// The count comes from a table of the national calendar; it must equal
    /// walking the days one by one, local overrides included, in both directions.
    @Test func countingEqualsWalkingTheDays() async {
        await propertyCheck(count: 300, input: Self.days, Gen.int(in: -400...400), Gen.int(in: 0...40)) { start, length, shift in
            let end = start.adding(days: length)
            let local = calendar.with(overrides: [
                DayOverride(date: start.adding(days: shift), isWorkingDay: false, name: "Nghỉ địa phương"),
                DayOverride(date: start.adding(days: shift + 3), isWorkingDay: true, name: "Làm bù"),
                DayOverride(date: start.adding(days: -shift), isWorkingDay: false, name: "Nghỉ địa phương"),
            ])
            for cal in [calendar, local] {
                var walked = 0
                var day = min(start, end)
                while day < max(start, end) {
                    day = day.adding(days: 1)
                    if cal.isWorkingDay(day) { walked += 1 }
                }
                #expect(cal.workingDays(from: start, through: end) == (end < start ? -walked : walked))
            }
        }
    }

    @Test func legalDeadlineIsTheFirstWorkingDayOnOrAfter() async {
        await propertyCheck(count: 300, input: Self.days) { day in
            let deadline = calendar.legalDeadline(day)
            #expect(deadline >= day)
            #expect(calendar.isWorkingDay(deadline))
            // no working day is skipped: [day, deadline) holds none
            #expect(calendar.workingDays(from: day.adding(days: -1), through: deadline.adding(days: -1)) == 0)
        }
    }
}

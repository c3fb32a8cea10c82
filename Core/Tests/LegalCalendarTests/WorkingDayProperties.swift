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

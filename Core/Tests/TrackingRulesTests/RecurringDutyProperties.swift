import Testing
import PropertyBased
import LegalCalendar
import TrackingRules

/// Laws of a duty's occurrences for any rule and start: over about two years of
/// starts, across Tết and the other holidays.
@Suite struct RecurringDutyProperties {
    let calendar = WorkCalendar.vietnam
    let base = march(2)
    let codes = ["monthly/before-20", "monthly/on-31", "monthly/last", "monthly/workday-3", "monthly/workday--1",
                 "quarterly-3/before-15", "quarterly-1/on-10", "halfYearly-6/before-10", "halfYearly", "yearly-12/on-15",
                 "yearly-1/before-1", "weekly-5", "weekly-1", "weekly-7"]

    func occurrences(_ code: Int, _ start: Int, _ span: Int) -> [RecurringDuty.Occurrence] {
        let duty = RecurringDuty(Recurrence(code: codes[code])!, starts: base.adding(days: start))
        return duty.occurrences(asOf: base.adding(days: start + span), calendar: calendar)
    }

    @Test func periodsAreContiguousNonOverlappingAndOrdered() async {
        await propertyCheck(input: Gen.int(in: 0...13), Gen.int(in: 0...700), Gen.int(in: 0...500)) { code, start, span in
            let all = occurrences(code, start, span)
            #expect(!all.isEmpty)
            for (a, b) in zip(all, all.dropFirst()) {
                #expect(a.period.end.adding(days: 1) == b.period.start, "\(codes[code]): \(a.period.code) then \(b.period.code)")
                // Not strictly: a Sunday duty rolled over a week of Tết is due with the next one.
                #expect(a.deadline <= b.deadline)
                #expect(a.nominalDate < b.nominalDate)
            }
            #expect(Set(all.map(\.period.code)).count == all.count)
            for o in all { #expect(o.period.start <= o.period.end) }
        }
    }

    @Test func everyDeadlineIsAWorkingDayAfterTheStartAndOnOrAfterItsNominalDay() async {
        await propertyCheck(input: Gen.int(in: 0...13), Gen.int(in: 0...700), Gen.int(in: 0...300)) { code, start, span in
            for o in occurrences(code, start, span) {
                #expect(calendar.isWorkingDay(o.deadline))
                #expect(o.deadline >= o.nominalDate)
                #expect(o.deadline > base.adding(days: start))
            }
        }
    }

    @Test func theOccurrencesShownCoverEveryPeriodBegunByTheDayAndOneMore() async {
        await propertyCheck(input: Gen.int(in: 0...13), Gen.int(in: 0...700), Gen.int(in: 0...300)) { code, start, span in
            let asOf = base.adding(days: start + span)
            let all = occurrences(code, start, span)
            #expect(all.dropLast().allSatisfy { $0.period.start <= asOf })
            #expect(all.last!.period.start > asOf)
        }
    }
}

import Testing
import LegalCalendar
import TrackingRules

@Suite struct RecurringDutyTests {
    let calendar = WorkCalendar.vietnam
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test func aMonthlyReportBeforeTheTwentiethOwesOnePeriodEachMonthUntilTheStatedEnd() {
        // Plan dated 05/3/2026: "hằng tháng báo cáo trước ngày 20 ... đến hết năm 2026".
        let duty = RecurringDuty(Recurrence(code: "monthly/before-20")!, starts: day(2026, 3, 5), ends: day(2026, 12, 31))
        let all = duty.occurrences(asOf: day(2027, 6, 1), calendar: calendar)
        #expect(all.map(\.period.label) == (3...12).map { "Tháng \($0)/2026" })
        #expect(all.first?.deadline == day(2026, 3, 19))
        // 19/4/2026 is a Sunday: due Monday 20/4 (Civil Code art. 148).
        #expect(all[1].nominalDate == day(2026, 4, 19))
        #expect(all[1].deadline == day(2026, 4, 20))
    }

    @Test func aDutyAssignedAfterThisMonthsDayStartsNextMonth() {
        let duty = RecurringDuty(Recurrence(code: "monthly/before-20")!, starts: day(2026, 3, 25))
        #expect(duty.first(calendar: calendar)?.period.label == "Tháng 4/2026")
        // A deadline on the very day of the document is not owed either.
        let sameDay = RecurringDuty(Recurrence(code: "monthly/on-19")!, starts: day(2026, 3, 19))
        #expect(sameDay.first(calendar: calendar)?.period.code == "2026-04")
    }

    @Test func anOpenEndedDutyShowsThePeriodsBegunAndTheNextOne() {
        let duty = RecurringDuty(Recurrence(code: "monthly/before-20")!, starts: day(2026, 3, 5))
        let seen = duty.occurrences(asOf: day(2026, 5, 2), calendar: calendar)
        #expect(seen.map(\.period.code) == ["2026-03", "2026-04", "2026-05", "2026-06"])
        // Before the first period begins, only the first is shown.
        #expect(duty.occurrences(asOf: day(2026, 1, 1), calendar: calendar).map(\.period.code) == ["2026-03"])
    }

    @Test func quarterlyInTheLastMonthOfTheQuarterIsLabelledByQuarter() {
        // "trước ngày 15 của tháng cuối quý"
        let duty = RecurringDuty(Recurrence(code: "quarterly-3/before-15")!, starts: day(2026, 1, 10), ends: day(2026, 12, 31))
        let all = duty.occurrences(asOf: day(2026, 12, 31), calendar: calendar)
        #expect(all.map(\.period.label) == ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"])
        #expect(all.map(\.nominalDate) == [day(2026, 3, 14), day(2026, 6, 14), day(2026, 9, 14), day(2026, 12, 14)])
        // 14/3/2026 is a Saturday, 14/6 a Sunday: both move to Monday.
        #expect(all[0].deadline == day(2026, 3, 16))
        #expect(all[1].deadline == day(2026, 6, 15))
    }

    @Test func withoutAStatedDayADutyIsDueAtTheEndOfItsPeriod() {
        let halves = RecurringDuty(Recurrence(code: "halfYearly")!, starts: day(2026, 1, 1))
            .occurrences(asOf: day(2026, 6, 30), calendar: calendar)
        #expect(halves.map(\.period.label) == ["6 tháng đầu năm 2026", "6 tháng cuối năm 2026"])
        #expect(halves[0].nominalDate == day(2026, 6, 30))
        let year = RecurringDuty(Recurrence(code: "yearly")!, starts: day(2026, 2, 1)).first(calendar: calendar)
        #expect(year?.period.label == "Năm 2026")
        // 31/12/2026 is a Thursday.
        #expect(year?.deadline == day(2026, 12, 31))
    }

    @Test func weeklyDutiesRunMondayToSundayAndAreDueOnTheirWeekday() {
        let fridays = RecurringDuty(Recurrence(code: "weekly-5")!, starts: day(2026, 3, 11))
            .occurrences(asOf: day(2026, 3, 17), calendar: calendar)
        #expect(fridays.map(\.period.label) == ["Tuần 09/03-15/03/2026", "Tuần 16/03-22/03/2026", "Tuần 23/03-29/03/2026"])
        #expect(fridays.map(\.deadline) == [day(2026, 3, 13), day(2026, 3, 20), day(2026, 3, 27)])
    }

    @Test func aRuleNoPeriodSatisfiesOwesNothingInsteadOfLoopingForever() {
        let duty = RecurringDuty(Recurrence(.monthly, day: .workingDay(24)), starts: day(2026, 1, 1))
        #expect(duty.first(calendar: calendar) == nil)
        let ended = RecurringDuty(Recurrence(code: "monthly")!, starts: day(2026, 5, 1), ends: day(2026, 4, 1))
        #expect(ended.occurrences(asOf: day(2026, 12, 1), calendar: calendar).isEmpty)
    }

    @Test func eachOccurrenceGetsItsOwnOfficialStatus() {
        let classifier = StatusClassifier(calendar: calendar)
        let march = RecurringDuty(Recurrence(code: "monthly/before-20")!, starts: day(2026, 3, 1)).first(calendar: calendar)!
        let open = TaskTimeline(originalDeadline: march.deadline, workflowState: .inProgress)
        #expect(classifier.classify(open, asOf: day(2026, 3, 19)).status == .inProgressOnTime)
        #expect(classifier.classify(open, asOf: day(2026, 3, 20)).status == .overdue)
        let late = TaskTimeline(originalDeadline: march.deadline, completedOn: day(2026, 3, 23), workflowState: .done)
        #expect(classifier.classify(late, asOf: day(2026, 4, 1)).status == .doneLate)
    }
}

@Suite struct RecurrenceCodeTests {
    @Test func codesReadBackToTheSameRule() {
        let rules = [Recurrence(.monthly, day: .beforeDay(20)), Recurrence(.quarterly(monthOfQuarter: 3), day: .onDay(15)),
                     Recurrence(.halfYearly(monthOfHalf: 6)), Recurrence(.yearly(month: 12), day: .workingDay(-1)),
                     Recurrence(.weekly(weekday: 5))]
        for rule in rules {
            #expect(Recurrence(code: rule.code) == rule, "\(rule.code)")
        }
        #expect(Recurrence(code: "monthly/before-20")?.code == "monthly/before-20")
    }

    @Test func theExtractorsBareFrequencyMeansTheEndOfThePeriod() {
        #expect(Recurrence(code: "quarterly") == Recurrence(.quarterly(monthOfQuarter: 3), day: .lastDay))
        #expect(Recurrence(code: "weekly") == Recurrence(.weekly(weekday: 5)))
    }

    @Test func dailyDutiesAndNonsenseAreNotTrackedByPeriod() {
        for code in ["daily", "", "monthly-3", "quarterly-4", "monthly/on-32", "monthly/before-x", "monthly/", "yearly-13/last", "hang_thang"] {
            #expect(Recurrence(code: code) == nil, "\(code)")
        }
    }
}

@Suite struct RecurrenceWordingTests {
    @Test func aRecurrenceReadsAsTheDocumentWouldSayIt() {
        #expect(Recurrence(code: "monthly/before-20")?.vietnamese == "Hằng tháng, trước ngày 20")
        #expect(Recurrence(code: "monthly/on-5")?.vietnamese == "Hằng tháng, ngày 5")
        #expect(Recurrence(code: "monthly")?.vietnamese == "Hằng tháng, ngày cuối tháng")
        #expect(Recurrence(code: "quarterly-3/before-15")?.vietnamese == "Hằng quý, trước ngày 15 tháng cuối quý")
        #expect(Recurrence(code: "quarterly-1/on-10")?.vietnamese == "Hằng quý, ngày 10 tháng thứ 1 của quý")
        #expect(Recurrence(code: "halfYearly")?.vietnamese == "6 tháng một lần, ngày cuối tháng cuối kỳ")
        #expect(Recurrence(code: "yearly-12/before-10")?.vietnamese == "Hằng năm, trước ngày 10 tháng 12")
        #expect(Recurrence(code: "yearly-12/workday--1")?.vietnamese == "Hằng năm, ngày làm việc cuối cùng của tháng 12")
        #expect(Recurrence(code: "weekly-5")?.vietnamese == "Hằng tuần, thứ Sáu")
    }
}

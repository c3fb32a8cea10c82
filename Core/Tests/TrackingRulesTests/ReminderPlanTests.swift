import Testing
import LegalCalendar
import TrackingRules

@Suite struct ReminderPlanTests {
    let classifier = StatusClassifier()
    let plan = ReminderPlan()
    /// Due Friday 20 March 2026.
    let task = TaskTimeline(originalDeadline: march(20), workflowState: .inProgress)

    func reminders(from first: CivilDate, through last: CivilDate) -> [CivilDate: ReminderPlan.Reminder] {
        var result: [CivilDate: ReminderPlan.Reminder] = [:]
        var day = first
        while day <= last {
            if let r = plan.reminder(for: classifier.classify(task, asOf: day)) { result[day] = r }
            day = day.adding(days: 1)
        }
        return result
    }

    @Test func sevenThreeAndOneWorkingDaysBeforeThenOnTheDayThenEveryFiveLate() {
        let sent = reminders(from: march(1), through: CivilDate(year: 2026, month: 4, day: 10)!)
        #expect(sent[march(11)] == .upcoming(workingDaysLeft: 7))
        #expect(sent[march(17)] == .upcoming(workingDaysLeft: 3))
        #expect(sent[march(19)] == .upcoming(workingDaysLeft: 1))
        #expect(sent[march(20)] == .dueToday)
        #expect(sent[march(23)] == .overdue(workingDaysLate: 1))
        #expect(sent[march(30)] == .overdue(workingDaysLate: 6))
        #expect(sent[CivilDate(year: 2026, month: 4, day: 6)!] == .overdue(workingDaysLate: 11))
        #expect(sent.count == 7, "nothing on the weekend after the deadline, nothing in between")
        #expect(ReminderPlan.Reminder.overdue(workingDaysLate: 6).message == "Nhiệm vụ đã quá hạn 6 ngày làm việc.")
    }

    @Test func finishedOrExcludedTasksAreNotReminded() {
        let done = TaskTimeline(originalDeadline: march(20), completedOn: march(18), workflowState: .done)
        #expect(plan.reminder(for: classifier.classify(done, asOf: march(19))) == nil)
        let suspended = TaskTimeline(originalDeadline: march(20), workflowState: .suspended)
        #expect(plan.reminder(for: classifier.classify(suspended, asOf: march(20))) == nil)
    }
}

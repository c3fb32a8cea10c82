import Testing
import LegalCalendar
import TrackingRules

@Suite struct StatusClassifierTests {
    let classifier = StatusClassifier(calendar: .vietnam, dueSoonThreshold: 3)

    func open(due: CivilDate?, _ extensions: [DeadlineExtension] = []) -> TaskTimeline {
        TaskTimeline(originalDeadline: due, extensions: extensions, workflowState: .inProgress)
    }

    func done(due: CivilDate?, on day: CivilDate, _ extensions: [DeadlineExtension] = []) -> TaskTimeline {
        TaskTimeline(originalDeadline: due, extensions: extensions, completedOn: day, workflowState: .done)
    }

    @Test func anOpenTaskBeforeItsDeadlineIsInTimeAndDueSoonWithinThreeWorkingDays() {
        let monday = classifier.classify(open(due: march(13)), asOf: march(9))
        #expect(monday.status == .inProgressOnTime)
        #expect(monday.workingDaysLeft == 4)
        #expect(!monday.isDueSoon)
        let tuesday = classifier.classify(open(due: march(13)), asOf: march(10))
        #expect(tuesday.workingDaysLeft == 3)
        #expect(tuesday.isDueSoon)
    }

    @Test func theDeadlineDayItselfIsStillInTime() {
        let result = classifier.classify(open(due: march(13)), asOf: march(13))
        #expect(result.status == .inProgressOnTime)
        #expect(result.workingDaysLeft == 0)
        #expect(result.isDueSoon)
    }

    @Test func lateness_isCountedInWorkingDays() {
        // Due Friday 13; on Wednesday 18 it is late by Mon, Tue, Wed.
        let result = classifier.classify(open(due: march(13)), asOf: march(18))
        #expect(result.status == .overdue)
        #expect(result.workingDaysLate == 3)
        #expect(result.calendarDaysLate == 5)
        #expect(!result.isDueSoon)
    }

    @Test func aTaskLateOnlyOverTheWeekendIsOverdueByZeroWorkingDays() {
        let result = classifier.classify(open(due: march(13)), asOf: march(14))
        #expect(result.status == .overdue)
        #expect(result.workingDaysLate == 0)
        #expect(result.calendarDaysLate == 1)
    }

    @Test func aDeadlineOnADayOffRollsToTheNextWorkingDayUnderTheCivilCode() {
        let saturday = open(due: march(14))
        let rolled = classifier.classify(saturday, asOf: march(16))
        #expect(rolled.effectiveDeadline == march(16))
        #expect(rolled.status == .inProgressOnTime)

        let exact = StatusClassifier(calendar: WorkCalendar.vietnam.with(deadlinePolicy: .exactDate))
        #expect(exact.classify(saturday, asOf: march(16)).status == .overdue)
    }

    @Test func aLocalDayOffCountsAsNoWorkingDay() {
        let calendar = WorkCalendar.vietnam.with(overrides: [DayOverride(date: march(17), isWorkingDay: false, name: "Nghỉ địa phương")])
        let result = StatusClassifier(calendar: calendar).classify(open(due: march(13)), asOf: march(18))
        #expect(result.workingDaysLate == 2)
        #expect(StatusClassifier(calendar: calendar).classify(open(due: march(17)), asOf: march(18)).status == .inProgressOnTime)
    }

    @Test func completionOnOrBeforeTheDeadlineIsOnTimeAfterItIsLate() {
        #expect(classifier.classify(done(due: march(13), on: march(13)), asOf: march(31)).status == .doneOnTime)
        let late = classifier.classify(done(due: march(13), on: march(17)), asOf: march(31))
        #expect(late.status == .doneLate)
        #expect(late.workingDaysLate == 2)
        #expect(late.lateAgainstOriginal)
    }

    @Test func aTaskFinishedAfterTheCutOffWasStillOpenAtTheCutOff() {
        let task = done(due: march(13), on: march(20))
        let atCutOff = classifier.classify(task, asOf: march(16))
        #expect(atCutOff.status == .overdue)
        #expect(atCutOff.workingDaysLate == 1)
        #expect(classifier.classify(done(due: march(27), on: march(20)), asOf: march(16)).status == .inProgressOnTime)
    }

    @Test func anApprovedExtensionMovesTheDeadlineButTheOriginalIsKept() {
        let extended = [DeadlineExtension(newDeadline: march(27), approvedOn: march(12), reference: "Công văn số 12/UBND-VP")]
        let result = classifier.classify(done(due: march(13), on: march(20), extended), asOf: march(31))
        #expect(result.status == .doneOnTime)
        #expect(result.effectiveDeadline == march(27))
        #expect(result.originalDeadline == march(13))
        #expect(result.lateAgainstOriginal, "done within the extension but after the original deadline")
    }

    @Test func theLastApprovedExtensionWins() {
        let twice = [DeadlineExtension(newDeadline: march(27), approvedOn: march(12)),
                     DeadlineExtension(newDeadline: march(20), approvedOn: march(19))]
        #expect(classifier.classify(open(due: march(13), twice), asOf: march(23)).status == .overdue)
        #expect(classifier.classify(open(due: march(13), twice), asOf: march(18)).effectiveDeadline == march(27))
    }

    @Test func anExtensionApprovedAfterTheWorkWasDoneDoesNotExcuseLateness() {
        let afterwards = [DeadlineExtension(newDeadline: march(27), approvedOn: march(23))]
        #expect(classifier.classify(done(due: march(13), on: march(20), afterwards), asOf: march(31)).status == .doneLate)
    }

    @Test func anExtensionCountsOnlyFromTheDayItIsApproved() {
        let later = [DeadlineExtension(newDeadline: march(27), approvedOn: march(20))]
        #expect(classifier.classify(open(due: march(13), later), asOf: march(18)).status == .overdue)
        #expect(classifier.classify(open(due: march(13), later), asOf: march(20)).status == .inProgressOnTime)
    }

    @Test func withdrawnAndSuspendedTasksAreLeftOutOfTheCounts() {
        let withdrawn = classifier.classify(TaskTimeline(originalDeadline: march(13), workflowState: .withdrawn), asOf: march(31))
        #expect(withdrawn.isExcluded)
        #expect(withdrawn.exclusion == .withdrawn)
        let suspended = classifier.classify(TaskTimeline(originalDeadline: march(13), workflowState: .suspended), asOf: march(31))
        #expect(suspended.exclusion == .suspended)
        #expect(suspended.status == nil)
    }

    @Test func aReportedButUnconfirmedCompletionIsNotDone() {
        let waiting = TaskTimeline(originalDeadline: march(13), completedOn: march(12), workflowState: .awaitingConfirmation)
        #expect(classifier.classify(waiting, asOf: march(16)).status == .overdue)
        let returned = TaskTimeline(originalDeadline: march(27), completedOn: march(12), workflowState: .returned)
        #expect(classifier.classify(returned, asOf: march(16)).status == .inProgressOnTime)
    }

    @Test func tasksWithoutADeadlineAreNeverLate() {
        #expect(classifier.classify(open(due: nil), asOf: march(31)).status == .noDeadline)
        let finished = classifier.classify(done(due: nil, on: march(2)), asOf: march(31))
        #expect(finished.status == .doneNoDeadline)
        #expect(finished.workingDaysLate == 0)
        #expect(!finished.lateAgainstOriginal)
    }
}

@Suite struct TimeFlagTests {
    @Test func openTasksAreFlaggedByUrgency() {
        let classifier = StatusClassifier()
        let task = TaskTimeline(originalDeadline: march(13), workflowState: .inProgress)
        #expect(classifier.classify(task, asOf: march(2)).timeFlag == .onTrack)
        #expect(classifier.classify(task, asOf: march(11)).timeFlag == .dueSoon)
        #expect(classifier.classify(task, asOf: march(16)).timeFlag == .overdue)
        #expect(classifier.classify(TaskTimeline(originalDeadline: march(13), workflowState: .withdrawn), asOf: march(16)).timeFlag == nil)
        #expect(TimeFlag.dueSoon.label == "Sắp đến hạn")
    }
}

@Suite struct WorkflowStateCountingTests {
    @Test func onlyAConfirmedCompletionIsDoneAndOnlyRutAndTamHoanLeaveTheCounts() {
        let classifier = StatusClassifier()
        for state in WorkflowState.allCases {
            let task = TaskTimeline(originalDeadline: march(13), completedOn: march(10), workflowState: state)
            let result = classifier.classify(task, asOf: march(20))
            switch state {
            case .done: #expect(result.status == .doneOnTime)
            case .withdrawn, .suspended: #expect(result.isExcluded, "\(state)")
            default: #expect(result.status == .overdue, "\(state) is still open")
            }
        }
    }
}

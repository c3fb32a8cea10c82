import Testing
import PropertyBased
import LegalCalendar
import TrackingRules

/// Laws the classifier keeps for any dates. Days are offsets from 2 March 2026 over
/// about two years, so they cross weekends, Tết and the other holidays.
@Suite struct StatusClassifierProperties {
    let classifier = StatusClassifier()
    let base = march(2)
    let offset = Gen.int(in: 0...700)
    let shift = Gen.int(in: -40...40)

    @Test func aTaskDoneOnOrBeforeItsDeadlineIsNeverDoneLate() async {
        await propertyCheck(input: offset, Gen.int(in: 0...60), Gen.int(in: 0...400)) { due, early, later in
            let deadline = base.adding(days: due)
            let task = TaskTimeline(originalDeadline: deadline, completedOn: deadline.adding(days: -early), workflowState: .done)
            let result = classifier.classify(task, asOf: deadline.adding(days: later))
            #expect(result.status == .doneOnTime)
            #expect(result.workingDaysLate == 0)
        }
    }

    @Test func aDoneTaskKeepsItsStatusForEveryLaterAsOfDate() async {
        await propertyCheck(input: offset, shift, Gen.int(in: 0...200), Gen.int(in: -30...30)) { due, finish, later, approval in
            let deadline = base.adding(days: due)
            let completed = deadline.adding(days: finish)
            let extensions = [DeadlineExtension(newDeadline: deadline.adding(days: 20), approvedOn: deadline.adding(days: approval))]
            let task = TaskTimeline(originalDeadline: deadline, extensions: extensions, completedOn: completed, workflowState: .done)
            let atCompletion = classifier.classify(task, asOf: completed)
            let afterwards = classifier.classify(task, asOf: completed.adding(days: later))
            #expect(atCompletion == afterwards)
            #expect(atCompletion.status?.isDone == true)
        }
    }

    @Test func anOpenTaskOnceOverdueStaysOverdueAndOnlyGetsLater() async {
        await propertyCheck(input: offset, Gen.int(in: 1...100), Gen.int(in: 0...100)) { due, past, more in
            let deadline = base.adding(days: due)
            let task = TaskTimeline(originalDeadline: deadline, workflowState: .inProgress)
            let first = classifier.classify(task, asOf: deadline.adding(days: past))
            let second = classifier.classify(task, asOf: deadline.adding(days: past + more))
            if first.status == .overdue {
                #expect(second.status == .overdue)
                #expect(second.workingDaysLate >= first.workingDaysLate)
            }
        }
    }

    @Test func lateMeansPastTheEffectiveDeadline() async {
        await propertyCheck(input: offset, shift, shift) { due, asOfShift, extensionShift in
            let deadline = base.adding(days: due)
            let asOf = deadline.adding(days: asOfShift)
            let task = TaskTimeline(originalDeadline: deadline,
                                    extensions: [DeadlineExtension(newDeadline: deadline.adding(days: extensionShift))],
                                    workflowState: .inProgress)
            let result = classifier.classify(task, asOf: asOf)
            let effective = WorkCalendar.vietnam.legalDeadline(deadline.adding(days: extensionShift))
            #expect(result.effectiveDeadline == effective)
            #expect((result.status == .overdue) == (asOf > effective))
            #expect(result.isDueSoon == false || result.status == .inProgressOnTime)
        }
    }
}

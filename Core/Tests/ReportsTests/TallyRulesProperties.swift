import Testing
import PropertyBased
import LegalCalendar
import TrackingRules
import Reports

/// The tally's prefix counts give the same figures as classifying each task,
/// on random books, windows and calendars with extra days off.
@Suite struct TallyRulesProperties {
    /// Offsets in days from 1 December 2025 (Tết 2026 and its compensatory
    /// days fall in the range) for assignment, deadline, original deadline,
    /// completion and last report, and a state.
    static let taskGen = Gen.int(in: 0...40).array(of: 7)
    static let bookGen = taskGen.array(of: 0...30)
    static let origin = CivilDate(year: 2025, month: 12, day: 1)!
    static let states: [WorkflowState] = [.done, .done, .done, .inProgress, .awaitingConfirmation, .notStarted,
                                          .returned, .withdrawn, .suspended]

    struct Task {
        let snapshot: TaskSnapshot
        let facts: TallyFacts
    }

    static func book(_ raw: [[Int]], calendar: WorkCalendar) -> [Task] {
        raw.enumerated().map { i, r in
            func day(_ n: Int) -> CivilDate? { n == 0 ? nil : origin.adding(days: n * 4 - 20) }
            let assigned = r[0] % 9 == 0 ? nil : day(r[0])
            let deadline = r[1] % 8 == 0 ? nil : day(r[1])
            let original = r[2] % 3 == 0 ? deadline : day(r[2])
            let state = states[r[3] % states.count]
            // Most completions dated, a few not (taken as the cut-off).
            let completed = state == .done && r[4] % 11 != 0 ? day(max(1, r[4])) : nil
            let report = r[5] % 3 == 0 ? nil : day(r[5])
            var extensions: [DeadlineExtension] = []
            if let deadline, deadline != original { extensions = [DeadlineExtension(newDeadline: deadline)] }
            let snapshot = TaskSnapshot(id: "T\(i)", title: "Nhiệm vụ \(i)", leadUnitID: "U", leadUnitName: "Đơn vị",
                                        assignedOn: assigned, originalDeadline: deadline == nil ? nil : original,
                                        extensions: extensions, completedOn: completed, workflowState: state,
                                        lastProgressReportOn: report)
            let facts = TallyFacts(state: state, assignedOn: assigned, deadline: deadline, originalDeadline: original,
                                   completedOn: completed, lastReportOn: report, calendar: calendar)
            return Task(snapshot: snapshot, facts: facts)
        }
    }

    static func calendar(_ daysOff: [Int]) -> WorkCalendar {
        WorkCalendar.vietnam.with(overrides: daysOff.map {
            DayOverride(date: origin.adding(days: $0 * 3), isWorkingDay: false, name: "Nghỉ địa phương")
        })
    }

    @Test func tallySumsGiveTheClassifiersCounts() async {
        await propertyCheck(count: 400, input: Self.bookGen, Gen.int(in: 0...40), Gen.int(in: 0...30),
                            Gen.int(in: 0...40).array(of: 0...3), Gen.int(in: 0...5)) { raw, end, length, daysOff, threshold in
            let calendar = Self.calendar(daysOff)
            let cutOff = Self.origin.adding(days: end * 4 - 10)
            let window = ReportWindow(start: cutOff.adding(days: -length * 3), end: cutOff)
            let classifier = StatusClassifier(calendar: calendar, dueSoonThreshold: threshold)
            let cut = TallyCut(window, calendar: calendar, dueSoonThreshold: threshold)
            var expected = StatusCounts(), alone = StatusCounts(), sums = TallySums()
            for task in Self.book(raw, calendar: calendar) {
                guard (task.snapshot.assignedOn ?? TallyRules.longAgo) <= cutOff else {
                    #expect(TallyRules.sums(of: task.facts, at: cut).counts == StatusCounts())
                    continue
                }
                let row = ReportedTask(task.snapshot, in: window, classifier: classifier)
                expected.add(row)
                switch task.facts.placement {
                case .tallied: sums.add(TallyRules.sums(of: task.facts, at: cut))
                case .classifiedAlone: alone.add(row)
                case .excluded: #expect(row.classification.isExcluded)
                }
            }
            var actual = sums.counts
            actual.add(alone)
            #expect(actual == expected)
        }
    }

    @Test func aTasksEntriesAreTakenBackExactlyAfterTheCalendarChanges() {
        // The entries follow from the stored facts, not from today's calendar.
        let before = WorkCalendar.vietnam
        let facts = TallyFacts(state: .done, assignedOn: CivilDate(year: 2026, month: 3, day: 2),
                               deadline: CivilDate(year: 2026, month: 3, day: 14), originalDeadline: nil,
                               completedOn: CivilDate(year: 2026, month: 3, day: 16), lastReportOn: nil, calendar: before)
        // Saturday 14/03/2026 rolls to Monday 16/03: finished on the legal deadline, on time.
        #expect(facts.legalDeadline == CivilDate(year: 2026, month: 3, day: 16))
        #expect(!TallyRules.entries(facts).contains { $0.kind == .doneLate })
        let after = before.with(overrides: [DayOverride(date: CivilDate(year: 2026, month: 3, day: 16)!, isWorkingDay: false,
                                                        name: "Nghỉ địa phương")])
        let refreshed = TallyFacts(state: .done, assignedOn: facts.assignedOn, deadline: CivilDate(year: 2026, month: 3, day: 14),
                                   originalDeadline: nil, completedOn: facts.completedOn, lastReportOn: nil, calendar: after)
        #expect(refreshed.legalDeadline == CivilDate(year: 2026, month: 3, day: 17))
        #expect(TallyRules.entries(facts) != TallyRules.entries(refreshed))
    }

    @Test func aReportBeforeTheDocumentOrAnUndatedCompletionIsClassifiedAlone() {
        let assigned = CivilDate(year: 2026, month: 5, day: 4)!
        let early = TallyFacts(state: .inProgress, assignedOn: assigned, deadline: nil, originalDeadline: nil,
                               completedOn: nil, lastReportOn: assigned.adding(days: -1), calendar: .vietnam)
        let undated = TallyFacts(state: .done, assignedOn: assigned, deadline: nil, originalDeadline: nil,
                                 completedOn: nil, lastReportOn: nil, calendar: .vietnam)
        let withdrawn = TallyFacts(state: .withdrawn, assignedOn: assigned, deadline: nil, originalDeadline: nil,
                                   completedOn: nil, lastReportOn: nil, calendar: .vietnam)
        #expect(early.placement == .classifiedAlone)
        #expect(undated.placement == .classifiedAlone)
        #expect(withdrawn.placement == .excluded)
        #expect([early, undated, withdrawn].allSatisfy { TallyRules.entries($0).isEmpty })
    }
}

import Testing
import PropertyBased
import LegalCalendar
import TrackingRules
import Reports

/// Laws every report keeps, on random task books.
@Suite struct PeriodReportProperties {
    /// A random task: offsets in days from 1 October 2025 for assignment, deadline,
    /// completion and last progress report, a state, a unit and maybe an extension.
    static let taskGen = Gen.int(in: 0...20).array(of: 8)
    static let bookGen = taskGen.array(of: 0...40)

    static func book(_ raw: [[Int]]) -> [TaskSnapshot] {
        let origin = CivilDate(year: 2025, month: 10, day: 1)!
        let states: [WorkflowState] = [.done, .done, .inProgress, .awaitingConfirmation, .withdrawn, .suspended, .notStarted]
        return raw.enumerated().map { i, r in
            let assigned = origin.adding(days: r[0] * 9)
            let deadline: CivilDate? = r[1] == 0 ? nil : assigned.adding(days: r[1] * 5)
            let state = states[r[3] % states.count]
            let extensions = r[6] % 4 == 0 && deadline != nil
                ? [DeadlineExtension(newDeadline: deadline!.adding(days: r[6] * 3), approvedOn: assigned.adding(days: r[7] * 4))] : []
            return TaskSnapshot(id: "P\(i)", title: "Nhiệm vụ \(i)", sourceDocumentID: "D\(r[5] % 3)", leadUnitID: "U\(r[4] % 4)",
                                leadUnitName: "Đơn vị \(r[4] % 4)", leaderInCharge: "L\(r[5] % 2)", assignedOn: assigned,
                                originalDeadline: deadline, extensions: extensions,
                                completedOn: state == .done ? assigned.adding(days: r[2] * 6) : nil, workflowState: state,
                                lastProgressReportOn: r[7] == 0 ? nil : assigned.adding(days: r[7] * 7))
        }
    }

    let window = ReportWindow(ReportingPeriod(kind: .quarter, index: 1, year: 2026)!)

    @Test func theSentenceAddsUpAndRatesStayWithinZeroAndOne() async {
        await propertyCheck(count: 200, input: Self.bookGen) { raw in
            let report = PeriodReport.build(tasks: Self.book(raw), window: window)
            let c = report.counts
            #expect(c.total == c.done + c.open)
            #expect(c.done == c.doneOnTime + c.doneLate)
            #expect(c.open == c.openInTime + c.overdue)
            #expect(c.total == report.rows.count)
            #expect(report.overdueTasks.count == c.overdue)
            for rate in [c.completionRate, c.overdueRate, c.updateRate] {
                #expect(rate.numerator <= rate.denominator, "\(rate.label)")
            }
            #expect(report.units.reduce(0) { $0 + $1.counts.total } == c.total)
            #expect(Set(report.units.map(\.rank)).contains(1) || report.units.isEmpty)
        }
    }

    @Test func scopesPartitionTheBookByUnit() async {
        await propertyCheck(count: 100, input: Self.bookGen) { raw in
            let tasks = Self.book(raw)
            let whole = PeriodReport.build(tasks: tasks, window: window, comparingWithPrevious: false).counts
            var summed = StatusCounts()
            for unit in Set(tasks.map(\.leadUnitID)) {
                let part = PeriodReport.build(tasks: tasks, window: window, scope: .unit(id: unit), comparingWithPrevious: false)
                part.rows.forEach { summed.add($0) }
            }
            #expect(summed == whole)
        }
    }
}

import Testing
import LegalCalendar
import TrackingRules
import Reports

@Suite struct PeriodReportTests {
    let report = PeriodReport.build(tasks: SampleTasks.all, window: SampleTasks.quarter)

    @Test func theQuarterIsTheDecree09Window() {
        #expect(SampleTasks.quarter.start == SampleTasks.d(2025, 12, 15))
        #expect(SampleTasks.quarter.end == SampleTasks.d(2026, 3, 14))
        #expect(SampleTasks.quarter.label == "Quý I/2026")
    }

    @Test func everyOfficialFigure() {
        let c = report.counts
        #expect(c.total == 11)
        #expect((c.done, c.doneOnTime, c.doneLate) == (6, 4, 2))
        #expect((c.open, c.openInTime, c.overdue) == (5, 3, 2))
        #expect((c.noDeadlineDone, c.noDeadlineOpen) == (1, 1))
        #expect(c.dueSoon == 1)
        #expect(c.doneWithinExtension == 1)
        #expect(c.alreadyDue == 8)
        #expect(c.openUpdated == 3)
    }

    @Test func countsOnlyTasksAssignedByTheCutOffAndNotWithdrawnOrSuspended() {
        #expect(!report.rows.contains { $0.task.id == "T08" })
        #expect(Set(report.excluded.map(\.task.id)) == ["T09", "T10"])
        #expect(report.excluded.map(\.classification.exclusion) == [.withdrawn, .suspended])
    }

    @Test func theStandardSentenceAndItsNoDeadlineClause() {
        #expect(ReportSentence.standard(report.counts)
                == "Tổng số nhiệm vụ 11; đã hoàn thành 6 (đúng hạn 4, quá hạn 2); chưa hoàn thành 5 (trong hạn 3, quá hạn 2).")
        #expect(report.sentence == ReportSentence.standard(report.counts)
                + " Trong đó, số đúng hạn gồm 1 nhiệm vụ không hạn đã hoàn thành; số trong hạn gồm 1 nhiệm vụ không hạn chưa hoàn thành.")
    }

    @Test func theThreeRatesAreLabelledWithTheirBase() {
        let c = report.counts
        #expect(c.completionRate.text == "Tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn): 75,0% (6/8)")
        #expect(c.overdueRate.text == "Tỷ lệ quá hạn (trên tổng số nhiệm vụ): 18,2% (2/11)")
        #expect(c.updateRate.text == "Tỷ lệ cập nhật tiến độ (trên số nhiệm vụ chưa hoàn thành): 60,0% (3/5)")
    }

    @Test func aTaskFinishedAfterTheCutOffIsOverdueAtIt() {
        let t11 = report.rows.first { $0.task.id == "T11" }!
        #expect(t11.classification.status == .overdue)
        #expect(t11.classification.workingDaysLate == 0)
        #expect(t11.classification.calendarDaysLate == 1)
    }

    @Test func overdueListMostLateFirst() {
        #expect(report.overdueTasks.map(\.task.id) == ["T03", "T11"])
        #expect(report.overdueTasks.map(\.classification.workingDaysLate) == [4, 0])
        #expect(report.tasks(withStatus: .doneLate).map(\.task.id).sorted() == ["T02", "T14"])
    }

    @Test func unitsAreRankedOnCompletionThenOverdue() {
        #expect(report.units.map(\.unitID) == ["VH", "KT", "TC"])
        #expect(report.units.map(\.rank) == [1, 2, 3])
        let kt = report.units[1].counts
        #expect((kt.total, kt.done, kt.alreadyDue, kt.overdue) == (5, 3, 4, 1))
        let tc = report.units[2].counts
        #expect(VietnameseNumber.percent(tc.completionRate.value) == "66,7%")
        #expect(VietnameseNumber.percent(tc.overdueRate.value) == "33,3%")
    }

    @Test func thePreviousQuarterIsCountedAtItsOwnCutOff() throws {
        let previous = try #require(report.previous)
        #expect(previous.window.label == "Quý IV/2025")
        #expect(previous.window.end == SampleTasks.d(2025, 12, 14))
        #expect(ReportSentence.standard(previous.counts)
                == "Tổng số nhiệm vụ 2; đã hoàn thành 1 (đúng hạn 0, quá hạn 1); chưa hoàn thành 1 (trong hạn 1, quá hạn 0).")
        #expect(ReportSentence.comparison(report)
                == "So với kỳ trước (Quý IV/2025): tổng số nhiệm vụ tăng 9; số nhiệm vụ quá hạn chưa hoàn thành tăng 2; tỷ lệ hoàn thành giảm 25,0 điểm phần trăm.")
    }

    @Test func scopesNarrowToAUnitALeaderOrADocument() {
        let unit = PeriodReport.build(tasks: SampleTasks.all, window: SampleTasks.quarter, scope: .unit(id: "KT"))
        #expect(unit.counts == report.units.first { $0.unitID == "KT" }!.counts)
        let leader = PeriodReport.build(tasks: SampleTasks.all, window: SampleTasks.quarter, scope: .leader(name: "Lê Thị Hoa"))
        #expect(leader.rows.map(\.task.id).sorted() == ["T04", "T05"])
        let document = PeriodReport.build(tasks: SampleTasks.all, window: SampleTasks.quarter, scope: .sourceDocument(id: "D1"))
        #expect(ReportSentence.standard(document.counts)
                == "Tổng số nhiệm vụ 4; đã hoàn thành 3 (đúng hạn 2, quá hạn 1); chưa hoàn thành 1 (trong hạn 0, quá hạn 1).")
    }

    @Test func theSentenceInvariantsHoldForEveryCutOff() {
        var day = SampleTasks.d(2025, 10, 1)
        while day <= SampleTasks.d(2026, 4, 30) {
            let c = PeriodReport.build(tasks: SampleTasks.all, window: ReportWindow(start: day.adding(days: -30), end: day),
                                       comparingWithPrevious: false).counts
            let assigned = SampleTasks.all.filter { $0.assignedOn! <= day && $0.workflowState != .withdrawn && $0.workflowState != .suspended }
            #expect(c.total == assigned.count)
            #expect(c.total == c.done + c.open)
            #expect(c.done == c.doneOnTime + c.doneLate)
            #expect(c.open == c.openInTime + c.overdue)
            #expect(c.alreadyDue >= c.done)
            day = day.adding(days: 7)
        }
    }

    @Test func aCustomRangeComparesWithTheSameNumberOfDaysBefore() {
        let march = ReportWindow(start: SampleTasks.d(2026, 3, 1), end: SampleTasks.d(2026, 3, 31))
        #expect(march.label == "Từ ngày 01/03/2026 đến ngày 31/03/2026")
        #expect(march.previous.start == SampleTasks.d(2026, 1, 29))
        #expect(march.previous.end == SampleTasks.d(2026, 2, 28))
        let firstMonth = ReportWindow(ReportingPeriod(kind: .month, index: 1, year: 2026)!)
        #expect(firstMonth.previous.label == "Tháng 12/2025")
    }

    @Test func anEmptyBookGivesZerosAndNoRates() {
        let empty = PeriodReport.build(tasks: [], window: SampleTasks.quarter)
        #expect(ReportSentence.full(empty.counts)
                == "Tổng số nhiệm vụ 0; đã hoàn thành 0 (đúng hạn 0, quá hạn 0); chưa hoàn thành 0 (trong hạn 0, quá hạn 0).")
        #expect(empty.counts.completionRate.value == nil)
        #expect(empty.counts.completionRate.text == "Tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn): chưa có số liệu")
    }
}

@Suite struct ReportScopeAndRankingTests {
    @Test func theReportSaysWhoseTasksItCovers() {
        let window = SampleTasks.quarter
        let unit = PeriodReport.build(tasks: SampleTasks.all, window: window, scope: .unit(id: "VH"))
        #expect(unit.scopePhrase == "do Phòng Văn hóa - Xã hội chủ trì")
        let leader = PeriodReport.build(tasks: SampleTasks.all, window: window, scope: .leader(name: "Lê Thị Hoa"))
        #expect(leader.scopePhrase == "do đồng chí Lê Thị Hoa phụ trách")
        let document = PeriodReport.build(tasks: SampleTasks.all, window: window, scope: .sourceDocument(id: "D2"))
        #expect(document.scopePhrase == "theo Văn bản số 02/KH-UBND")
        let made = ReportDocument.make(unit, header: ReportLetterhead.header, signature: ReportLetterhead.signature, recipients: [])
        #expect(made.title == .named(typeName: "BÁO CÁO",
                                     summary: "Kết quả thực hiện nhiệm vụ được giao do Phòng Văn hóa - Xã hội chủ trì quý I/2026"))
    }

    @Test func unitsWithTheSameFiguresShareARankAndUnitsWithNothingDueComeLast() {
        let d = SampleTasks.d
        let tasks = [
            SampleTasks.task("A1", unit: "KT", doc: "D1", assigned: d(2026, 1, 5), due: d(2026, 3, 6), done: d(2026, 3, 6)),
            SampleTasks.task("B1", unit: "VH", doc: "D1", assigned: d(2026, 1, 5), due: d(2026, 3, 6), done: d(2026, 3, 2)),
            SampleTasks.task("C1", unit: "TC", doc: "D1", assigned: d(2026, 1, 5), due: d(2026, 6, 30)),
        ]
        let report = PeriodReport.build(tasks: tasks, window: SampleTasks.quarter)
        #expect(report.units.map(\.unitName) == ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Phòng Tài chính - Kế hoạch"])
        #expect(report.units.map(\.rank) == [1, 1, 3])
        #expect(report.units[2].counts.completionRate.value == nil)
    }
}

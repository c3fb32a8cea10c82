import ArgumentParser
import Foundation
import LegalCalendar
import Reports
import TrackingRules

/// `dondoc-bench report`: a provincial-size task book (default 20,000 tasks over 60
/// units, deadlines across two years) classified at a quarter's cut-off, then the
/// full period report with its previous-quarter comparison and the three exports.
/// The baseline is classifying alone, the floor under any report.
struct ReportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Period report over many tasks: classification, figures, XLSX, DOCX, CSV.")

    @Option(help: "Number of tasks.") var tasks = 20_000
    @Option(help: "Repetitions; the best run is reported.") var runs = 3

    func run() throws {
        let book = SyntheticTaskBook.make(count: tasks)
        let window = ReportWindow(ReportingPeriod(kind: .quarter, index: 1, year: 2026)!)
        let classifier = StatusClassifier()
        print("Tasks: \(book.count), units: \(Set(book.map(\.leadUnitID)).count), window: \(window.label)")

        measure("baseline: classify every task at the cut-off") {
            book.reduce(0) { $0 + (classifier.classify($1.timeline, asOf: window.end).workingDaysLate) }
        }
        var report: PeriodReport?
        measure("PeriodReport.build (with previous quarter)") {
            report = PeriodReport.build(tasks: book, window: window, classifier: classifier)
            return report!.counts.total
        }
        guard let report else { return }
        print(report.sentence)
        let header = DocumentHeader(issuer: "Ủy ban nhân dân tỉnh", symbol: "BC-UBND", place: "Bình An", date: window.end.adding(days: 2))
        let signature = SignatureBlock(authority: "KT. Chủ tịch", title: "Phó Chủ tịch", name: "Người ký")
        try measureThrowing("ReportExport.xlsx") { try ReportExport.xlsx(report).count }
        try measureThrowing("ReportExport.docx") {
            try ReportExport.docx(report, header: header, signature: signature, recipients: ["Lưu: VT"]).count
        }
        measure("ReportExport.csv") { ReportExport.csv(report).count }
    }

    private func measure(_ name: String, _ body: () -> Int) {
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        var result = 0
        for _ in 0..<max(1, runs) { best = min(best, clock.measure { result = body() }) }
        let ms = Double(best.components.seconds) * 1000 + Double(best.components.attoseconds) / 1e15
        print("\(name): \(String(format: "%.1f", ms)) ms (\(String(format: "%.2f", ms * 1000 / Double(tasks))) µs/task; result \(result))")
    }

    private func measureThrowing(_ name: String, _ body: () throws -> Int) throws {
        var failure: Error?
        measure(name) {
            do { return try body() } catch { failure = error; return -1 }
        }
        if let failure { throw failure }
    }
}

/// Deterministic fake tasks (a linear congruential generator, so every run and
/// machine sees the same book).
enum SyntheticTaskBook {
    static func make(count: Int) -> [TaskSnapshot] {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let origin = CivilDate(year: 2025, month: 1, day: 1)!
        return (0..<count).map { i in
            let assigned = origin.adding(days: next(450))
            let deadline: CivilDate? = next(10) == 0 ? nil : assigned.adding(days: 10 + next(120))
            let finished = next(3) > 0
            let completed = finished ? assigned.adding(days: 5 + next(150)) : nil
            let extensions = next(8) == 0 && deadline != nil
                ? [DeadlineExtension(newDeadline: deadline!.adding(days: 30), approvedOn: deadline!.adding(days: -3))] : []
            let state: WorkflowState = next(50) == 0 ? .withdrawn : (finished ? .done : .inProgress)
            let unit = next(60)
            return TaskSnapshot(id: "NV\(i)", title: "Nhiệm vụ số \(i) về cải cách hành chính", sourceDocumentID: "VB\(i / 12)",
                                sourceDocumentNumber: "\(i / 12 + 1)/TB-UBND", leadUnitID: "DV\(unit)",
                                leadUnitName: "Đơn vị số \(unit)", leaderInCharge: "Lãnh đạo \(unit % 5)", assignedOn: assigned,
                                originalDeadline: deadline, extensions: extensions, completedOn: completed, workflowState: state,
                                lastProgressReportOn: assigned.adding(days: next(200)))
        }
    }
}

import ArgumentParser
import Foundation
import LegalCalendar

/// `dondoc-bench calendar`: converting every day of 1900-2199 to the lunar calendar (the
/// issue asks for under a second in release), beside the cost of merely producing the
/// same CivilDates, plus the working-day queries the tracking app makes in bulk.
struct CalendarBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Lunar conversion of every day of 1900-2199 and working-day arithmetic.")

    @Option(help: "Repetitions; the best run is reported.") var runs = 5

    func run() {
        let first = CivilDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch
        let last = CivilDate(year: 2199, month: 12, day: 31)!.daysSinceEpoch
        let dayCount = last - first + 1
        let clock = ContinuousClock()

        // The month table is built on first use; time it alone.
        let buildTime = clock.measure { _ = Lunar.lunarDate(for: CivilDate(daysSinceEpoch: first)) }
        print("Lunar month table 1900-2199 built in \(format(buildTime)) (once per process)")
        print("Days 1900-01-01…2199-12-31: \(dayCount)")

        report("baseline: iterate CivilDate", days: dayCount) {
            var checksum = 0
            for n in first...last { let d = CivilDate(daysSinceEpoch: n); checksum &+= d.day &+ d.month }
            return checksum
        }
        report("Gregorian → lunar", days: dayCount) {
            var checksum = 0
            for n in first...last { let l = Lunar.lunarDate(for: CivilDate(daysSinceEpoch: n)); checksum &+= l.day &+ l.month }
            return checksum
        }
        report("Gregorian → lunar → Gregorian", days: dayCount) {
            var checksum = 0
            for n in first...last {
                let back = Lunar.civilDate(for: Lunar.lunarDate(for: CivilDate(daysSinceEpoch: n)))!
                checksum &+= back.day
            }
            return checksum
        }
        let calendar = WorkCalendar.vietnam
        report("isWorkingDay", days: dayCount) {
            var checksum = 0
            for n in first...last where calendar.isWorkingDay(CivilDate(daysSinceEpoch: n)) { checksum += 1 }
            return checksum
        }
        let from = CivilDate(year: 2000, month: 1, day: 1)!.daysSinceEpoch
        let to = CivilDate(year: 2030, month: 12, day: 31)!.daysSinceEpoch
        report("adding(workingDays: 20) from each day of 2000-2030", days: to - from + 1) {
            var checksum = 0
            for n in from...to { checksum &+= calendar.adding(workingDays: 20, to: CivilDate(daysSinceEpoch: n)).day }
            return checksum
        }
    }

    private func report(_ name: String, days: Int, _ body: () -> Int) {
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        var checksum = 0
        for _ in 0..<max(1, runs) {
            let time = clock.measure { checksum = body() }
            best = min(best, time)
        }
        let perDay = best / .nanoseconds(1) / Double(days)
        print("\(name): \(format(best)) (\(String(format: "%.1f", perDay)) ns/day, checksum \(checksum))")
    }

    private func format(_ d: Duration) -> String {
        String(format: "%.2f ms", d / .milliseconds(1))
    }
}

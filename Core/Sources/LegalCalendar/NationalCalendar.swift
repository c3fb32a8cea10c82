/// The national public-sector calendar before any local override: the announced days of
/// `AnnouncedDaysOff` where a year has them, `StatutoryHolidays` elsewhere.
struct NationalCalendar: Sendable {
    /// Years precomputed once; others are computed on each request.
    static let precomputedYears = 1900...2199

    static let shared = NationalCalendar()

    private let daysOffByYear: [Int: [DayOff]]
    private let workedByYear: [Int: [WorkedWeekendDay]]
    /// Every date whose status differs from "weekday works, weekend rests", for O(1) lookups.
    private let exceptions: [CivilDate: Bool]
    /// For each day of the precomputed years, the working days before it since
    /// their first day: a count of working days between two dates is then one
    /// subtraction instead of a walk (task lists count them for every row).
    private let workingDaysBefore: [Int32]
    private static let firstDay = CivilDate(year: precomputedYears.lowerBound, month: 1, day: 1)!.daysSinceEpoch

    private init() {
        var daysOff: [Int: [DayOff]] = [:]
        var worked: [Int: [WorkedWeekendDay]] = [:]
        var exceptions: [CivilDate: Bool] = [:]
        for year in Self.precomputedYears {
            let (off, work) = Self.computeYear(year)
            daysOff[year] = off
            worked[year] = work
            for day in off { exceptions[day.date] = false }
            for day in work { exceptions[day.date] = true }
        }
        self.daysOffByYear = daysOff
        self.workedByYear = worked
        self.exceptions = exceptions
        let lastDay = CivilDate(year: Self.precomputedYears.upperBound, month: 12, day: 31)!.daysSinceEpoch
        var before: [Int32] = []
        before.reserveCapacity(lastDay - Self.firstDay + 2)
        var count: Int32 = 0
        for day in Self.firstDay...lastDay {
            before.append(count)
            let date = CivilDate(daysSinceEpoch: day)
            if exceptions[date] ?? !date.isWeekend { count += 1 }
        }
        before.append(count)
        self.workingDaysBefore = before
    }

    /// The national working days in (`start`, `end`], when both lie in the
    /// precomputed years (`start` <= `end`).
    func workingDays(after start: CivilDate, through end: CivilDate) -> Int? {
        let from = start.daysSinceEpoch - Self.firstDay + 1, to = end.daysSinceEpoch - Self.firstDay + 1
        guard from >= 0, to < workingDaysBefore.count else { return nil }
        return Int(workingDaysBefore[to] - workingDaysBefore[from])
    }

    private static func computeYear(_ year: Int) -> ([DayOff], [WorkedWeekendDay]) {
        if let announced = AnnouncedDaysOff.byYear[year] {
            return (announced.daysOff.sorted { $0.date < $1.date }, announced.workedWeekendDays)
        }
        return (StatutoryHolidays.daysOff(in: year), [])
    }

    func daysOff(in year: Int) -> [DayOff] {
        daysOffByYear[year] ?? Self.computeYear(year).0
    }

    func workedWeekendDays(in year: Int) -> [WorkedWeekendDay] {
        workedByYear[year] ?? Self.computeYear(year).1
    }

    func isWorkingDay(_ date: CivilDate) -> Bool {
        if Self.precomputedYears.contains(date.year) {
            return exceptions[date] ?? !date.isWeekend
        }
        if workedWeekendDays(in: date.year).contains(where: { $0.date == date }) { return true }
        return !date.isWeekend && !daysOff(in: date.year).contains(where: { $0.date == date })
    }
}

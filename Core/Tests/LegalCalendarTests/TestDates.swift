import LegalCalendar

/// `date(2024, 2, 10)`: test dates read like the documents write them, day last.
func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    guard let d = CivilDate(year: year, month: month, day: day) else { fatalError("no such day \(day)/\(month)/\(year)") }
    return d
}

extension WorkCalendar {
    /// The unbroken run of days off that contains `day`, e.g. the whole Tết break.
    func breakAround(_ day: CivilDate) -> ClosedRange<CivilDate>? {
        guard !isWorkingDay(day) else { return nil }
        var first = day, last = day
        while !isWorkingDay(first.adding(days: -1)) { first = first.adding(days: -1) }
        while !isWorkingDay(last.adding(days: 1)) { last = last.adding(days: 1) }
        return first...last
    }
}

/// Time limits as documents state them, computed by Civil Code 2015 Art. 144-148: the
/// period starts the day after the event, and (under `.rollToNextWorkingDay`) a last day
/// that is a day off moves to the next working day.
extension WorkCalendar {
    /// "Trong N ngày kể từ ngày X": X + N calendar days, rolled to a working day.
    public func deadline(days: Int, after start: CivilDate) -> CivilDate {
        legalDeadline(start.adding(days: days))
    }

    /// "Trong N ngày làm việc kể từ ngày X": the N-th working day after X (already a working day).
    public func deadline(workingDays: Int, after start: CivilDate) -> CivilDate {
        adding(workingDays: workingDays, to: start)
    }

    /// "Trong N tháng kể từ ngày X": the same date N months later, or that month's last day
    /// when it has no such date (Art. 147(2)), rolled to a working day.
    public func deadline(months: Int, after start: CivilDate) -> CivilDate {
        legalDeadline(start.adding(months: months))
    }
}

extension CivilDate {
    /// The same day `months` months later (earlier if negative), clamped to the month's
    /// last day: 31/01 + 1 month = 28/02 or 29/02.
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }
}

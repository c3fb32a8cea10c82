/// Conversion between the Gregorian and the Vietnamese lunar calendar.
///
/// Lunar years 1900-2199 (every Gregorian day of 1900-2199) come from a table built once;
/// other years are computed on demand with the same formulas, whose accuracy slowly
/// degrades far from the present.
///
/// Checked (scripts/check_lunar_oracle.py) against the PyEphem ephemeris: every month start
/// and every leap month of 1900-2199 agree. Hồ Ngọc Đức's well-known algorithm, which has
/// no ΔT, starts two months a day later (2072-12-09, 2077-11-15: new moons at 23:58 and
/// 23:59 UTC+7).
public enum Lunar {
    public static let tabulatedYears = 1900...2199

    static let table = LunarMonthTable(years: tabulatedYears)

    public static func lunarDate(for date: CivilDate) -> LunarDate {
        let day = date.daysSinceEpoch
        if let lunar = table.lunarDate(forDay: day) { return lunar }
        return LunarMonthTable(years: (date.year - 1)...(date.year + 1)).lunarDate(forDay: day)!
    }

    /// The Gregorian date of `lunar`, or nil when that day does not exist (a leap flag on
    /// a month that is not leap that year, day 30 of a 29-day month, day 0…).
    public static func civilDate(for lunar: LunarDate) -> CivilDate? {
        guard (1...12).contains(lunar.month), (1...30).contains(lunar.day) else { return nil }
        let table = tabulatedYears.contains(lunar.year) ? Self.table : LunarMonthTable(years: lunar.year...lunar.year)
        return table.day(for: lunar).map { CivilDate(daysSinceEpoch: $0) }
    }

    /// The month repeated as leap in lunar year `year`, or nil in a 12-month year.
    public static func leapMonth(in year: Int) -> Int? {
        let table = tabulatedYears.contains(year) ? Self.table : LunarMonthTable(years: year...year)
        return table.leapMonth(of: year)
    }

    /// Mùng 1 Tết of lunar year `year`.
    public static func newYear(_ year: Int) -> CivilDate {
        civilDate(for: LunarDate(year: year, month: 1, day: 1))!
    }

    /// The 12 or 13 months of lunar year `year`, from tháng Giêng to tháng Chạp.
    public static func months(of year: Int) -> [LunarMonth] {
        let table = tabulatedYears.contains(year) ? Self.table : LunarMonthTable(years: year...year)
        return table.months(of: year)
    }

    /// 29 or 30; nil if the month does not exist.
    public static func monthLength(year: Int, month: Int, isLeapMonth: Bool = false) -> Int? {
        let table = tabulatedYears.contains(year) ? Self.table : LunarMonthTable(years: year...year)
        return table.monthLength(year: year, month: month, isLeap: isLeapMonth)
    }
}

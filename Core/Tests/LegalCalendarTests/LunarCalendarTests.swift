import Testing
import LegalCalendar

/// The lunar calendar against published facts (domain.md §5 and printed Vietnamese calendars).
@Suite struct LunarCalendarTests {
    /// Mùng 1 Tết in Vietnam, 1990-2050, as printed in Vietnamese calendars (month, day).
    /// It equals the Chinese New Year except 2007 (VN 17/02, CN 18/02) and 2030 (VN 02/02, CN 03/02),
    /// because Vietnam dates new moons at UTC+7 and China at UTC+8.
    static let tet: [Int: (Int, Int)] = [
        1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10),
        1995: (1, 31), 1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16),
        2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22),
        2005: (2, 9), 2006: (1, 29), 2007: (2, 17), 2008: (2, 7), 2009: (1, 26),
        2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31),
        2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
        2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
        2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
        2030: (2, 2), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
        2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4), 2039: (1, 24),
        2040: (2, 12), 2041: (2, 1), 2042: (1, 22), 2043: (2, 10), 2044: (1, 30),
        2045: (2, 17), 2046: (2, 6), 2047: (1, 26), 2048: (2, 14), 2049: (2, 2),
        2050: (1, 23),
    ]

    @Test func tetEveryYear1990to2050() {
        for year in 1990...2050 {
            let (month, day) = Self.tet[year]!
            let expected = date(year, month, day)
            #expect(Lunar.newYear(year) == expected, "Tết \(year)")
            #expect(Lunar.lunarDate(for: expected) == LunarDate(year: year, month: 1, day: 1))
        }
    }

    /// Years where Vietnam and China disagree (domain.md §5).
    @Test(arguments: [
        (1968, date(1968, 1, 29)), (1985, date(1985, 1, 21)), (2007, date(2007, 2, 17)), (2030, date(2030, 2, 2)),
    ])
    func tetWhereVietnamDiffersFromChina(year: Int, tet: CivilDate) {
        #expect(Lunar.newYear(year) == tet)
    }

    /// Before Tết Mậu Thân 1968 Vietnam used the Chinese calendar, computed for UTC+8.
    @Test(arguments: [
        date(1900, 1, 31), date(1912, 2, 18), date(1945, 2, 13), date(1949, 1, 29), date(1950, 2, 17),
        date(1954, 2, 3), date(1960, 1, 28), date(1966, 1, 21), date(1967, 2, 9),
    ])
    func tetBefore1968FollowsTheChineseCalendar(tet: CivilDate) {
        #expect(Lunar.newYear(tet.year) == tet)
    }

    /// The switch to UTC+7 took effect with 1968: month 11 of Đinh Mùi still began on
    /// 2 December 1967 as at UTC+8 (the new moon was at 23:09 UTC+7), and Chạp had 29 days.
    @Test func theSwitchToUTC7In1968() {
        #expect(Lunar.civilDate(for: LunarDate(year: 1967, month: 11, day: 1)) == date(1967, 12, 2))
        #expect(Lunar.monthLength(year: 1967, month: 12) == 29)
        #expect(Lunar.lunarDate(for: date(1968, 1, 29)) == LunarDate(year: 1968, month: 1, day: 1))
    }

    /// Weekday and length of the preceding tháng Chạp from domain.md's table.
    @Test(arguments: [
        (2022, 2, 29), (2023, 7, 30), (2024, 6, 30), (2025, 3, 29), (2026, 2, 29),
        (2027, 6, 29), (2028, 3, 29), (2029, 2, 29), (2030, 6, 29), (2031, 4, 29),
    ])
    func tetWeekdayAndLastMonthLength(year: Int, weekday: Int, chap: Int) {
        #expect(Lunar.newYear(year).weekday == weekday)
        #expect(Lunar.monthLength(year: year - 1, month: 12) == chap)
    }

    @Test(arguments: [
        (2020, date(2020, 4, 2)), (2021, date(2021, 4, 21)), (2022, date(2022, 4, 10)),
        (2023, date(2023, 4, 29)), (2024, date(2024, 4, 18)), (2025, date(2025, 4, 7)),
        (2026, date(2026, 4, 26)), (2027, date(2027, 4, 16)), (2028, date(2028, 4, 4)),
        (2029, date(2029, 4, 23)), (2030, date(2030, 4, 12)),
    ])
    func hungKingsDay(year: Int, day: CivilDate) {
        #expect(Lunar.civilDate(for: LunarDate(year: year, month: 3, day: 10)) == day)
    }

    /// Leap months and the day they begin (domain.md §5).
    @Test(arguments: [
        (2017, 6, date(2017, 7, 23)), (2020, 4, date(2020, 5, 23)), (2023, 2, date(2023, 3, 22)),
        (2025, 6, date(2025, 7, 25)), (2028, 5, date(2028, 6, 23)), (2031, 3, date(2031, 4, 21)),
        (2033, 11, date(2033, 12, 22)), (1985, 2, date(1985, 3, 21)),
    ])
    func leapMonths(year: Int, month: Int, start: CivilDate) {
        #expect(Lunar.leapMonth(in: year) == month)
        #expect(Lunar.civilDate(for: LunarDate(year: year, month: month, day: 1, isLeapMonth: true)) == start)
        #expect(Lunar.lunarDate(for: start) == LunarDate(year: year, month: month, day: 1, isLeapMonth: true))
    }

    /// New moons within two minutes of midnight (UTC+7), where a lower-precision method
    /// (the well-known one without ΔT) puts the month a day later. Checked against the
    /// PyEphem ephemeris: 2072-12-09 23:58 and 2077-11-15 23:59 local time.
    @Test(arguments: [
        (date(2072, 12, 9), LunarDate(year: 2072, month: 11, day: 1)),
        (date(2077, 11, 15), LunarDate(year: 2077, month: 10, day: 1)),
    ])
    func newMoonsJustBeforeMidnight(day: CivilDate, lunar: LunarDate) {
        #expect(Lunar.lunarDate(for: day) == lunar)
        #expect(Lunar.lunarDate(for: day.adding(days: -1)).day >= 29)
    }

    @Test func commonYearsHaveNoLeapMonth() {
        for year in [2018, 2019, 2021, 2022, 2024, 2026, 2027] {
            #expect(Lunar.leapMonth(in: year) == nil)
        }
    }

    @Test func daysThatDoNotExistAreRejected() {
        #expect(Lunar.civilDate(for: LunarDate(year: 2024, month: 4, day: 1, isLeapMonth: true)) == nil)
        #expect(Lunar.civilDate(for: LunarDate(year: 2025, month: 12, day: 30)) == nil)  // Chạp Ất Tỵ has 29 days
        #expect(Lunar.civilDate(for: LunarDate(year: 2024, month: 13, day: 1)) == nil)
        #expect(Lunar.civilDate(for: LunarDate(year: 2024, month: 1, day: 0)) == nil)
    }

    @Test func yearNames() {
        #expect(LunarDate(year: 2024, month: 1, day: 1).yearName == "Giáp Thìn")
        #expect(LunarDate(year: 2020, month: 4, day: 1, isLeapMonth: true).description == "1/4 nhuận/2020")
        #expect(CanChi.yearName(2025) == "Ất Tỵ")
        #expect(CanChi.yearName(1984) == "Giáp Tý")
        #expect(CanChi.yearName(1945) == "Ất Dậu")
        #expect(CanChi.yearName(1968) == "Mậu Thân")
    }
}

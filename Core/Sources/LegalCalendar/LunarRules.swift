/// The rules of the Vietnamese lunisolar calendar (domain.md §5):
/// - a month begins on the civil date of the new moon (Sóc), at the meridian in use;
/// - month 11 is the month that contains the winter solstice (Đông chí);
/// - when 13 new moons separate two months 11, the first month after the earlier month 11
///   in which the Sun enters no major term (Trung khí, a multiple of 30° of longitude,
///   judged at local midnight) is the leap month and repeats the previous number.
enum LunarRules {
    /// Vietnam has computed its calendar for 105°E (UTC+7) since 1968, after the government
    /// decision of August 1967; before, it followed the Chinese calendar computed for UTC+8
    /// (vietnamvanhien.org, a single source). We switch at 1968-01-01 00:00 UTC+7: months
    /// that begin earlier are dated at UTC+8, as the calendars printed for 1967 were. Hence
    /// Tết Mậu Thân on 29 January 1968 in Vietnam and 30 January in China.
    static let firstDayAtUTC7 = CivilDate(year: 1968, month: 1, day: 1)!.daysSinceEpoch

    static func hoursAheadOfUT(onDay day: Int) -> Double {
        day >= firstDayAtUTC7 ? 7 : 8
    }

    /// The clock in force at the instant `jd` (UT).
    static func hoursAheadOfUT(atUT jd: Double) -> Double {
        jd >= JulianDay.localMidnight(ofDay: firstDayAtUTC7, hoursAheadOfUT: 7) ? 7 : 8
    }

    /// The major term the Sun is in at the start of civil day `day`: 0 from the vernal
    /// equinox (0°), … 9 from the winter solstice (270°), … 11.
    static func majorTerm(atStartOf day: Int) -> Int {
        let midnight = JulianDay.localMidnight(ofDay: day, hoursAheadOfUT: hoursAheadOfUT(onDay: day))
        return Int(SolarLongitude.apparent(atUT: midnight) / 30)
    }

    /// The civil day on which lunation `k` begins.
    static func monthStart(lunation k: Int) -> Int {
        let newMoon = NewMoon.ut(lunation: k)
        return JulianDay.civilDay(ofUT: newMoon, hoursAheadOfUT: hoursAheadOfUT(atUT: newMoon))
    }

    /// The lunation that is month 11 of `gregorianYear`: the month holding the December solstice.
    static func month11(ofGregorianYear gregorianYear: Int) -> Int {
        let december31 = CivilDate(year: gregorianYear, month: 12, day: 31)!.daysSinceEpoch
        // The last month beginning on or before 31 December…
        var k = NewMoon.lunation(near: JulianDay.unixEpoch + Double(december31))
        while monthStart(lunation: k) > december31 { k -= 1 }
        while monthStart(lunation: k + 1) <= december31 { k += 1 }
        // …holds the solstice unless the Sun had already passed 270° when it began
        // (it runs past 31 December, after any possible solstice date).
        if majorTerm(atStartOf: monthStart(lunation: k)) >= 9 { k -= 1 }
        return k
    }
}

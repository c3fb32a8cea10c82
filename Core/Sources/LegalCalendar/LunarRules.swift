/// The rules of the Vietnamese lunisolar calendar (domain.md §5):
/// - a month begins on the civil date of the new moon (Sóc), at the meridian in use;
/// - month 11 is the month that contains the winter solstice (Đông chí);
/// - when 13 new moons separate two months 11, the first month after the earlier month 11
///   in which the Sun enters no major term (Trung khí, a multiple of 30° of longitude,
///   judged at local midnight) is the leap month and repeats the previous number.
enum LunarRules {
    /// Vietnam computed its calendar for 105°E (UTC+7) from the year of the Monkey (Mậu
    /// Thân, Tết 1968), after the government decision of 1967; before that it followed the
    /// Chinese calendar computed for UTC+8 (vietnamvanhien.org, a single source). That is
    /// why Tết 1968 fell on 29 January in the North and 30 January in China.
    static let firstYearAtUTC7 = 1968

    static func hoursAheadOfUT(forMonth11Ending lunarYear: Int) -> Double {
        lunarYear >= firstYearAtUTC7 ? 7 : 8
    }

    /// The major term the Sun is in at the start of civil day `day`: 0 from the vernal
    /// equinox (0°), … 9 from the winter solstice (270°), … 11.
    static func majorTerm(atStartOf day: Int, hoursAheadOfUT: Double) -> Int {
        let longitude = SolarLongitude.apparent(atUT: JulianDay.localMidnight(ofDay: day, hoursAheadOfUT: hoursAheadOfUT))
        return Int(longitude / 30)
    }

    /// The civil day on which lunation `k` begins.
    static func monthStart(lunation k: Int, hoursAheadOfUT: Double) -> Int {
        JulianDay.civilDay(ofUT: NewMoon.ut(lunation: k), hoursAheadOfUT: hoursAheadOfUT)
    }

    /// The lunation that is month 11 of `gregorianYear`: the month holding the December solstice.
    static func month11(ofGregorianYear gregorianYear: Int, hoursAheadOfUT: Double) -> Int {
        let december31 = CivilDate(year: gregorianYear, month: 12, day: 31)!.daysSinceEpoch
        // The last month beginning on or before 31 December…
        var k = NewMoon.lunation(near: JulianDay.unixEpoch + Double(december31))
        while monthStart(lunation: k, hoursAheadOfUT: hoursAheadOfUT) > december31 { k -= 1 }
        while monthStart(lunation: k + 1, hoursAheadOfUT: hoursAheadOfUT) <= december31 { k += 1 }
        // …holds the solstice unless the Sun had already passed 270° when it began
        // (it runs past 31 December, after any possible solstice date).
        if majorTerm(atStartOf: monthStart(lunation: k, hoursAheadOfUT: hoursAheadOfUT), hoursAheadOfUT: hoursAheadOfUT) >= 9 {
            k -= 1
        }
        return k
    }
}

/// Julian Day numbers: the continuous day count astronomical formulas run on.
enum JulianDay {
    /// JD of 1970-01-01 00:00 UT (day 0 of `CivilDate.daysSinceEpoch`).
    static let unixEpoch = 2_440_587.5

    /// The civil date, at a clock `hoursAheadOfUT` ahead of Universal Time, on which the
    /// instant `jd` (UT) falls.
    static func civilDay(ofUT jd: Double, hoursAheadOfUT: Double) -> Int {
        Int((jd - unixEpoch + hoursAheadOfUT / 24).rounded(.down))
    }

    /// The instant (UT) at which `day` begins on a clock `hoursAheadOfUT` ahead of UT.
    static func localMidnight(ofDay day: Int, hoursAheadOfUT: Double) -> Double {
        unixEpoch + Double(day) - hoursAheadOfUT / 24
    }

    /// The Gregorian year with fraction at `jd`, precise enough for ΔT.
    static func decimalYear(_ jd: Double) -> Double {
        2000 + (jd - 2_451_545.0) / 365.2425
    }
}

/// The Sun's apparent geometric longitude, after Meeus, *Astronomical Algorithms*
/// chapter 25 "Solar Coordinates" (the lower-accuracy method, about 0.01°, i.e. a quarter
/// of an hour of the Sun's motion), referred to the mean equinox of the date.
enum SolarLongitude {
    /// Apparent longitude in degrees, [0, 360), at the instant `jde` (Terrestrial Time).
    static func apparent(atJDE jde: Double) -> Double {
        let t = (jde - 2_451_545.0) / 36_525
        let meanLongitude = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
        let meanAnomaly = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t
        let equationOfCentre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly)
            + (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly)
            + 0.000289 * sinDeg(3 * meanAnomaly)
        let trueLongitude = meanLongitude + equationOfCentre
        // Nutation and aberration, in the abridged form Meeus gives with this method.
        let omega = 125.04 - 1934.136 * t
        return normalizedDegrees(trueLongitude - 0.00569 - 0.00478 * sinDeg(omega))
    }

    /// Apparent longitude at the instant `jd` given in Universal Time.
    static func apparent(atUT jd: Double) -> Double {
        apparent(atJDE: jd + DeltaT.days(atJD: jd))
    }
}

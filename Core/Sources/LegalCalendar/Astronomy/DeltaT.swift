/// ΔT = TT − UT in seconds: Meeus's lunar and solar series give Terrestrial Time, while the
/// calendar needs the civil (UT-based) date. The polynomials are those published by
/// F. Espenak and J. Meeus for NASA's Five Millennium Canon of Solar Eclipses (2006),
/// from 1900 on; the long-term parabola elsewhere.
enum DeltaT {
    static func seconds(atDecimalYear y: Double) -> Double {
        switch y {
        case ..<1900:
            return longTerm(y)
        case ..<1920:
            let t = y - 1900
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t
        case ..<1941:
            let t = y - 1920
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t
        case ..<1961:
            let t = y - 1950
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547
        case ..<1986:
            let t = y - 1975
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718
        case ..<2005:
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t
        case ..<2050:
            let t = y - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        case ..<2150:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        default:
            return longTerm(y)
        }
    }

    private static func longTerm(_ y: Double) -> Double {
        let u = (y - 1820) / 100
        return -20 + 32 * u * u
    }

    /// ΔT in days at the instant `jd`.
    static func days(atJD jd: Double) -> Double {
        seconds(atDecimalYear: JulianDay.decimalYear(jd)) / 86_400
    }
}

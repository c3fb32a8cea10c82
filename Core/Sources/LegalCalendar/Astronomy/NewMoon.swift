/// Instants of new moon, after Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998),
/// chapter 49 "Phases of the Moon": the mean phase plus the periodic terms for the new
/// moon and the 14 planetary arguments. Accuracy is a few seconds over 1900-2200, far
/// below the minutes that decide which civil day a new moon falls on.
enum NewMoon {
    /// Mean synodic month, days.
    static let synodicMonth = 29.530588861
    /// JDE of the mean new moon of 2000 January 6, lunation k = 0.
    static let epoch = 2_451_550.09766

    /// The lunation number whose mean new moon is nearest `jd`.
    static func lunation(near jd: Double) -> Int {
        Int(((jd - epoch) / synodicMonth).rounded())
    }

    /// The true new moon of lunation `k` (k = 0 is 2000-01-06), as JDE (Terrestrial Time).
    static func jde(lunation k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t, t3 = t2 * t, t4 = t3 * t

        let meanPhase = epoch + synodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
        // Eccentricity of the Earth's orbit, which scales the terms with the Sun's anomaly.
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        let m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3              // Sun's mean anomaly
        let mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4  // Moon's
        let f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4  // argument of latitude
        let omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3         // ascending node

        var correction = -0.40720 * sinDeg(mp)
        correction += 0.17241 * e * sinDeg(m)
        correction += 0.01608 * sinDeg(2 * mp)
        correction += 0.01039 * sinDeg(2 * f)
        correction += 0.00739 * e * sinDeg(mp - m)
        correction -= 0.00514 * e * sinDeg(mp + m)
        correction += 0.00208 * e * e * sinDeg(2 * m)
        correction -= 0.00111 * sinDeg(mp - 2 * f)
        correction -= 0.00057 * sinDeg(mp + 2 * f)
        correction += 0.00056 * e * sinDeg(2 * mp + m)
        correction -= 0.00042 * sinDeg(3 * mp)
        correction += 0.00042 * e * sinDeg(m + 2 * f)
        correction += 0.00038 * e * sinDeg(m - 2 * f)
        correction -= 0.00024 * e * sinDeg(2 * mp - m)
        correction -= 0.00017 * sinDeg(omega)
        correction -= 0.00007 * sinDeg(mp + 2 * m)
        correction += 0.00004 * sinDeg(2 * mp - 2 * f)
        correction += 0.00004 * sinDeg(3 * m)
        correction += 0.00003 * sinDeg(mp + m - 2 * f)
        correction += 0.00003 * sinDeg(2 * mp + 2 * f)
        correction -= 0.00003 * sinDeg(mp + m + 2 * f)
        correction += 0.00003 * sinDeg(mp - m + 2 * f)
        correction -= 0.00002 * sinDeg(mp - m - 2 * f)
        correction -= 0.00002 * sinDeg(3 * mp + m)
        correction += 0.00002 * sinDeg(4 * mp)

        return meanPhase + correction + planetaryCorrection(k: k, t2: t2)
    }

    /// The additional corrections of Meeus ch. 49 (arguments A1…A14).
    private static func planetaryCorrection(k: Double, t2: Double) -> Double {
        let terms: [(coefficient: Double, base: Double, rate: Double)] = [
            (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
            (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239),
            (0.000062, 141.74, 53.303771), (0.000060, 207.14, 2.453732),
            (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
            (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379),
            (0.000037, 161.72, 24.198154), (0.000035, 239.56, 25.513099),
            (0.000023, 331.55, 3.592518),
        ]
        var sum = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)  // A1 has a T² term
        for term in terms { sum += term.coefficient * sinDeg(term.base + term.rate * k) }
        return sum
    }

    /// The new moon of lunation `k` in Universal Time.
    static func ut(lunation k: Int) -> Double {
        let jde = jde(lunation: k)
        return jde - DeltaT.days(atJD: jde)
    }
}

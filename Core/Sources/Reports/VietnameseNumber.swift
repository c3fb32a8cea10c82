/// Numbers written the Vietnamese way: dot for thousands, comma for decimals
/// ("1.589", "91,8%"), as official reports print them.
public enum VietnameseNumber {
    public static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// A ratio as a percentage with `decimals` places: 0.918 → "91,8%". Nil ratio → "-".
    public static func percent(_ ratio: Double?, decimals: Int = 1) -> String {
        guard let ratio, ratio.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((ratio * 100 * scale).rounded())
        let whole = scaled / Int(scale)
        let frac = abs(scaled) % Int(scale)
        guard decimals > 0 else { return integer(whole) + "%" }
        var fracText = String(frac)
        while fracText.count < decimals { fracText = "0" + fracText }
        return integer(whole) + "," + fracText + "%"
    }
}

extension VietnameseNumber {
    /// A decimal with at most `decimals` places and no trailing zeros: 2.5 → "2,5", 1500.05 → "1.500,05".
    public static func decimal(_ x: Double, decimals: Int = 2) -> String {
        guard x.isFinite else { return "-" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((x.magnitude * Double(scale)).rounded())
        var fraction = String(scaled % scale)
        while fraction.count < decimals { fraction = "0" + fraction }
        while fraction.last == "0" { fraction.removeLast() }
        let sign = x < 0 && scaled != 0 ? "-" : ""
        let whole = integer(scaled / scale)
        return sign + (fraction.isEmpty ? whole : whole + "," + fraction)
    }
}

extension VietnameseNumber {
    /// A decimal with exactly `decimals` places, like the percentages beside it: 25 → "25,0".
    public static func fixed(_ x: Double, decimals: Int = 1) -> String {
        let text = percent(x / 100, decimals: decimals)
        return String(text.dropLast())  // percent() of x/100 prints x itself, plus "%"
    }
}

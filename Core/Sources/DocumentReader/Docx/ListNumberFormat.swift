/// Renders a list counter in one of Word's number formats (w:numFmt).
enum ListNumberFormat {
    static func render(_ value: Int, format: String) -> String {
        switch format {
        case "lowerLetter": return letters(value, upper: false)
        case "upperLetter": return letters(value, upper: true)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : "\(value)"
        case "none", "bullet": return ""
        default: return "\(value)"          // decimal and formats we do not render specially
        }
    }

    /// Word's letters: a…z, then aa…zz, aaa… (the letter repeated).
    /// Past 30 repeats no real list is meant; the number keeps the label short.
    private static func letters(_ value: Int, upper: Bool) -> String {
        guard value > 0, value <= 26 * 30 else { return "\(value)" }
        let letter = Unicode.Scalar(UInt8((upper ? 0x41 : 0x61) + (value - 1) % 26))
        return String(repeating: String(Character(letter)), count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0 && value < 4000 else { return "\(value)" }
        let numerals: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (amount, numeral) in numerals {
            while rest >= amount { result += numeral; rest -= amount }
        }
        return result
    }
}

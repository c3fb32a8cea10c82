/// Writes a worksheet as CSV (RFC 4180): comma-separated, CRLF line ends,
/// fields quoted when they hold a comma, quote or line break, quotes doubled.
/// The file starts with a UTF-8 byte-order mark because Excel otherwise
/// reads it in the ANSI code page and garbles Vietnamese letters.
public enum CSVWriter {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func write(_ sheet: Worksheet) -> [UInt8] {
        var text = line(sheet.columns.map(\.title))
        for row in sheet.rows {
            text += line(row.map(field))
        }
        return byteOrderMark + Array(text.utf8)
    }

    /// Machine-readable values: plain digits with a dot decimal, ISO dates,
    /// ratios as fractions, so that other programs parse them without a locale.
    static func field(_ value: CellValue) -> String {
        switch value {
        case .text(let s): return defused(s)
        case .integer(let n): return String(n)
        case .number(let x), .percent(let x): return x.isFinite ? String(x) : ""
        case .date(let d): return d.iso
        case .empty: return ""
        }
    }

    /// Spreadsheet programs run a field starting with = + - @ as a formula (CSV
    /// injection, OWASP); such text is prefixed with an apostrophe so it stays text.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}

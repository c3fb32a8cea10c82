/// Text made safe for an XML element or attribute value.
///
/// Office files are XML 1.0, which cannot carry most C0 control characters even
/// escaped; task titles pasted from other programs do contain them (vertical
/// tab, form feed), so they are dropped rather than corrupting the file.
enum XMLText {
    static func escaped(_ text: String) -> String {
        // Most titles and names need nothing; scanning the UTF-8 bytes first avoids
        // rebuilding them scalar by scalar.
        let needsWork = text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xEF  // 0xEF leads U+FFFE/U+FFFF
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The XML declaration every Office part starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
}

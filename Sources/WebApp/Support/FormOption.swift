/// One choice of a `<select>` the server renders, already marked when it is
/// the one the page was asked for (the task list's and the report's filters).
struct FormOption: Encodable {
    let value: String
    let label: String
    let selected: Bool

    /// The `<option>`s of a long picker (every unit of the directory) as
    /// HTML, escaped as Leaf escapes `#(…)`: a Leaf loop over 135 units cost
    /// the task list page about a third of its rendering.
    static func html(_ options: [FormOption]) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(options.count * 96)
        for option in options {
            html += "<option value=\"".utf8
            escape(option.value, into: &html)
            html += option.selected ? "\" selected>".utf8 : "\">".utf8
            escape(option.label, into: &html)
            html += "</option>".utf8
        }
        return String(decoding: html, as: UTF8.self)
    }

    private static func escape(_ text: String, into html: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): html += "&amp;".utf8
            case UInt8(ascii: "\""): html += "&quot;".utf8
            case UInt8(ascii: "'"): html += "&#39;".utf8
            case UInt8(ascii: "<"): html += "&lt;".utf8
            case UInt8(ascii: ">"): html += "&gt;".utf8
            default: html.append(byte)
            }
        }
    }
}

/// Text put into HTML by Swift, escaped as Leaf escapes `#(…)`
/// (& " ' < >), so a fragment built in Swift reads as the template's would.
enum HTMLEscaping {
    static func append(_ text: String, to html: inout [UInt8]) {
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

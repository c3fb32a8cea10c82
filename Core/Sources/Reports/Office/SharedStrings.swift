/// The workbook's string table: each distinct text stored once, cells refer to it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let i = indices[text] { return i }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var xml = XMLText.declaration
        xml += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(references)" uniqueCount="\#(ordered.count)">"#
        for text in ordered {
            xml += #"<si><t xml:space="preserve">\#(XMLText.escaped(text))</t></si>"#
        }
        xml += "</sst>"
        return xml
    }
}

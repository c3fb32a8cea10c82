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
            HTMLEscaping.append(option.value, to: &html)
            html += option.selected ? "\" selected>".utf8 : "\">".utf8
            HTMLEscaping.append(option.label, to: &html)
            html += "</option>".utf8
        }
        return String(decoding: html, as: UTF8.self)
    }
}

import Foundation

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

/// A long picker's `<option>`s drawn once, for pages that only mark the
/// chosen one: each choice written by `FormOption.html` both ways, so a
/// request joins strings instead of writing out and escaping every unit's id
/// and name.
struct DrawnOptions: Sendable {
    private let ids: [UUID]
    private let plain: [String]
    private let chosen: [String]
    private let length: Int

    init(_ choices: [(id: UUID, name: String)]) {
        ids = choices.map(\.id)
        plain = choices.map { FormOption.html([FormOption(value: $0.id.uuidString, label: $0.name, selected: false)]) }
        chosen = choices.map { FormOption.html([FormOption(value: $0.id.uuidString, label: $0.name, selected: true)]) }
        length = chosen.reduce(0) { $0 + $1.utf8.count }
    }

    func html(selected: UUID?) -> String {
        var html = ""
        html.reserveCapacity(length)
        for index in ids.indices { html += ids[index] == selected ? chosen[index] : plain[index] }
        return html
    }
}

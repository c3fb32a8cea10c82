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
/// chosen one: the same HTML as `FormOption.html`, byte for byte, without
/// writing out and escaping every unit's id and name on every request.
struct DrawnOptions: Sendable {
    private let ids: [UUID]
    /// `<option value="…"` and `…</option>` of each choice.
    private let heads: [String]
    private let tails: [String]

    init(_ choices: [(id: UUID, name: String)]) {
        ids = choices.map(\.id)
        heads = choices.map { choice in
            var html: [UInt8] = Array("<option value=\"".utf8)
            HTMLEscaping.append(choice.id.uuidString, to: &html)
            return String(decoding: html, as: UTF8.self)
        }
        tails = choices.map { choice in
            var html: [UInt8] = []
            HTMLEscaping.append(choice.name, to: &html)
            html += "</option>".utf8
            return String(decoding: html, as: UTF8.self)
        }
    }

    func html(selected: UUID?) -> String {
        var html = ""
        html.reserveCapacity(heads.reduce(0) { $0 + $1.utf8.count } + tails.reduce(0) { $0 + $1.utf8.count } + ids.count * 3 + 10)
        for index in ids.indices {
            html += heads[index]
            html += ids[index] == selected ? "\" selected>" : "\">"
            html += tails[index]
        }
        return html
    }
}


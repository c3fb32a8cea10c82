/// One choice of a `<select>` the server renders, already marked when it is
/// the one the page was asked for (the task list's and the report's filters).
struct FormOption: Encodable {
    let value: String
    let label: String
    let selected: Bool
}

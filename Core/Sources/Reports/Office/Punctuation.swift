/// List entries ("Nơi nhận", "Kính gửi") get their punctuation from the writer,
/// so whatever the caller typed at the end is removed first.
enum Punctuation {
    static func bare(_ entry: String) -> String {
        var s = Substring(entry)
        while let f = s.first, f == " " || f == "-" { s.removeFirst() }
        while let l = s.last, l == " " || l == ";" || l == "." || l == "," { s.removeLast() }
        return String(s)
    }
}

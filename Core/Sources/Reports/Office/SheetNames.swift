/// Excel refuses sheet names longer than 31 characters, containing : \ / ? * [ ]
/// or repeated; report names ("Đơn vị", "Quá hạn") are cleaned up rather than
/// making the whole file unreadable.
enum SheetNames {
    static func unique(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, raw in
            var base = String(raw.unicodeScalars.filter { !":\\/?*[]".unicodeScalars.contains($0) }.map(Character.init))
            base = base.trimmingSpaces
            if base.isEmpty { base = "Sheet\(index + 1)" }
            base = String(base.prefix(31))
            var name = base
            var n = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }
}

extension String {
    /// A sheet name inside a formula doubles its apostrophes.
    var replacingApostrophes: String {
        var out = ""
        for ch in self { out += ch == "'" ? "''" : String(ch) }
        return out
    }

    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let f = scalars.first, f == " " { scalars.removeFirst() }
        while let l = scalars.last, l == " " { scalars.removeLast() }
        return String(scalars)
    }
}

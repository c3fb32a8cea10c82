/// Counts list items through a document and renders each item's label the
/// way Word displays it ("2.1.", "a)", "II.", "-").
struct NumberingCounter {
    private let definitions: NumberingDefinitions
    private let styles: DocxStyles
    /// Current counter per abstract list and level; absent = not started.
    private var counters: [String: [Int: Int]] = [:]
    /// List instances whose start overrides have been applied.
    private var startedInstances: Set<String> = []

    init(definitions: NumberingDefinitions, styles: DocxStyles) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Advances the counter for a paragraph of list `numID` at `levelIndex`
    /// and returns its label followed by its separator, or nil when the
    /// paragraph is not a list item.
    mutating func label(numID: String, levelIndex: Int) -> String? {
        guard numID != "0", (0...8).contains(levelIndex),
              let abstractID = definitions.abstractID(of: numID, styles: styles),
              let level = definitions.level(levelIndex, of: numID, styles: styles) else { return nil }
        var levels = counters[abstractID] ?? [:]
        let overrides = definitions.instances[numID]?.startOverrides ?? [:]
        if !overrides.isEmpty && !startedInstances.contains(numID) {
            // "Restart numbering" in Word makes a new instance with a start
            // override: a fresh list from here on.
            startedInstances.insert(numID)
            levels = [:]
        }
        let start = overrides[levelIndex] ?? level.start
        levels[levelIndex] = (levels[levelIndex] ?? (start - 1)) + 1
        // Deeper levels start again after this item, unless their restart rule says otherwise.
        for deeper in (levelIndex + 1)...9 where levels[deeper] != nil {
            let rule = definitions.level(deeper, of: numID, styles: styles)?.restartBelow
            if rule == nil || levelIndex < rule! { levels[deeper] = nil }
        }
        counters[abstractID] = levels

        if level.format == "bullet" { return Self.bullet(level.text) + level.suffix }
        if level.format == "none" && level.text.isEmpty { return nil }
        var label = ""
        var chars = level.text.unicodeScalars.makeIterator()
        while let c = chars.next() {
            guard c == "%" else { label.unicodeScalars.append(c); continue }
            guard let digit = chars.next() else { break }
            guard let referenced = Int(String(digit)), (1...9).contains(referenced) else {
                label.unicodeScalars.append(c); label.unicodeScalars.append(digit); continue
            }
            let index = referenced - 1
            let referencedLevel = definitions.level(index, of: numID, styles: styles)
            let value = levels[index] ?? referencedLevel?.start ?? 1
            let format = level.legal && index < levelIndex ? "decimal" : (referencedLevel?.format ?? "decimal")
            label += ListNumberFormat.render(value, format: format)
        }
        let trimmed = label.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed + level.suffix
    }

    /// Bullet glyphs live in symbol fonts (Symbol's U+F0B7, Wingdings...);
    /// the text keeps "-" and "+" (what Vietnamese documents type) and turns
    /// every other glyph into "-", the bullet the extractor reads.
    private static func bullet(_ glyph: String) -> String {
        glyph == "+" ? "+" : "-"
    }
}

private extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

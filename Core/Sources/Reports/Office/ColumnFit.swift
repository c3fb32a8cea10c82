/// Column widths for a Word table that spans the text width: every column gets at
/// least the room its longest word needs (so "100,0%" or "09/03/2026" never break
/// inside), and what is left goes out in proportion to the columns' weights.
enum ColumnFit {
    static func widths(of table: DocumentTable, total: Int, cellMargins: Int) -> [Int] {
        let minimums = table.columns.indices.map { column -> Int in
            var widest = longestWord(table.columns[column].title, bold: true)
            for row in table.rows where column < row.count {
                widest = max(widest, longestWord(row[column].displayText, bold: false))
            }
            return widest + cellMargins
        }
        let weights = table.columns.map(\.width)
        let needed = minimums.reduce(0, +)
        // Too many columns for the page: fall back to plain proportions, words will wrap.
        guard needed < total else { return Proportion.split(total, by: weights) }
        // Start from the proportional split, lift the narrow columns to their minimum and
        // take the difference from the others in proportion to what they have to spare.
        var widths = Proportion.split(total, by: weights)
        let deficit = zip(widths, minimums).reduce(0) { $0 + max(0, $1.1 - $1.0) }
        guard deficit > 0 else { return widths }
        let surplus = zip(widths, minimums).map { max(0, $0 - $1) }
        let totalSurplus = max(surplus.reduce(0, +), 1)
        for i in widths.indices {
            widths[i] = widths[i] < minimums[i] ? minimums[i] : widths[i] - deficit * surplus[i] / totalSurplus
        }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// Cells are 12 pt; words wrap at spaces only.
    private static func longestWord(_ text: String, bold: Bool) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .map { WordML.estimatedWidth(String($0), size: 12, bold: bold) }
            .max() ?? 0
    }
}

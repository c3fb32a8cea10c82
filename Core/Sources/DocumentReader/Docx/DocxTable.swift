import Foundation

/// A table being read from a DOCX, and how its rows become lines.
///
/// Tables whose rows hold at most two filled cells are layout: the Decree 30
/// header (issuer left, motto right, perhaps an empty spacer column), the
/// signature block. Their cells' paragraphs come out as lines, row by row
/// and cell by cell, so the issuer's and the motto's lines stay whole.
/// Tables with a row of three or more filled cells hold data, such as a
/// plan's task table ("STT | Nội dung | Chủ trì | Phối hợp | Thời gian");
/// each row comes out as one line "| a | b | c |", the form Markdown tables
/// have in text files, so that a row stays one task with its columns.
struct DocxTable {
    /// Finished rows: cells, each as its lines.
    private var rows: [[[String]]] = []
    /// The cells of the row being read.
    private var rowCells: [[String]] = []
    /// The lines of the cell being read; nil between cells.
    var cellLines: [String]?
    /// Lines that arrive outside any cell (only in damaged files).
    var strayLines: [String] = []
    /// Paragraphs already open when the table began (it sits in a text box
    /// inside a paragraph); the table's own paragraphs are above them.
    let paragraphDepth: Int

    static let dataTableWidth = 3

    init(paragraphDepth: Int) {
        self.paragraphDepth = paragraphDepth
    }

    mutating func endCell() {
        rowCells.append(cellLines ?? [])
        cellLines = nil
    }

    mutating func endRow() {
        if cellLines != nil { endCell() }
        if !rowCells.isEmpty { rows.append(rowCells) }
        rowCells = []
    }

    /// The table's text, line by line, once it has ended.
    mutating func finish() -> [String] {
        endRow()
        let cellTexts = rows.map { $0.map(Self.flattened) }
        let isData = cellTexts.contains { row in row.filter { !$0.isEmpty }.count >= Self.dataTableWidth }
        var lines = strayLines
        if isData {
            lines += cellTexts.map { "| " + $0.joined(separator: " | ") + " |" }
        } else {
            lines += rows.flatMap { $0.joined() }
        }
        return lines
    }

    /// A cell's lines on one line: line breaks and tabs would split the row.
    private static func flattened(_ cellLines: [String]) -> String {
        var text = ""
        for line in cellLines {
            let cleaned = String(String.UnicodeScalarView(line.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
            let trimmed = cleaned.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            text += text.isEmpty ? trimmed : " " + trimmed
        }
        return text
    }
}

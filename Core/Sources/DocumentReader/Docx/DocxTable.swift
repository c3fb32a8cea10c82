import Foundation

/// A table being read from a DOCX, and how its rows become lines.
///
/// Two-column tables are layout: the Decree 30 header (issuer left, motto
/// right), the signature block. Their cells' paragraphs come out as lines,
/// row by row and cell by cell, so the issuer's and the motto's lines stay
/// whole. Wider tables hold data, such as a plan's task table ("STT | Nội
/// dung | Chủ trì | Phối hợp | Thời gian"); each row comes out as one line
/// "| a | b | c |", the form Markdown tables have in text files, so that a
/// row stays one task with its columns.
struct DocxTable {
    /// Columns of the table grid (w:gridCol), which spanning rows do not change.
    var gridColumns = 0
    /// The cells of the row being read, each as its lines.
    var rowCells: [[String]] = []
    /// The lines of the cell being read; nil between cells.
    var cellLines: [String]?
    /// Lines of the rows read so far.
    var lines: [String] = []
    /// Paragraphs already open when the table began (it sits in a text box
    /// inside a paragraph); the table's own paragraphs are above them.
    var paragraphDepth = 0

    init(paragraphDepth: Int) {
        self.paragraphDepth = paragraphDepth
    }

    static let firstDataTableWidth = 3

    mutating func endCell() {
        rowCells.append(cellLines ?? [])
        cellLines = nil
    }

    mutating func endRow() {
        if cellLines != nil { endCell() }
        defer { rowCells = [] }
        guard !rowCells.isEmpty else { return }
        if max(gridColumns, rowCells.count) >= Self.firstDataTableWidth {
            let cells = rowCells.map { Self.flattened($0) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        } else {
            lines.append(contentsOf: rowCells.joined())
        }
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

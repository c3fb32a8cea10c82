import LegalCalendar

/// One value in a table that is written to XLSX, CSV or a Word table. Keeping
/// the type (number, date, ratio) rather than pre-formatted text lets the
/// spreadsheet hold real numbers and dates that users can sort and sum.
public enum CellValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    case date(CivilDate)
    /// A ratio 0…1 shown as a percentage.
    case percent(Double)
    case empty

    /// The text a reader sees in a Word table: Vietnamese number style, dd/mm/yyyy dates.
    public var displayText: String {
        switch self {
        case .text(let s): return s
        case .integer(let n): return VietnameseNumber.integer(n)
        case .number(let x): return VietnameseNumber.decimal(x)
        case .date(let d): return d.vietnamese
        case .percent(let r): return VietnameseNumber.percent(r)
        case .empty: return ""
        }
    }
}

/// A column of a table: its header and width in characters (Excel's unit).
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: Double

    public init(_ title: String, width: Double = 14) {
        self.title = title
        self.width = width
    }
}

/// A titled grid with a header row: one worksheet of a workbook, the body of a
/// CSV file, or a table in a report.
public struct Worksheet: Hashable, Sendable {
    public var name: String
    public var columns: [TableColumn]
    public var rows: [[CellValue]]

    public init(name: String, columns: [TableColumn], rows: [[CellValue]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// Several worksheets saved as one .xlsx file.
public struct Workbook: Hashable, Sendable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }
}

extension CellValue {
    /// Text is left-aligned in a Word table; numbers, dates and ratios are centred.
    var isTextual: Bool {
        if case .text = self { return true }
        return false
    }
}

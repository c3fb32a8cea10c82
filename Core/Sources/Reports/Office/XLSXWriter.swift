import LegalCalendar

/// Writes a workbook as SpreadsheetML (.xlsx): strings in the shared-string
/// table, numbers as numbers, dates as date serials with a date format, a bold
/// header row frozen in view and the given column widths.
public enum XLSXWriter {
    public static func write(_ workbook: Workbook) throws(ExportError) -> [UInt8] {
        // A workbook without sheets is not a valid file; give Excel an empty one.
        var workbook = workbook
        if workbook.sheets.isEmpty { workbook.sheets = [Worksheet(name: "Trống", columns: [], rows: [])] }
        var strings = SharedStrings()
        let names = SheetNames.unique(workbook.sheets.map(\.name))
        var package = OfficePackage()
        package.add("[Content_Types].xml", contentTypes(sheetCount: workbook.sheets.count))
        package.add("_rels/.rels", rootRelationships)
        package.add("xl/workbook.xml", workbookXML(names: names, sheets: workbook.sheets))
        package.add("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: workbook.sheets.count))
        package.add("xl/styles.xml", SpreadsheetStyles.xml)
        for (index, sheet) in workbook.sheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", sheetXML(sheet, strings: &strings))
        }
        package.add("xl/sharedStrings.xml", strings.xml)
        return try package.zipped()
    }

    /// Excel counts days from 1899-12-30 (the 1900 system, with its phantom
    /// 29/02/1900 absorbed by starting one day early), so 1970-01-01 is 25569.
    static func serial(of date: CivilDate) -> Int { date.daysSinceEpoch + 25_569 }

    /// "A", "B", … "Z", "AA", …: the column part of a cell reference.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    private static func sheetXML(_ sheet: Worksheet, strings: inout SharedStrings) -> String {
        var xml = XMLText.declaration
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        // Printed landscape, as wide as the page: task lists have many columns.
        xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !sheet.columns.isEmpty {
            xml += "<cols>"
            for (i, column) in sheet.columns.enumerated() {
                xml += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(column.width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += #"<row r="1" ht="\#(headerHeight(sheet.columns))" customHeight="1">"#
        for (i, column) in sheet.columns.enumerated() {
            xml += cell(.text(column.title), at: "\(columnName(i))1", style: .header, strings: &strings)
        }
        xml += "</row>"
        for (r, row) in sheet.rows.enumerated() {
            let rowNumber = r + 2
            xml += #"<row r="\#(rowNumber)">"#
            for (c, value) in row.enumerated() {
                xml += cell(value, at: "\(columnName(c))\(rowNumber)", style: nil, strings: &strings)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.columns.isEmpty {
            let last = "\(columnName(sheet.columns.count - 1))\(sheet.rows.count + 1)"
            xml += #"<autoFilter ref="A1:\#(last)"/>"#
        }
        xml += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        xml += #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
        xml += "</worksheet>"
        return xml
    }

    /// Spreadsheet programs do not grow a row for wrapped text on opening, so the
    /// header row is made tall enough for its longest title (about one character per
    /// unit of column width, 16 points a line).
    static func headerHeight(_ columns: [TableColumn]) -> Int {
        let lines = columns.map { column -> Int in
            let perLine = max(Int(column.width) - 1, 1)
            return (column.title.count + perLine - 1) / perLine
        }.max() ?? 1
        return 16 * max(lines, 1)
    }

    private static func cell(_ value: CellValue, at ref: String, style: SpreadsheetStyles.Style?,
                             strings: inout SharedStrings) -> String {
        func s(_ fallback: SpreadsheetStyles.Style) -> String {
            let chosen = style ?? fallback
            return chosen == .plain ? "" : #" s="\#(chosen.rawValue)""#
        }
        switch value {
        case .text(let text):
            return #"<c r="\#(ref)" t="s"\#(s(.plain))><v>\#(strings.index(of: text))</v></c>"#
        case .integer(let n):
            return #"<c r="\#(ref)"\#(s(.plain))><v>\#(n)</v></c>"#
        case .number(let x):
            guard x.isFinite else { return "" }
            return #"<c r="\#(ref)"\#(s(.decimal))><v>\#(x)</v></c>"#
        case .percent(let x):
            guard x.isFinite else { return "" }
            return #"<c r="\#(ref)"\#(s(.percent))><v>\#(x)</v></c>"#
        case .date(let d):
            return #"<c r="\#(ref)"\#(s(.date))><v>\#(serial(of: d))</v></c>"#
        case .empty:
            return ""
        }
    }

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = XMLText.declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 1...sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        xml += "</Types>"
        return xml
    }

    private static let rootRelationships = XMLText.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbookXML(names: [String], sheets: [Worksheet]) -> String {
        var xml = XMLText.declaration
        xml += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<bookViews><workbookView/></bookViews><sheets>"#
        for (i, name) in names.enumerated() {
            xml += #"<sheet name="\#(XMLText.escaped(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        xml += "</sheets>"
        // Excel keeps each sheet's filter range as a hidden name; without it some versions repair the file.
        let filtered = sheets.indices.filter { !sheets[$0].columns.isEmpty }
        if !filtered.isEmpty {
            xml += "<definedNames>"
            for i in filtered {
                let quoted = "'" + names[i].replacingApostrophes + "'"
                let range = "$A$1:$\(columnName(sheets[i].columns.count - 1))$\(sheets[i].rows.count + 1)"
                xml += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(i)" hidden="1">\#(XMLText.escaped(quoted + "!" + range))</definedName>"#
            }
            xml += "</definedNames>"
        }
        xml += "</workbook>"
        return xml
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = XMLText.declaration
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<sheetCount {
            xml += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(sheetCount + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        xml += "</Relationships>"
        return xml
    }
}

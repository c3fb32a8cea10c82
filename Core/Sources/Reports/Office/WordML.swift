/// Small builders for WordprocessingML paragraphs, runs and tables. Sizes are
/// in points and converted to Word's half-points here; lengths are in twips
/// (1/20 pt; 567 twips = 1 cm).
enum WordML {
    struct Run {
        var text: String
        var size: Double = 14
        var bold = false
        var italic = false

        var xml: String {
            var props = ""
            if bold { props += "<w:b/><w:bCs/>" }
            if italic { props += "<w:i/><w:iCs/>" }
            let halfPoints = Int((size * 2).rounded())
            props += #"<w:sz w:val="\#(halfPoints)"/><w:szCs w:val="\#(halfPoints)"/>"#
            // A line break inside one text (multi-line table cells) becomes <w:br/>.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let body = lines.map { line in
                line.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { #"<w:t xml:space="preserve">\#(XMLText.escaped(String($0)))</w:t>"# }
                    .joined(separator: "<w:tab/>")
            }.joined(separator: "<w:br/>")
            return "<w:r><w:rPr>\(props)</w:rPr>\(body)</w:r>"
        }
    }

    enum Alignment: String {
        case left, center, right, both  // "both" = justified
    }

    struct Paragraph {
        var runs: [Run]
        var alignment: Alignment = .left
        var before = 0           // twips
        var after = 0            // twips
        var lineTwips: Int? = nil  // exact line height; nil = single (auto)
        var lineMultiple: Double? = nil
        var firstLineIndent = 0
        var leftIndent = 0
        var rightIndent = 0
        var keepWithNext = false
        /// A left tab stop (twips from the text's left edge); a "\t" in a run jumps to it.
        var tabStop: Int? = nil
        /// Hanging indent: the first line starts this far left of `leftIndent`.
        var hanging = 0
        /// A rule drawn along the top edge: used on an empty paragraph to draw the short
        /// lines under the issuer, the Tiêu ngữ and the trích yếu.
        var topBorder = false

        init(_ runs: [Run], alignment: Alignment = .left) {
            self.runs = runs
            self.alignment = alignment
        }

        var xml: String {
            var p = "<w:pPr>"
            if keepWithNext { p += "<w:keepNext/>" }
            if topBorder {
                p += #"<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>"#
            }
            if let tabStop { p += #"<w:tabs><w:tab w:val="left" w:pos="\#(tabStop)"/></w:tabs>"# }
            var spacing = #"<w:spacing w:before="\#(before)" w:after="\#(after)""#
            if let lineTwips {
                spacing += #" w:line="\#(lineTwips)" w:lineRule="exact""#
            } else if let lineMultiple {
                spacing += #" w:line="\#(Int((lineMultiple * 240).rounded()))" w:lineRule="auto""#
            }
            p += spacing + "/>"
            if hanging > 0 {
                p += #"<w:ind w:left="\#(leftIndent)" w:right="\#(rightIndent)" w:hanging="\#(hanging)"/>"#
            } else if firstLineIndent != 0 || leftIndent != 0 || rightIndent != 0 {
                p += #"<w:ind w:left="\#(leftIndent)" w:right="\#(rightIndent)" w:firstLine="\#(firstLineIndent)"/>"#
            }
            p += #"<w:jc w:val="\#(alignment.rawValue)"/>"#
            p += "</w:pPr>"
            return "<w:p>" + p + runs.map(\.xml).joined() + "</w:p>"
        }
    }

    /// A short centred horizontal rule `width` twips long inside a box `boxWidth` wide.
    static func rule(width: Int, boxWidth: Int) -> Paragraph {
        var p = Paragraph([], alignment: .center)
        let side = max(0, (boxWidth - width) / 2)
        p.leftIndent = side
        p.rightIndent = side
        p.topBorder = true
        // A little air between the text and its rule, then a hairline-high paragraph.
        p.before = 80
        p.lineTwips = 60
        return p
    }

    /// A table cell holding paragraphs.
    static func cell(width: Int, _ paragraphs: [Paragraph], verticalCenter: Bool = false) -> String {
        var xml = #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
        if verticalCenter { xml += #"<w:vAlign w:val="center"/>"# }
        xml += "</w:tcPr>"
        // Word requires every cell to end with a paragraph.
        xml += (paragraphs.isEmpty ? [Paragraph([])] : paragraphs).map(\.xml).joined()
        return xml + "</w:tc>"
    }

    /// Table properties: fixed layout at the given width, with or without grid lines.
    static func tableProperties(width: Int, bordered: Bool, cellMargin: Int, indent: Int? = nil) -> String {
        var xml = #"<w:tblPr><w:tblW w:w="\#(width)" w:type="dxa"/>"#
        if let indent {
            xml += #"<w:tblInd w:w="\#(indent)" w:type="dxa"/>"#
        } else {
            xml += #"<w:jc w:val="center"/>"#
        }
        let line = bordered ? #"w:val="single" w:sz="4" w:space="0" w:color="000000""# : #"w:val="nil""#
        xml += "<w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(edge) \(line)/>"
        }
        xml += "</w:tblBorders>"
        xml += #"<w:tblLayout w:type="fixed"/>"#
        xml += #"<w:tblCellMar><w:left w:w="\#(cellMargin)" w:type="dxa"/><w:right w:w="\#(cellMargin)" w:type="dxa"/></w:tblCellMar>"#
        return xml + "</w:tblPr>"
    }

    static func grid(_ widths: [Int]) -> String {
        "<w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
    }

    /// A rough printed width of `text` in Times New Roman, in twips, to size the
    /// rules that Decree 30 wants as long as (Tiêu ngữ) or a fraction of (issuer) a line.
    static func estimatedWidth(_ text: String, size: Double, bold: Bool) -> Int {
        var ems = 0.0
        for ch in text {
            if ch == " " { ems += 0.25 }
            else if ch.isUppercase { ems += 0.70 }
            else if ch.isLowercase { ems += 0.47 }
            else if ch.isNumber { ems += 0.50 }
            else if ch == "%" { ems += 0.85 }
            else { ems += 0.33 }
        }
        if bold { ems *= 1.05 }
        return Int(ems * size * 20)
    }
}

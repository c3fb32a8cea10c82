/// Writes an `OfficialDocument` as a .docx laid out by Decree 30/2020/NĐ-CP:
/// Times New Roman on A4, the two-zone header table, centred type name and
/// trích yếu, justified body, and the Nơi nhận / signature block.
public enum DOCXWriter {
    public static func write(_ document: OfficialDocument) throws(ExportError) -> [UInt8] {
        var package = OfficePackage()
        package.add("[Content_Types].xml", contentTypes)
        package.add("_rels/.rels", rootRelationships)
        package.add("word/_rels/document.xml.rels", documentRelationships)
        package.add("word/styles.xml", styles)
        package.add("word/header1.xml", pageNumberHeader)
        package.add("word/document.xml", documentXML(document))
        package.add("docProps/core.xml", coreProperties(document))
        return try package.zipped()
    }

    typealias P = WordML.Paragraph
    typealias R = WordML.Run

    static func documentXML(_ document: OfficialDocument) -> String {
        var body = headerTable(document)
        body += titleBlock(document.title).map(\.xml).joined()
        body += bodyBlocks(document.body)
        body += bottomBlock(recipients: document.recipients, signature: document.signature)
        body += sectionProperties
        return XMLText.declaration
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + "<w:body>" + body + "</w:body></w:document>"
    }

    // MARK: Header zones

    private static func headerTable(_ document: OfficialDocument) -> String {
        let header = document.header
        let leftWidth = PageGeometry.headerLeftWidth
        let rightWidth = PageGeometry.headerRightWidth

        var issuerZone: [P] = []
        if let parent = header.parentBody {
            issuerZone.append(P([R(text: parent.uppercased(), size: 13)], alignment: .center))
        }
        // A centimetre to spare keeps the issuer visibly apart from the Quốc hiệu.
        let issuerLines = IssuerLines.lines(header.issuer.uppercased()) {
            WordML.estimatedWidth($0, size: 13, bold: true) <= leftWidth - PageGeometry.firstLineIndent
        }
        for line in issuerLines { issuerZone.append(P([R(text: line, size: 13, bold: true)], alignment: .center)) }
        // The rule under the issuer is a third to a half of the issuer's line.
        let issuerWidth = min(issuerLines.map { WordML.estimatedWidth($0, size: 13, bold: true) }.max() ?? 0, leftWidth)
        issuerZone.append(WordML.rule(width: max(900, issuerWidth * 2 / 5), boxWidth: leftWidth))

        let motto = "Độc lập - Tự do - Hạnh phúc"
        var stateZone: [P] = [
            P([R(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: 13, bold: true)], alignment: .center),
            P([R(text: motto, size: 14, bold: true)], alignment: .center),
        ]
        // The rule under the Tiêu ngữ is as long as the motto itself.
        stateZone.append(WordML.rule(width: WordML.estimatedWidth(motto, size: 14, bold: true), boxWidth: rightWidth))

        var numberZone = [P([R(text: header.numberLine, size: 13)], alignment: .center)]
        if case .dispatch(let subject, _) = document.title {
            numberZone.append(P([R(text: "V/v " + subject, size: 12)], alignment: .center))
        }
        let dateLine = P([R(text: header.placeAndDate, size: 14, italic: true)], alignment: .center)

        var xml = "<w:tbl>" + WordML.tableProperties(width: PageGeometry.headerWidth, bordered: false, cellMargin: 0,
                                                     indent: PageGeometry.headerIndent)
        xml += WordML.grid([leftWidth, rightWidth])
        xml += "<w:tr>" + WordML.cell(width: leftWidth, issuerZone) + WordML.cell(width: rightWidth, stateZone) + "</w:tr>"
        xml += "<w:tr>" + WordML.cell(width: leftWidth, numberZone) + WordML.cell(width: rightWidth, [dateLine]) + "</w:tr>"
        return xml + "</w:tbl>"
    }

    private static func titleBlock(_ title: DocumentTitle) -> [P] {
        switch title {
        case .named(let typeName, let summary):
            var name = P([R(text: typeName.uppercased(), size: 14, bold: true)], alignment: .center)
            name.before = 360
            name.keepWithNext = true
            var subject = P([R(text: summary, size: 14, bold: true)], alignment: .center)
            subject.keepWithNext = true
            var rule = WordML.rule(width: 1_700, boxWidth: PageGeometry.textWidth)
            rule.after = 120
            return [name, subject, rule]
        case .dispatch(_, let addressees):
            return kinhGui(addressees)
        }
    }

    /// "Kính gửi:" with one addressee on the same line; several go one per line, the
    /// first beside "Kính gửi:" and the others aligned under it, "-" first, ";" after
    /// each and "." after the last.
    private static func kinhGui(_ addressees: [String]) -> [P] {
        let names = addressees.map(Punctuation.bare)
        if names.count <= 1 {
            var p = P([R(text: "Kính gửi: " + (names.first.map { $0 + "." } ?? ""), size: 14)], alignment: .center)
            p.before = 360
            p.after = 240
            return [p]
        }
        let labelStart = 1_700       // 3 cm in from the text's left edge
        let entriesStart = 3_100     // room for "Kính gửi:" at 14 pt
        var lines: [P] = []
        for (i, name) in names.enumerated() {
            let entry = "- " + name + (i == names.count - 1 ? "." : ";")
            var p = P([R(text: i == 0 ? "Kính gửi:\t" + entry : entry, size: 14)])
            p.leftIndent = entriesStart
            if i == 0 {
                p.before = 360
                p.hanging = entriesStart - labelStart
                p.tabStop = entriesStart
            }
            if i == names.count - 1 { p.after = 240 }
            lines.append(p)
        }
        return lines
    }

    // MARK: Body

    private static func bodyBlocks(_ blocks: [DocumentBlock]) -> String {
        var xml = ""
        for block in blocks {
            switch block {
            case .heading(let text):
                var p = bodyParagraph(text, bold: true)
                p.keepWithNext = true
                xml += p.xml
            case .paragraph(let text):
                xml += bodyParagraph(text, bold: false).xml
            case .table(let table):
                // A table has no spacing of its own: without the spacer above, its top
                // border touches the paragraph before it; without the one below, two
                // tables in a row would merge into one in Word.
                xml += tableSpacer(keepWithNext: true).xml + tableXML(table) + tableSpacer(keepWithNext: false).xml
            }
        }
        return xml
    }

    private static func tableSpacer(keepWithNext: Bool) -> P {
        var spacer = P([R(text: "", size: 6)])
        spacer.lineTwips = 120
        spacer.keepWithNext = keepWithNext
        return spacer
    }

    private static func bodyParagraph(_ text: String, bold: Bool) -> P {
        var p = P([R(text: text, size: 14, bold: bold)], alignment: .both)
        p.firstLineIndent = PageGeometry.firstLineIndent
        p.before = 120  // Decree 30: at least 6 pt between paragraphs
        p.lineMultiple = 1.15
        return p
    }

    private static func tableXML(_ table: DocumentTable) -> String {
        let widths = ColumnFit.widths(of: table, total: PageGeometry.textWidth, cellMargins: 2 * 80 + 40)
        var xml = "<w:tbl>" + WordML.tableProperties(width: PageGeometry.textWidth, bordered: true, cellMargin: 80)
        xml += WordML.grid(widths)
        xml += #"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"#
        for (column, width) in zip(table.columns, widths) {
            xml += WordML.cell(width: width, [cellParagraph(column.title, bold: true, alignment: .center)], verticalCenter: true)
        }
        xml += "</w:tr>"
        for (r, row) in table.rows.enumerated() {
            xml += #"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#
            for (c, width) in widths.enumerated() {
                let value = c < row.count ? row[c] : .empty
                xml += WordML.cell(width: width, [cellParagraph(value.displayText, bold: table.boldRows.contains(r),
                                                                alignment: value.isTextual ? .left : .center)],
                                   verticalCenter: true)
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private static func cellParagraph(_ text: String, bold: Bool, alignment: WordML.Alignment) -> P {
        var p = P([R(text: text, size: 12, bold: bold)], alignment: alignment)
        p.before = 40
        p.after = 40
        return p
    }

    // MARK: Nơi nhận and signature

    private static func bottomBlock(recipients: [String], signature: SignatureBlock) -> String {
        var spacer = P([R(text: "", size: 12)])
        spacer.before = 120
        let leftWidth = PageGeometry.bottomLeftWidth
        let rightWidth = PageGeometry.bottomRightWidth

        var left: [P] = []
        var label = P([R(text: "Nơi nhận:", size: 12, bold: true, italic: true)])
        label.before = 0
        left.append(label)
        let entries = recipients.map(Punctuation.bare)
        for (i, entry) in entries.enumerated() {
            left.append(P([R(text: "- " + entry + (i == entries.count - 1 ? "." : ";"), size: 11)]))
        }

        var right: [P] = []
        if let authority = signature.authority {
            right.append(P([R(text: authority.uppercased(), size: 14, bold: true)], alignment: .center))
        }
        right.append(P([R(text: signature.title.uppercased(), size: 14, bold: true)], alignment: .center))
        // Room for the hand signature and seal, about 3 cm.
        for _ in 0..<4 { right.append(P([R(text: "", size: 14)], alignment: .center)) }
        right.append(P([R(text: signature.name, size: 14, bold: true)], alignment: .center))

        var xml = spacer.xml
        xml += "<w:tbl>" + WordML.tableProperties(width: PageGeometry.textWidth, bordered: false, cellMargin: 0)
        xml += WordML.grid([leftWidth, rightWidth])
        xml += #"<w:tr><w:trPr><w:cantSplit/></w:trPr>"# + WordML.cell(width: leftWidth, left)
            + WordML.cell(width: rightWidth, right) + "</w:tr>"
        return xml + "</w:tbl>" + P([]).xml
    }

    // MARK: Package parts

    /// Title, issuer and date in the file's properties, which document systems index.
    static func coreProperties(_ document: OfficialDocument) -> String {
        let title: String
        switch document.title {
        case .named(let typeName, let summary): title = typeName.uppercased() + " " + summary
        case .dispatch(let subject, _): title = "V/v " + subject
        }
        return XMLText.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(XMLText.escaped(title))</dc:title>"
            + "<dc:creator>\(XMLText.escaped(document.header.issuer))</dc:creator>"
            + "<dc:language>vi-VN</dc:language>"
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(document.header.date.iso)T00:00:00Z</dcterms:created>"#
            + "</cp:coreProperties>"
    }

    private static let sectionProperties =
        #"<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>"#
        + #"<w:pgSz w:w="\#(PageGeometry.width)" w:h="\#(PageGeometry.height)"/>"#
        + #"<w:pgMar w:top="\#(PageGeometry.top)" w:right="\#(PageGeometry.right)" w:bottom="\#(PageGeometry.bottom)" w:left="\#(PageGeometry.left)" w:header="\#(PageGeometry.headerDistance)" w:footer="\#(PageGeometry.headerDistance)" w:gutter="0"/>"#
        // titlePg: a different (empty) first-page header, because page 1 shows no number.
        + "<w:titlePg/></w:sectPr>"

    private static let pageNumberHeader = XMLText.declaration
        + #"<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        + #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p>"#
        + "</w:hdr>"

    private static let contentTypes = XMLText.declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        + "</Types>"

    private static let rootRelationships = XMLText.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + "</Relationships>"

    private static let documentRelationships = XMLText.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
        + "</Relationships>"

    /// Times New Roman for every script slot (Vietnamese letters fall in the
    /// Latin Extended ranges Word maps to hAnsi), 14 pt, Vietnamese proofing.
    private static let styles = XMLText.declaration
        + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#
        + #"<w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
        + #"<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
        + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + "</w:styles>"
}

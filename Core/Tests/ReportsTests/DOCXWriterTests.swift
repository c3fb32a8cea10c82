import Testing
import LegalCalendar
@testable import Reports

/// Documents written for these tests (a fictional commune), not copied from real ones.
enum SampleDocuments {
    static let header = DocumentHeader(parentBody: "UBND tỉnh Bình An", issuer: "Ủy ban nhân dân xã An Phú",
                                       number: 5, symbol: "BC-UBND", place: "An Phú",
                                       date: CivilDate(year: 2026, month: 1, day: 5)!)
    static let signature = SignatureBlock(authority: "KT. Chủ tịch", title: "Phó Chủ tịch", name: "Trần Văn Minh")

    static let report = OfficialDocument(
        header: header,
        title: .named(typeName: "Báo cáo", summary: "Kết quả thực hiện nhiệm vụ quý IV năm 2025"),
        body: [
            .heading("I. KẾT QUẢ THỰC HIỆN"),
            .paragraph("Tổng số nhiệm vụ 12; đã hoàn thành 7 (đúng hạn 5, quá hạn 2); chưa hoàn thành 5 (trong hạn 3, quá hạn 2)."),
            .table(DocumentTable(columns: [TableColumn("Đơn vị", width: 30), TableColumn("Số nhiệm vụ", width: 10)],
                                 rows: [[.text("Phòng Kinh tế"), .integer(7)], [.text("Tổng cộng"), .integer(12)]],
                                 boldRows: [1])),
            .table(DocumentTable(columns: [TableColumn("Nhiệm vụ")], rows: [[.text("Sửa đường liên thôn")]])),
        ],
        recipients: ["UBND tỉnh Bình An (để b/c)", "Các phòng chuyên môn;", "Lưu: VT, VP."],
        signature: signature)

    static let dispatch = OfficialDocument(
        header: DocumentHeader(issuer: "Ủy ban nhân dân xã An Phú", symbol: "UBND-VP", place: "An Phú",
                               date: CivilDate(year: 2026, month: 3, day: 12)!),
        title: .dispatch(subject: "đôn đốc thực hiện nhiệm vụ quá hạn", addressees: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]),
        body: [.paragraph("Đề nghị các phòng hoàn thành và báo cáo trước ngày 20/3/2026.")],
        recipients: ["Như trên", "Lưu: VT"],
        signature: SignatureBlock(authority: "TL. Chủ tịch", title: "Chánh Văn phòng", name: "Lê Thị Hoa"))
}

@Suite struct DOCXWriterTests {
    @Test func packageHasTheWordParts() throws {
        let file = try OfficeFile(try DOCXWriter.write(SampleDocuments.report))
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                     "word/styles.xml", "word/header1.xml"] {
            #expect(file.partNames.contains(part), "missing \(part)")
        }
        #expect(try file.allPartsAreWellFormed())
        let core = try file.part("docProps/core.xml")
        #expect(core.contains("<dc:title>BÁO CÁO Kết quả thực hiện nhiệm vụ quý IV năm 2025</dc:title>"))
        #expect(core.contains("<dc:creator>Ủy ban nhân dân xã An Phú</dc:creator>"))
    }

    @Test func pageIsA4WithDecree30MarginsInTimesNewRoman() throws {
        let file = try OfficeFile(try DOCXWriter.write(SampleDocuments.report))
        let document = try file.part("word/document.xml")
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(document.contains(#"w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#))
        #expect(document.contains("<w:titlePg/>"), "page 1 shows no page number")
        #expect(try file.part("word/styles.xml").contains(#"w:ascii="Times New Roman" w:hAnsi="Times New Roman""#))
    }

    @Test func headerTableHoldsBothZones() throws {
        let document = try OfficeFile(try DOCXWriter.write(SampleDocuments.report)).part("word/document.xml")
        let headerTable = String(document[document.range(of: "<w:tbl>")!.lowerBound..<document.range(of: "</w:tbl>")!.upperBound])
        #expect(headerTable.contains(#"<w:top w:val="nil"/>"#), "the header table has no borders")
        #expect(headerTable.contains(#"<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">UBND TỈNH BÌNH AN</w:t>"#))
        // Too wide for one line beside the Quốc hiệu: broken before the administrative level.
        #expect(headerTable.contains(#"<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">ỦY BAN NHÂN DÂN</w:t>"#))
        #expect(headerTable.contains(#"<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">XÃ AN PHÚ</w:t>"#))
        #expect(headerTable.contains(#"<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t>"#))
        #expect(headerTable.contains(#"<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">Độc lập - Tự do - Hạnh phúc</w:t>"#))
        #expect(headerTable.contains("Số: 05/BC-UBND"))
        #expect(headerTable.contains(#"<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">An Phú, ngày 05 tháng 01 năm 2026</w:t>"#))
        #expect(headerTable.occurrences(of: "<w:pBdr><w:top") == 2, "rules under the issuer and the Tiêu ngữ")
    }

    @Test func titleBodyAndTablesFollowTheLayout() throws {
        let document = try OfficeFile(try DOCXWriter.write(SampleDocuments.report)).part("word/document.xml")
        #expect(document.contains(#"<w:t xml:space="preserve">BÁO CÁO</w:t>"#))
        #expect(document.contains("Kết quả thực hiện nhiệm vụ quý IV năm 2025"))
        #expect(document.contains(#"<w:ind w:left="0" w:right="0" w:firstLine="567"/><w:jc w:val="both"/>"#))
        #expect(document.contains(#"<w:tblHeader/>"#))
        #expect(document.contains(#"<w:top w:val="single" w:sz="4""#), "body tables are bordered")
        #expect(!document.contains("</w:tbl><w:tbl>"), "adjacent tables must not merge")
        #expect(document.contains(#"<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Tổng cộng</w:t>"#))
    }

    @Test func bottomBlockHasRecipientsAndSigner() throws {
        let document = try OfficeFile(try DOCXWriter.write(SampleDocuments.report)).part("word/document.xml")
        #expect(document.contains(#"<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Nơi nhận:</w:t>"#))
        #expect(document.contains(#"<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr><w:t xml:space="preserve">- UBND tỉnh Bình An (để b/c);</w:t>"#))
        #expect(document.contains("- Các phòng chuyên môn;"))
        #expect(document.contains("- Lưu: VT, VP.</w:t>"))
        #expect(document.contains(">KT. CHỦ TỊCH<"))
        #expect(document.contains(">PHÓ CHỦ TỊCH<"))
        #expect(document.contains(#"<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">Trần Văn Minh</w:t>"#))
        let recipients = document.range(of: "Nơi nhận:")!.lowerBound
        #expect(document.range(of: "Trần Văn Minh")!.lowerBound > recipients)
    }

    @Test func aDispatchHasItsSubjectUnderTheNumberAndKinhGui() throws {
        let document = try OfficeFile(try DOCXWriter.write(SampleDocuments.dispatch)).part("word/document.xml")
        #expect(document.contains("Số:        /UBND-VP"), "an unregistered number leaves room for the văn thư")
        #expect(document.contains(#"<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">V/v đôn đốc thực hiện nhiệm vụ quá hạn</w:t>"#))
        #expect(document.contains(#"<w:t xml:space="preserve">Kính gửi:</w:t><w:tab/><w:t xml:space="preserve">- Phòng Kinh tế;</w:t>"#))
        #expect(document.contains(">- Phòng Văn hóa - Xã hội.<"))
        #expect(!document.contains(">BÁO CÁO<"))
        #expect(document.contains(">TL. CHỦ TỊCH<"))
        let vv = document.range(of: "V/v đôn đốc")!.lowerBound
        #expect(vv < document.range(of: "Kính gửi:")!.lowerBound)
    }

    @Test func aSingleAddresseeSharesTheKinhGuiLine() throws {
        var single = SampleDocuments.dispatch
        single.title = .dispatch(subject: "báo cáo tiến độ", addressees: ["Phòng Kinh tế"])
        let document = try OfficeFile(try DOCXWriter.write(single)).part("word/document.xml")
        #expect(document.contains(">Kính gửi: Phòng Kinh tế.<"))
    }

    @Test func placeAndDatePadOnlyShortDaysAndFirstMonths() {
        var header = SampleDocuments.header
        header.date = CivilDate(year: 2023, month: 3, day: 12)!
        #expect(header.placeAndDate == "An Phú, ngày 12 tháng 3 năm 2023")
        header.date = CivilDate(year: 2023, month: 2, day: 28)!
        #expect(header.placeAndDate == "An Phú, ngày 28 tháng 02 năm 2023")
        header.number = 123
        #expect(header.numberLine == "Số: 123/BC-UBND")
    }

    @Test func textIsEscapedAndControlCharactersDropped() throws {
        var document = SampleDocuments.report
        document.body = [.paragraph("A & B <C>\u{0B} \"D\"")]
        let xml = try OfficeFile(try DOCXWriter.write(document)).part("word/document.xml")
        #expect(xml.contains("A &amp; B &lt;C&gt; &quot;D&quot;"))
    }
}

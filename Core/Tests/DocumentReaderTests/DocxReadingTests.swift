import Foundation
import Testing
import DocumentReader

@Suite struct DocxReadingTests {
    func read(_ bytes: [UInt8], options: ReadOptions = .init()) throws -> SourceText {
        try DocumentReader.read(bytes: bytes, fileName: "thong-bao.docx", options: options)
    }

    /// Decree 30's header: issuer left, national motto right, number and date below.
    static let headerTable = """
        <w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>
        <w:tr><w:tc><w:tcPr><w:tcW w:w="3500" w:type="dxa"/></w:tcPr>
        \(DocxFixture.paragraph("ỦY BAN NHÂN DÂN"))\(DocxFixture.paragraph("HUYỆN AN LẠC"))</w:tc>
        <w:tc>\(DocxFixture.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))\(DocxFixture.paragraph("Độc lập - Tự do - Hạnh phúc"))</w:tc></w:tr>
        <w:tr><w:tc>\(DocxFixture.paragraph("Số: 15/TB-UBND"))</w:tc><w:tc>\(DocxFixture.paragraph("An Lạc, ngày 3 tháng 4 năm 2024"))</w:tc></w:tr>
        </w:tbl>
        """

    /// A task list: "1.", "1.1." and "a)" levels, and a bullet list in Symbol font.
    static let numbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl>
          <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
        """

    @Test func headerTableComesOutRowByRowCellByCell() throws {
        let text = try read(DocxFixture.package(document: Self.headerTable)).text
        #expect(text == """
            ỦY BAN NHÂN DÂN
            HUYỆN AN LẠC
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 15/TB-UBND
            An Lạc, ngày 3 tháng 4 năm 2024

            """)
    }

    @Test func headerTableWithAnEmptySpacerColumnStaysLines() throws {
        typealias P = DocxFixture
        let table = "<w:tbl><w:tr><w:tc>\(P.paragraph("ỦY BAN NHÂN DÂN"))\(P.paragraph("XÃ HÒA AN"))</w:tc><w:tc><w:p/></w:tc>"
            + "<w:tc>\(P.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))\(P.paragraph("Độc lập - Tự do - Hạnh phúc"))</w:tc></w:tr></w:tbl>"
        let text = try read(DocxFixture.package(document: table)).text
        #expect(text == "ỦY BAN NHÂN DÂN\nXÃ HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
    }

    @Test func taskTableRowsComeOutAsOneLineEach() throws {
        typealias P = DocxFixture
        func row(_ cells: [String]) -> String {
            "<w:tr>" + cells.map { "<w:tc>\($0)</w:tc>" }.joined() + "</w:tr>"
        }
        let table = """
            <w:tbl><w:tblGrid><w:gridCol w:w="600"/><w:gridCol w:w="4000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>
            \(row([P.paragraph("STT"), P.paragraph("Nội dung"), P.paragraph("Chủ trì"), P.paragraph("Thời gian")]))
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="4"/></w:tcPr>\(P.paragraph("I. Nhiệm vụ chung"))</w:tc></w:tr>
            \(row([P.paragraph("1"), P.paragraph("Rà soát hồ sơ;") + P.paragraph("báo cáo kết quả"), P.paragraph("Phòng Nội vụ"), P.paragraph("Quý II/2024")]))
            \(row([P.paragraph("2"), P.paragraph("Kiểm tra"), "<w:p/>", P.paragraph("Tháng 6/2024")]))
            </w:tbl>
            """
        let text = try read(DocxFixture.package(document: P.paragraph("Phụ lục") + table + P.paragraph("Hết"))).text
        #expect(text == """
            Phụ lục
            | STT | Nội dung | Chủ trì | Thời gian |
            | I. Nhiệm vụ chung |
            | 1 | Rà soát hồ sơ; báo cáo kết quả | Phòng Nội vụ | Quý II/2024 |
            | 2 | Kiểm tra |  | Tháng 6/2024 |
            Hết

            """)
    }

    @Test func automaticNumberingIsRebuiltInFrontOfEachItem() throws {
        typealias P = DocxFixture
        let body = Self.headerTable
            + P.paragraph("THÔNG BÁO")
            + P.paragraph("KẾT QUẢ VÀ NHIỆM VỤ", numID: 3)
            + P.paragraph("Về kinh tế", numID: 1)
            + P.paragraph("Phòng Tài chính - Kế hoạch chủ trì:", numID: 1, level: 1)
            + P.paragraph("rà soát nguồn vốn;", numID: 1, level: 2)
            + P.paragraph("báo cáo trước ngày 15/4/2024.", numID: 1, level: 2)
            + P.paragraph("Phòng Kinh tế & Hạ tầng:", numID: 1, level: 1)
            + P.paragraph("kiểm tra công trình.", numID: 1, level: 2)
            + P.paragraph("Về xã hội", numID: 1)
            + P.paragraph("Giao UBND các xã:", numID: 1, level: 1)
            + P.paragraph("tuyên truyền;", numID: 2)
            + P.paragraph("vận động nhân dân.", numID: 2, level: 1)
            + P.paragraph("TỔ CHỨC THỰC HIỆN", numID: 3)
        let text = try read(DocxFixture.package(document: body, numbering: Self.numbering)).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(6)
        #expect(Array(lines) == [
            "THÔNG BÁO",
            "I. KẾT QUẢ VÀ NHIỆM VỤ",
            "1. Về kinh tế",
            "1.1. Phòng Tài chính - Kế hoạch chủ trì:",
            "a) rà soát nguồn vốn;",
            "b) báo cáo trước ngày 15/4/2024.",
            "1.2. Phòng Kinh tế & Hạ tầng:",
            "a) kiểm tra công trình.",
            "2. Về xã hội",
            "2.1. Giao UBND các xã:",
            "- tuyên truyền;",
            "+ vận động nhân dân.",
            "II. TỔ CHỨC THỰC HIỆN",
            "",
        ])
    }

    @Test func restartedListAndStartValuesFollowTheOverrides() throws {
        let numbering = Self.numbering + """
            <w:num w:numId="4"><w:abstractNumId w:val="0"/>
              <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
            """
        let body = DocxFixture.paragraph("một", numID: 1) + DocxFixture.paragraph("hai", numID: 1)
            + DocxFixture.paragraph("năm", numID: 4) + DocxFixture.paragraph("sáu", numID: 4)
        let text = try read(DocxFixture.package(document: body, numbering: numbering)).text
        #expect(text == "1. một\n2. hai\n5. năm\n6. sáu\n")
    }

    @Test func headingsNumberedThroughTheirStyle() throws {
        let styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/>
              <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/>
              <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            """
        let numbering = """
            <w:abstractNum w:abstractNumId="7">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:pStyle w:val="Heading2"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>
            """
        let body = DocxFixture.paragraph("ĐÁNH GIÁ", style: "Heading1") + DocxFixture.paragraph("Kết quả", style: "Heading2")
            + DocxFixture.paragraph("Hạn chế", style: "Heading2") + DocxFixture.paragraph("NHIỆM VỤ", style: "Heading1")
            + DocxFixture.paragraph("Văn bản thường", style: "Normal")
        let text = try read(DocxFixture.package(document: body, numbering: numbering, styles: styles)).text
        #expect(text == "I. ĐÁNH GIÁ\n1. Kết quả\n2. Hạn chế\nII. NHIỆM VỤ\nVăn bản thường\n")
    }

    @Test func runsTabsBreaksEntitiesAndRevisions() throws {
        let body = """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
              <w:r><w:t>Giao Phòng </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Nội vụ</w:t></w:r>
              <w:del w:id="1"><w:r><w:rPr><w:b/><w:i/></w:rPr><w:delText>Tư pháp</w:delText></w:r></w:del>
              <w:r><w:tab/><w:t>(&quot;khẩn&quot; &amp; &#x1EA1;&#7841;)</w:t><w:br/><w:t>dòng hai</w:t></w:r>
              <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
              <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            </w:p>
            <w:p/>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>
              <w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
              <mc:Fallback><w:pict><v:shape/><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
              </mc:AlternateContent></w:r><w:r><w:t>Sau hộp</w:t></w:r></w:p>
            """
        let text = try read(DocxFixture.package(document: body)).text
        #expect(text == "Giao Phòng Nội vụ\t(\"khẩn\" & ạạ)\ndòng hai3\n\nHộp chữ\nSau hộp\n")
    }

    @Test func capitalsFormattingIsShownAndHiddenTextLeftOut() throws {
        let body = """
            <w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>ủy ban nhân dân</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t>thường</w:t></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t> (ẩn)</w:t></w:r></w:p>
            """
        #expect(try read(DocxFixture.package(document: body)).text == "ỦY BAN NHÂN DÂN\nthường\n")
    }

    @Test func legacyFontRunsAreConverted() throws {
        // "Cộng hoà xã hội" typed in .VnTime, a title in .VnTimeH, and VNI-Times text.
        let tcvn3 = try #require(LegacyEncoding.tcvn3.encode("Cộng hoà xã hội chủ nghĩa"))
        let capitals = try #require(LegacyEncoding.tcvn3.encode("thông báo"))
        let vni = try #require(LegacyEncoding.vni.encode("Việt Nam"))
        func run(_ bytes: [UInt8], font: String) -> String {
            // Word stores a legacy font's bytes as the Windows-1252 characters they stand for.
            let text = String(bytes: bytes, encoding: .windowsCP1252)!
            return #"<w:r><w:rPr><w:rFonts w:ascii="\#(font)" w:hAnsi="\#(font)"/></w:rPr><w:t>\#(DocxFixture.escaped(text))</w:t></w:r>"#
        }
        let body = "<w:p>\(run(tcvn3, font: ".VnTime"))</w:p><w:p>\(run(capitals, font: ".VnTimeH"))</w:p>"
            + "<w:p>\(run(vni, font: "VNI-Times"))<w:r><w:t> (Unicode)</w:t></w:r></w:p>"
        let source = try read(DocxFixture.package(document: body))
        #expect(source.text == "Cộng hoà xã hội chủ nghĩa\nTHÔNG BÁO\nViệt Nam (Unicode)\n")
        #expect(source.warnings.count == 1)
        #expect(source.warnings.first?.contains("TCVN3") == true)
    }

    @Test func mainPartNamedByThePackageRelationshipsIsFound() throws {
        let relationships = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/>\
            </Relationships>
            """
        let bytes = try DocxFixture.package([
            ("_rels/.rels", Array(relationships.utf8)),
            ("word/document2.xml", Array(DocxFixture.document(DocxFixture.paragraph("Công văn số 5")).utf8)),
        ])
        #expect(try read(bytes).text == "Công văn số 5\n")
    }

    @Test func documentWithoutMainPartIsAClearError() throws {
        let bytes = try DocxFixture.package([("word/styles.xml", Array("<w:styles/>".utf8))])
        #expect(throws: ReadError.docxWithoutDocument) { try read(bytes) }
    }

    @Test func truncatedArchiveIsABrokenArchive() throws {
        let bytes = try DocxFixture.package(document: DocxFixture.paragraph("Nội dung"))
        for length in [10, 30, bytes.count / 2, bytes.count - 1] {
            #expect { try read(Array(bytes.prefix(length))) } throws: { error in
                guard let error = error as? ReadError, case .brokenArchive = error else { return false }
                return error.message.contains("hỏng")
            }
        }
    }

    @Test func zipBombStopsAtTheInflationCap() throws {
        // 4 MB of one byte deflates to a few kilobytes: a ratio no Word file has.
        let filler = [UInt8](repeating: 0x20, count: 4 << 20)
        let document = Array(DocxFixture.document("").utf8) + filler
        let bytes = try DocxFixture.package([("word/document.xml", document)])
        #expect(bytes.count < 64 * 1024)
        #expect(throws: ReadError.zipBomb(limit: 1 << 20)) {
            try read(bytes, options: ReadOptions(maxInflatedBytes: 1 << 20))
        }
        // With the default ratio limit the same file is refused as well.
        #expect { try read(bytes) } throws: { error in
            guard let error = error as? ReadError, case .zipBomb = error else { return false }
            return true
        }
    }

    @Test func zipBombWithALyingDirectoryIsStillStopped() throws {
        // The central directory claims a small size; only counting the inflated bytes catches it.
        let filler = [UInt8](repeating: 0x41, count: 3 << 20)
        var bytes = try DocxFixture.package([("word/document.xml", Array(DocxFixture.document("").utf8) + filler)])
        patchDeclaredSizes(&bytes, to: 1000)
        #expect { try read(bytes, options: ReadOptions(maxInflatedBytes: 1 << 20)) } throws: { error in
            guard let error = error as? ReadError else { return false }
            switch error { case .zipBomb, .brokenArchive: return true; default: return false }
        }
    }

    /// Rewrites every "uncompressed size" field of the local and central headers.
    private func patchDeclaredSizes(_ bytes: inout [UInt8], to size: UInt32) {
        let le = [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
        var i = 0
        while i + 46 < bytes.count {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04 {
                bytes.replaceSubrange((i + 22)..<(i + 26), with: le)
            } else if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 {
                bytes.replaceSubrange((i + 24)..<(i + 28), with: le)
            }
            i += 1
        }
    }
}

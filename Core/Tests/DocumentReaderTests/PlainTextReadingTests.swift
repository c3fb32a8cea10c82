import Testing
import DocumentReader

@Suite struct PlainTextReadingTests {
    let sentence = "Giao Phòng Tài nguyên và Môi trường chủ trì, hoàn thành trước ngày 30/6/2024."

    func read(_ bytes: [UInt8], _ name: String = "thong-bao.txt") throws -> SourceText {
        try DocumentReader.read(bytes: bytes, fileName: name)
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        #expect(try read(Array(sentence.utf8)).text == sentence)
        #expect(try read([0xEF, 0xBB, 0xBF] + Array(sentence.utf8)).text == sentence)
    }

    @Test func utf16WithByteOrderMarkInBothByteOrders() throws {
        let units = Array(sentence.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try read(little).text == sentence)
        #expect(try read(big).text == sentence)
    }

    @Test func utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws {
        let little: [UInt8] = Array(sentence.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try read(little).text == sentence)
    }

    @Test func decomposedTextReadsTheSameAsComposed() throws {
        let decomposed = sentence.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.unicodeScalars) != Array(sentence.unicodeScalars))
        let result = try read(Array(decomposed.utf8))
        #expect(Array(result.text.unicodeScalars) == Array(sentence.unicodeScalars))
        // "Phòng" starts at the same place in both; "trước" is later in the decomposed original.
        let composedOffset = offset(of: "trước", in: sentence)
        #expect(result.offsetMap.originalOffset(of: composedOffset) == offset(of: "trước".decomposedStringWithCanonicalMapping, in: decomposed))
    }

    @Test func aRecomposedLetterMapsBackToItsWholeCluster() throws {
        // "Việt" in NFD: V, i, e, U+0323, U+0302, t.
        let result = try read(Array("Vi\u{65}\u{323}\u{302}t Nam".utf8))
        #expect(result.text == "Việt Nam")
        #expect((0...5).map(result.offsetMap.originalOffset(of:)) == [0, 1, 2, 5, 6, 7])
        #expect(result.offsetMap.originalSpan(of: TextSpan(start: 2, end: 3)) == TextSpan(start: 2, end: 5))
        #expect(result.offsetMap.originalSpan(of: TextSpan(start: 0, end: 4)) == TextSpan(start: 0, end: 6))
    }

    @Test func toneMarksStayWhereTheDocumentPutThem() throws {
        // Old-style "hoá" and new-style "hóa" are both kept as written; folding matches them.
        let text = "Phòng Văn hoá và Thông tin, Trung tâm Văn hóa, Ủy ban, Uỷ ban, ÐẤT ĐAI"
        #expect(try read(Array(text.utf8)).text == text)
    }

    @Test func lineEndsBecomeNewlines() throws {
        let result = try read(Array("Dòng một\r\nDòng hai\rDòng ba\n".utf8))
        #expect(result.text == "Dòng một\nDòng hai\nDòng ba\n")
        // "Dòng ba" starts at 18 in the result and at 19 in the original (one "\r" dropped).
        #expect(result.offsetMap.originalOffset(of: 18) == 19)
    }

    @Test func oddSpacesBecomePlainSpacesWithoutShiftingOffsets() throws {
        let result = try read(Array("Số:\u{00A0}12/TB-UBND\u{2009}ngày\u{202F}5\u{3000}tháng".utf8))
        #expect(result.text == "Số: 12/TB-UBND ngày 5 tháng")
        #expect(result.offsetMap.isIdentity)
    }

    @Test func invisibleCharactersAreDropped() throws {
        let result = try read(Array("Kế\u{200B}hoạch\u{00AD} số\u{FEFF} 5".utf8))
        #expect(result.text == "Kếhoạch số 5")
        #expect(result.offsetMap.originalOffset(of: 2) == 3)
    }

    @Test func markdownEmphasisIsRemovedFromTextFiles() throws {
        let input = "**ỦY BAN NHÂN DÂN  \nHUYỆN AN LẠC**\n\n**1\\.** Giao *Phòng Nội vụ* chủ trì; __khẩn__.\n"
        let result = try read(Array(input.utf8))
        #expect(result.text == "ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\n\n1. Giao Phòng Nội vụ chủ trì; khẩn.\n")
    }

    @Test func underscoresInsideWordsAndLoneStarsStay() throws {
        let input = "Lưu: VT, TCNV_{Hoa}; tệp ke_hoach_2024.docx; ghi chú (*) và 5 * 3\n"
        #expect(try read(Array(input.utf8)).text == input)
    }

    @Test func emphasisThatNeverClosesStays() throws {
        let input = "Mục *chưa đóng\n\nđoạn sau*"
        #expect(try read(Array(input.utf8)).text == input)
    }

    @Test func markdownHeadingsLoseTheirHashesOnlyInMarkdownFiles() throws {
        let input = "# Kế hoạch\n## 1. Mục tiêu\n#nothashtag\n"
        #expect(try read(Array(input.utf8), "ke-hoach.md").text == "Kế hoạch\n1. Mục tiêu\n#nothashtag\n")
        #expect(try read(Array(input.utf8), "ke-hoach.txt").text == input)
    }

    @Test func offsetsOfTheCleanTextPointBackIntoTheMarkdown() throws {
        let input = "**1.** Giao *Phòng Nội vụ* chủ trì."
        let result = try read(Array(input.utf8))
        #expect(result.text == "1. Giao Phòng Nội vụ chủ trì.")
        let span = TextSpan(start: offset(of: "Phòng", in: result.text), end: offset(of: " chủ", in: result.text))
        #expect(result.substring(span) == "Phòng Nội vụ")
        let original = result.offsetMap.originalSpan(of: span)
        #expect(original == TextSpan(start: offset(of: "Phòng", in: input), end: offset(of: "* chủ", in: input)))
        #expect(result.offsetMap.originalOffset(of: 0) == 2)
    }

    @Test func emptyAndInvalidInputsGiveClearErrors() {
        #expect(throws: ReadError.emptyFile) { try read([]) }
        #expect(throws: ReadError.unknownType(fileName: "bang.xls")) { try read([0x41], "bang.xls") }
        let small = ReadOptions(maxFileBytes: 4)
        #expect(throws: ReadError.fileTooLarge(bytes: 5, limit: 4)) {
            try DocumentReader.read(bytes: Array("abcde".utf8), fileName: "a.txt", options: small)
        }
        #expect(ReadError.emptyFile.message.contains("rỗng"))
        // An old binary Word file gets told how to make a readable one.
        let oldWord: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        #expect { try read(oldWord, "cong-van.doc") } throws: { error in
            (error as? ReadError)?.message.contains("lưu lại dưới dạng .docx") == true
        }
    }

    @Test func controlCharactersNeverSurvive() throws {
        let result = try read([0x41, 0x00, 0x42, 0x07, 0x0B, 0x43, 0x0C, 0x44, 0x7F])
        #expect(result.text == "AB\nC\nD")
    }
}

/// The Unicode scalar offset of the first occurrence of `needle` in `text`.
func offset(of needle: String, in text: String) -> Int {
    let scalars = Array(text.unicodeScalars), wanted = Array(needle.unicodeScalars)
    for start in 0...(scalars.count - wanted.count) where Array(scalars[start..<(start + wanted.count)]) == wanted {
        return start
    }
    Issue.record("\"\(needle)\" not found")
    return -1
}

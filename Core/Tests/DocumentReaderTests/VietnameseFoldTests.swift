import Testing
import DocumentReader

@Suite struct VietnameseFoldTests {
    @Test func userTypingWithoutDiacriticsFindsTheUnit() {
        #expect(VietnameseFold.fold("Thanh tra thị xã") == "thanh tra thi xa")
        #expect(VietnameseFold.fold("đất đai") == "dat dai")
        #expect(VietnameseFold.fold("ĐẤT ĐAI") == "dat dai")
    }

    @Test func oldAndNewTonePlacementsFoldAlike() {
        #expect(VietnameseFold.fold("Phòng Văn hoá") == VietnameseFold.fold("Phòng Văn hóa"))
        #expect(VietnameseFold.fold("Uỷ ban") == VietnameseFold.fold("Ủy ban"))
        #expect(VietnameseFold.fold("thuỷ lợi") == VietnameseFold.fold("thủy lợi"))
    }

    @Test func icelandicEthLookAlikeFoldsLikeD() {
        #expect(VietnameseFold.fold("ÐỨC PHỔ") == "duc pho")
        #expect(VietnameseFold.fold("ðồng") == "dong")
    }

    @Test func decomposedInputFoldsLikeComposed() {
        let composed = "Ủy ban nhân dân huyện Bình Sơn, ngày 15 tháng 7"
        #expect(VietnameseFold.fold(composed.decomposedStringWithCanonicalMapping) == VietnameseFold.fold(composed))
    }

    @Test func everyVietnameseVowelLosesItsMarks() {
        let vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
        let folded = VietnameseFold.fold(vowels + vowels.uppercased())
        #expect(folded == String(repeating: "a", count: 18) + String(repeating: "e", count: 12)
            + String(repeating: "i", count: 6) + String(repeating: "o", count: 18)
            + String(repeating: "u", count: 12) + String(repeating: "y", count: 6)
            + String(repeating: "a", count: 18) + String(repeating: "e", count: 12)
            + String(repeating: "i", count: 6) + String(repeating: "o", count: 18)
            + String(repeating: "u", count: 12) + String(repeating: "y", count: 6))
    }

    @Test func dashesQuotesAndSpacesAreEvenedOut() {
        #expect(VietnameseFold.fold("  Phòng Tài chính – Kế hoạch\n\t— “Khẩn”  ") == "phong tai chinh - ke hoach - \"khan\"")
        #expect(VietnameseFold.fold("Số:\u{00A0}12") == "so: 12")
    }

    @Test func otherScriptsAndSymbolsPassThroughLowerCased() {
        #expect(VietnameseFold.fold("ΑΒΓ 5% ©") == "αβγ 5% ©")
    }

    @Test func foldedOffsetsPointBackIntoTheOriginal() {
        let original = "Giao  Thanh tra thị xã chủ trì"
        let folded = VietnameseFold.foldWithOffsets(original)
        #expect(folded.text == "giao thanh tra thi xa chu tri")
        let spans = folded.spans(matching: "thanh tra thi xa")
        #expect(spans == [TextSpan(start: 6, end: 22)])
        #expect(String(String.UnicodeScalarView(Array(original.unicodeScalars)[6..<22])) == "Thanh tra thị xã")
    }

    @Test func searchMatchesWholeWordsOnly() {
        let folded = VietnameseFold.foldWithOffsets("Ban An ninh, bản án, an toàn")
        #expect(folded.spans(matching: "an").count == 3)
        #expect(folded.spans(matching: "ban an") == [TextSpan(start: 0, end: 6), TextSpan(start: 13, end: 19)])
    }

    @Test func foldingDecomposedTextStillMapsToTheRightScalars() {
        let original = "Đất đai".decomposedStringWithCanonicalMapping
        let folded = VietnameseFold.foldWithOffsets(original)
        #expect(folded.text == "dat dai")
        let span = folded.originalSpan(of: TextSpan(start: 4, end: 7))
        #expect(String(String.UnicodeScalarView(Array(original.unicodeScalars)[span.start..<span.end])) == "đai")
    }
}

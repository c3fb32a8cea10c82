import Testing
@testable import Reports

/// How an issuer's name is laid out in the header's left zone.
@Suite struct IssuerLinesTests {
    /// A zone that holds `characters` characters, for examples that read plainly.
    func lines(_ name: String, zone characters: Int = 18) -> [String] {
        IssuerLines.lines(name) { $0.count <= characters }
    }

    @Test func aNameThatFitsStaysOnOneLine() {
        #expect(lines("SỞ TÀI CHÍNH") == ["SỞ TÀI CHÍNH"])
    }

    @Test func aLongNameBreaksBeforeItsAdministrativeLevel() {
        #expect(lines("ỦY BAN NHÂN DÂN XÃ AN PHÚ") == ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ"])
        #expect(lines("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ") == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"])
        #expect(lines("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ") == ["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ HUẾ"])
    }

    @Test func aTwoWordLevelIsKeptWhole() {
        #expect(lines("ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG TRỊ") == ["ỦY BAN NHÂN DÂN", "THỊ XÃ QUẢNG TRỊ"])
        #expect(lines("ỦY BAN NHÂN DÂN THỊ TRẤN CỬA VIỆT") == ["ỦY BAN NHÂN DÂN", "THỊ TRẤN CỬA VIỆT"])
    }

    @Test func aNameWithoutALevelBreaksWhereTheLinesBalance() {
        #expect(lines("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") == ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"])
    }

    @Test func aSingleLongWordCannotBreak() {
        #expect(lines("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ["ABCDEFGHIJKLMNOPQRSTUVWXYZ"])
    }
}

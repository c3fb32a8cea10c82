import Foundation
import SeededRandom
import Testing
import DocumentReader

@Suite struct LegacyEncodingTests {
    let notice = """
        Ủy ban nhân dân huyện yêu cầu các phòng, ban chuyên môn khẩn trương rà soát hồ sơ đất đai, \
        báo cáo kết quả thực hiện trước ngày 30 tháng 6 năm 2024. Giao Phòng Tài nguyên và Môi trường \
        chủ trì, phối hợp với Thanh tra huyện kiểm tra việc quản lý đất công trên địa bàn các xã.
        """

    @Test func tcvn3TableSpellsTheKnownWords() throws {
        // The classic ".VnTime" spelling of the national name.
        let bytes: [UInt8] = Array("C".utf8) + [0xE9] + Array("ng ho".utf8) + [0xB5] + Array(" x".utf8) + [0xB7]
            + Array(" h".utf8) + [0xE9] + Array("i ch".utf8) + [0xF1] + Array(" ngh".utf8) + [0xDC] + Array("a Vi".utf8) + [0xD6] + Array("t Nam".utf8)
        #expect(LegacyEncoding.tcvn3.decode(bytes) == "Cộng hoà xã hội chủ nghĩa Việt Nam")
    }

    @Test func vniTableSpellsTheKnownWords() throws {
        let bytes = Array("Vie".utf8) + [0xE4] + Array("t Nam, ".utf8) + [0xD1] + Array("o".utf8) + [0xE4] + Array("c la".utf8) + [0xE4] + Array("p, T".utf8) + [0xF6, 0xEF] + Array(" do".utf8)
        #expect(LegacyEncoding.vni.decode(bytes).precomposedStringWithCanonicalMapping == "Việt Nam, Độc lập, Tự do")
    }

    @Test(arguments: LegacyEncoding.allCases)
    func everyVietnameseLetterRoundTrips(encoding: LegacyEncoding) throws {
        let lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
        let text = encoding == .tcvn3 ? lower + "ĂÂÊÔƠƯĐ" : lower + lower.uppercased()
        let bytes = try #require(encoding.encode(text))
        #expect(encoding.decode(bytes).precomposedStringWithCanonicalMapping == text)
    }

    @Test func tcvn3HasNoCapitalsWithTones() {
        #expect(LegacyEncoding.tcvn3.encode("Ủy ban") == nil)
    }

    @Test(arguments: LegacyEncoding.allCases)
    func plainTextFileInALegacyEncodingIsDetectedAndConverted(encoding: LegacyEncoding) throws {
        // TCVN3 has no capitals with tones, so its text opens in lower case.
        let text = encoding == .tcvn3 ? "Theo đó, ủy ban" + notice.dropFirst(6) : notice
        let bytes = try #require(encoding.encode(text))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let source = try DocumentReader.read(bytes: bytes, fileName: "cu.txt")
        #expect(source.text == text)
        #expect(source.warnings.count == 1)
        #expect(source.warnings.first?.contains(encoding.displayName) == true)
    }

    @Test func westernTextWithAFewAccentsIsStillRead() throws {
        let text = "Meeting notes: the café and the hotel agreed on the budget for the fair. " + String(repeating: "More plain words here. ", count: 5)
        let source = try DocumentReader.read(bytes: Array(text.data(using: .windowsCP1252)!), fileName: "notes.txt")
        #expect(source.text == text)
        #expect(source.warnings.count == 1)
    }

    @Test func binaryFilesAreUndecodable() throws {
        var generator = SplitMix64(seed: 11)
        let bytes = (0..<4000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(throws: ReadError.undecodableText) { try DocumentReader.read(bytes: bytes, fileName: "x.txt") }
    }

    @Test func bytesThatAreNoVietnameseAtAllAreUndecodable() throws {
        // Shift-JIS-like bytes: high bytes everywhere, no syllables in any table.
        var generator = SplitMix64(seed: 7)
        let bytes = (0..<4000).map { k in k % 3 == 2 ? 0x20 : UInt8(0x80 + generator.next() % 0x7F) }
        #expect(throws: ReadError.undecodableText) { try DocumentReader.read(bytes: bytes, fileName: "x.txt") }
    }
}

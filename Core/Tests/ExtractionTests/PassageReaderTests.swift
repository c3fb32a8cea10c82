import DocumentReader
import LegalCalendar
import Testing
@testable import Extraction

/// Reading a part of an item again, as the app does when a clerk splits a task.
@Suite struct PassageReaderTests {
    // Written for these tests: one item that asks two bodies for two things.
    static let text = """
    2. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ rà soát các khoản chi thường xuyên, \
    hoàn thành trước ngày 15/3/2025; Phòng Văn hóa và Thông tin tuyên truyền kết quả trên Cổng thông tin điện tử \
    trong tháng 4/2025.
    """
    static var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }

    func offset(of fragment: String) -> Int {
        let range = Self.text.range(of: fragment)!
        return Self.text.unicodeScalars.distance(from: Self.text.unicodeScalars.startIndex, to: range.lowerBound)
    }

    var whole: TextSpan { TextSpan(start: offset(of: "Giao"), end: Self.scalars.count) }

    @Test func theItemCutsAfterItsSemicolon() {
        let breaks = PassageReader.breaks(Self.text, in: whole)
        #expect(breaks == [offset(of: "Phòng Văn hóa")])
    }

    @Test func eachPartNamesItsOwnBodyAndDueDate() {
        let cut = offset(of: "Phòng Văn hóa")
        let first = PassageReader.read(Self.text, spans: [TextSpan(start: whole.start, end: cut)])
        let second = PassageReader.read(Self.text, spans: [TextSpan(start: cut, end: whole.end)])
        #expect(first.task.lead == ["Phòng Tài chính - Kế hoạch"])
        #expect(first.task.support == ["Phòng Nội vụ"])
        #expect(first.task.deadline?.date.iso == "2025-03-15")
        #expect(second.task.lead == ["Phòng Văn hóa và Thông tin"])
        #expect(second.task.deadline?.date.iso == "2025-04-30")
        #expect(second.task.text.hasPrefix("Phòng Văn hóa và Thông tin tuyên truyền"))
    }

    @Test func spansAreTrimmedToTheirWords() {
        let cut = offset(of: "; Phòng")
        let reading = PassageReader.read(Self.text, spans: [TextSpan(start: cut + 1, end: whole.end)])
        #expect(reading.spans.first?.start == offset(of: "Phòng Văn hóa"))
        #expect(reading.spans.first?.end == Self.scalars.count)
    }

    @Test func severalPiecesReadAsOneAndAPartWithoutWordsIsEmpty() {
        let cut = offset(of: "Phòng Văn hóa")
        let pieces = [TextSpan(start: cut, end: whole.end), TextSpan(start: whole.start, end: offset(of: ", phối hợp"))]
        let reading = PassageReader.read(Self.text, spans: pieces)
        #expect(reading.spans.map(\.start) == [whole.start, cut])
        #expect(reading.task.lead == ["Phòng Tài chính - Kế hoạch"])
        #expect(PassageReader.read(Self.text, spans: [TextSpan(start: 0, end: 0)]).task.text.isEmpty)
        #expect(PassageReader.read(Self.text, spans: [TextSpan(start: 10_000, end: 10_010)]).spans.isEmpty)
    }

    @Test func aDateWithoutYearTakesTheDocumentsYear() {
        let text = "Giao Phòng Nội vụ báo cáo kết quả trước ngày 30/6."
        let reading = PassageReader.read(text, spans: [TextSpan(start: 0, end: text.unicodeScalars.count)],
                                         context: .init(date: DocumentDate("2026-02-10")))
        #expect(reading.task.deadline?.date.iso == "2026-06-30")
        #expect(reading.task.lead == ["Phòng Nội vụ"])
    }
}

extension PassageReaderTests {
    @Test func aBulletedLineIsACuttingPointAndABracketIsNot() {
        let text = "Giao Phòng Nội vụ:\n- rà soát hồ sơ (xem Mục 2. Hồ sơ);\n- báo cáo trước ngày 30/6/2026."
        let all = TextSpan(start: 0, end: text.unicodeScalars.count)
        let starts = PassageReader.breaks(text, in: [all, TextSpan(start: 0, end: 0)])
        let lines = text.split(separator: "\n").map(String.init)
        let second = lines[0].unicodeScalars.count + 1, third = second + lines[1].unicodeScalars.count + 1
        #expect(starts == [[second, third], []])
    }
}

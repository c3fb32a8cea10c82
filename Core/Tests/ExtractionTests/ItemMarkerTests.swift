import Testing
@testable import Extraction

@Suite struct ItemMarkerTests {
    func marker(_ line: String) -> ItemMarker? {
        let layout = TextLayout(Array(line.unicodeScalars))
        return ItemMarker.read(layout.tokens, layout.scalars, at: 0, limit: layout.tokens.count)
    }

    @Test func numberingLevelsOfAdministrativeDocuments() {
        #expect(marker("II. Nhiệm vụ trọng tâm")?.kind == .roman)
        #expect(marker("2. Về thu ngân sách")?.kind == .numbered(depth: 1))
        #expect(marker("2.1. Giao Phòng Kinh tế")?.label == "2.1")
        #expect(marker("2.1.3. Rà soát")?.kind == .numbered(depth: 3))
        #expect(marker("2.10 Công an huyện")?.label == "2.10")
        #expect(marker("a) Tập trung chỉ đạo")?.kind == .letter)
        #expect(marker("đ) Kiểm tra")?.label == "đ")
        #expect(marker("- Tổ chức kiểm tra")?.kind == .dash)
        #expect(marker("+ Theo dõi")?.kind == .plus)
        #expect(marker("Điều 3. Chánh Văn phòng")?.label == "Điều 3")
    }

    @Test func levelsNestInTheirUsualOrder() {
        let ranks = ["II. A", "2. A", "2.1. A", "a) A", "- A", "+ A"].map { marker($0)!.rank }
        #expect(ranks == ranks.sorted())
        #expect(Set(ranks).count == ranks.count)
    }

    @Test func numbersInsideSentencesAreNotMarkers() {
        #expect(marker("2023. Ban hành kế hoạch") == nil)
        #expect(marker("30/6/2023 giải ngân") == nil)
        #expect(marker("5.000 triệu đồng") == nil)
        #expect(marker("Phòng Kinh tế") == nil)
        #expect(marker("-5 độ") == nil)
    }
}

import Testing
@testable import Extraction

@Suite struct ParagraphRebuildingTests {
    func paragraphs(_ text: String) -> [String] {
        let layout = TextLayout(Array(text.unicodeScalars))
        return ParagraphBuilder.build(layout).map { layout.flatText($0.span) }
    }

    /// Text from a PDF: every line cut at the page width, a blank line after each.
    static let wrapped = """
    1. Nhiệm vụ chung 

    Yêu cầu Thủ trưởng các phòng, ban chuyên môn thuộc UBND huyện rà soát toàn 

    bộ hồ sơ tồn đọng, phân loại theo từng lĩnh vực và báo cáo kết quả về Văn 

    phòng HĐND và UBND huyện để tổng hợp. 

    - Tổ chức tập huấn nghiệp vụ cho công chức làm công tác một cửa ở các xã, 

     thị trấn, bảo đảm đúng quy trình. 

    Phòng Nội vụ theo dõi, đôn đốc việc thực hiện. 
    """

    @Test func wrappedLinesOfAPDFJoinIntoParagraphs() {
        let p = paragraphs(Self.wrapped)
        #expect(p.count == 4)
        #expect(p[0] == "1. Nhiệm vụ chung")
        #expect(p[1].hasPrefix("Yêu cầu Thủ trưởng") && p[1].hasSuffix("để tổng hợp."))
        #expect(p[1].contains("Văn phòng HĐND và UBND huyện"))
        #expect(p[2] == "- Tổ chức tập huấn nghiệp vụ cho công chức làm công tác một cửa ở các xã, thị trấn, bảo đảm đúng quy trình.")
        #expect(p[3] == "Phòng Nội vụ theo dõi, đôn đốc việc thực hiện.")
    }

    @Test func aShortLineEndingASentenceClosesTheParagraph() {
        let text = (0..<6).map { _ in "Giao Phòng Tài chính - Kế hoạch chủ trì rà soát các khoản chi thường xuyên " }.joined(separator: "\n\n")
            + "\n\nxong trong tháng 3. \n\nPhòng Kinh tế hướng dẫn các hợp tác xã lập phương án sản xuất vụ Đông. "
        let p = paragraphs(text)
        #expect(p.count == 2)
        #expect(p[1].hasPrefix("Phòng Kinh tế"))
    }

    @Test func paragraphPerLineTextKeepsBlankLineBreaksButJoinsASentenceCutInTwo() {
        let text = """
        I. Đánh giá chung

        Trong quý, các xã đã hoàn thành kế hoạch tiêm phòng đợt 1, tiến độ giải ngân của các dự án khởi công mới,

        công trình chuyển tiếp còn chậm so với kế hoạch được giao đầu năm.

        II. Nhiệm vụ trong thời gian tới
        """
        let p = paragraphs(text)
        #expect(p.count == 3)
        #expect(p[1].contains("khởi công mới, công trình chuyển tiếp"))
        #expect(p[2] == "II. Nhiệm vụ trong thời gian tới")
    }

    @Test func aNumberThatContinuesASentenceIsNotAnItem() {
        let p = paragraphs("UBND huyện đã ban hành Kế hoạch số\n\n125/KH-UBND ngày 02/3/2024 về kiểm tra cải cách hành chính.")
        #expect(p.count == 1)
    }

    @Test func tableRowsStayOneParagraphEach() {
        let p = paragraphs("| STT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Rà soát | Sở Nội vụ |")
        #expect(p.count == 2)
    }
}

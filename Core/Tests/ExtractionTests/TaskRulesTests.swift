import Testing
@testable import Extraction

/// How items become tasks and who carries them out, on notices written for the tests.
@Suite struct TaskRulesTests {
    static let notice = """
    THÔNG BÁO
    Kết luận của Chủ tịch UBND huyện tại phiên họp thường kỳ tháng 3 năm 2024

    Ngày 02/4/2024, Chủ tịch UBND huyện chủ trì phiên họp thường kỳ. Sau khi nghe Phòng Tài chính - Kế hoạch báo cáo, Chủ tịch UBND huyện kết luận như sau:

    I. Đánh giá kết quả tháng 3

    1. Kết quả đạt được:

    - Thu ngân sách đạt 28% dự toán; Phòng Kinh tế đã hướng dẫn các xã gieo cấy đúng lịch thời vụ.

    2. Tồn tại, hạn chế:

    - Giải ngân vốn đầu tư công còn chậm.

    II. Nhiệm vụ trọng tâm tháng 4

    Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương tập trung thực hiện các nhiệm vụ sau, trong đó:

    1. Nhiệm vụ chung

    1.1. Rà soát các chỉ tiêu còn đạt thấp, đề ra giải pháp khắc phục.

    2. Nhiệm vụ cụ thể

    2.1. Giao Phòng Tài chính - Kế hoạch:

    - Chủ trì, phối hợp với Chi cục Thuế khu vực rà soát nguồn thu, hoàn thành trong tháng 4/2024.

    - Tham mưu phân bổ vốn đầu tư công còn lại trước ngày 20/4/2024.

    2.2. Công an huyện

    a) Bảo đảm an ninh trật tự trong dịp lễ 30/4 và 01/5.

    b) Phối hợp với Ban Chỉ huy Quân sự huyện tổ chức diễn tập phòng thủ.

    2.3. Các phòng: Nội vụ, Tư pháp, Văn hóa và Thông tin theo chức năng, nhiệm vụ rà soát thủ tục hành chính.

    2.4. Về công tác giải phóng mặt bằng: Giao UBND xã Cam Thành chủ trì kiểm đếm đất đai. Chủ tịch UBND xã Cam Thành chịu trách nhiệm nếu chậm trễ.

    Phòng Tài nguyên và Môi trường thẩm định phương án bồi thường trước ngày 25/4/2024.

    Nay thông báo kết luận của Chủ tịch UBND huyện để các cơ quan, đơn vị biết, thực hiện./.

    Nơi nhận:
    - Các phòng, ban;
    - Lưu: VT.

    TL. CHỦ TỊCH
    CHÁNH VĂN PHÒNG

    Trần Thị Hoa
    """

    @Test func evaluationsIntroductionsAndTheClosingFormulaAreNotTasks() {
        let d = extract(Self.notice)
        #expect(task(d, containing: "Thu ngân sách đạt") == nil)
        #expect(task(d, containing: "Giải ngân vốn đầu tư công còn chậm") == nil)
        #expect(task(d, containing: "Ngày 02/4/2024") == nil)
        #expect(task(d, containing: "trong đó:") == nil)
        #expect(task(d, containing: "Nay thông báo") == nil)
        #expect(d.tasks.count == 8)
    }

    @Test func aSectionIntroSetsTheLeadOfItemsThatNameNobody() {
        let t = task(extract(Self.notice), containing: "Rà soát các chỉ tiêu")
        #expect(t?.lead == ["các cơ quan, đơn vị, địa phương"])
        #expect(t?.section == "II.1.1")
    }

    @Test func aLeadInPassesItsBodyToItsBullets() {
        let d = extract(Self.notice)
        let first = task(d, containing: "rà soát nguồn thu")
        #expect(first?.lead == ["Phòng Tài chính - Kế hoạch"])
        #expect(first?.support == ["Chi cục Thuế khu vực"])
        #expect(first?.deadline?.date.iso == "2024-04-30")
        #expect(first?.section == "II.2.1")
        let second = task(d, containing: "phân bổ vốn")
        #expect(second?.lead == ["Phòng Tài chính - Kế hoạch"])
        #expect(second?.support == [])
        #expect(second?.deadline?.text == "trước ngày 20/4/2024")
    }

    @Test func aHeadingThatIsOnlyANameLeadsTheItemsUnderIt() {
        let d = extract(Self.notice)
        #expect(task(d, containing: "Bảo đảm an ninh trật tự")?.lead == ["Công an huyện"])
        let drill = task(d, containing: "diễn tập phòng thủ")
        #expect(drill?.lead == ["Công an huyện"])
        #expect(drill?.support == ["Ban Chỉ huy Quân sự huyện"])
        #expect(drill?.section == "II.2.2.b")
    }

    @Test func oneHeadForSeveralFields() {
        #expect(task(extract(Self.notice), containing: "thủ tục hành chính")?.lead
                == ["Phòng Nội vụ", "Phòng Tư pháp", "Phòng Văn hóa và Thông tin"])
    }

    @Test func aStandAloneParagraphThatNamesItsBodyIsItsOwnTask() {
        let d = extract(Self.notice)
        #expect(task(d, containing: "Giao UBND xã Cam Thành")?.lead == ["UBND xã Cam Thành"])
        let t = task(d, containing: "thẩm định phương án bồi thường")
        #expect(t?.lead == ["Phòng Tài nguyên và Môi trường"])
        #expect(t?.deadline?.date.iso == "2024-04-25")
    }

    @Test func everyTaskPointsBackToItsText() {
        let d = extract(Self.notice)
        let scalars = Array(Self.notice.unicodeScalars)
        for t in d.tasks {
            let covered = String(String.UnicodeScalarView(scalars[t.span.start..<t.span.end]))
            #expect(covered.split(whereSeparator: \.isWhitespace).joined(separator: " ").hasSuffix(String(t.text.suffix(20))))
            for u in t.units where u.role != .lead || u.span.start >= t.span.start {
                #expect(String(String.UnicodeScalarView(scalars[u.span.start..<u.span.end])).contains(u.name.split(separator: " ").last!))
            }
            if let dl = t.deadline {
                #expect(String(String.UnicodeScalarView(scalars[dl.span.start..<dl.span.end])) == dl.text)
            }
        }
    }

    @Test func aReportAssignsNothing() {
        let report = """
        BÁO CÁO
        Kết quả công tác quý I năm 2024

        1. Phòng Kinh tế chủ trì hướng dẫn sản xuất vụ Đông Xuân, hoàn thành trước ngày 15/01/2024.
        """
        #expect(extract(report).tasks.isEmpty)
    }

    @Test func aTableOfAssignments() {
        let plan = """
        KẾ HOẠCH
        Chuyển đổi số năm 2025

        III. NHIỆM VỤ CỤ THỂ

        | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
        |---|---|---|---|---|
        | 1 | Số hóa hồ sơ địa chính | Phòng Kinh tế | Công an xã; Trưởng các thôn | Quý IV/2025 |
        | 2 | Tập huấn kỹ năng số | Văn phòng HĐND và UBND xã | Đoàn Thanh niên xã | Thường xuyên |
        """
        let d = extract(plan)
        #expect(d.tasks.count == 2)
        #expect(d.tasks[0].text == "Số hóa hồ sơ địa chính")
        #expect(d.tasks[0].lead == ["Phòng Kinh tế"])
        #expect(d.tasks[0].support == ["Công an xã", "Trưởng các thôn"] || d.tasks[0].support == ["Công an xã", "các thôn"])
        #expect(d.tasks[0].deadline?.date.iso == "2025-12-31")
        #expect(d.tasks[1].deadline == nil)
        #expect(d.tasks[0].section == "III")
    }
}

/// A DOCX table as the reader writes it: one cell per line, an empty cell as an empty line.
@Suite struct CellPerLineTableTests {
    static let plan = """
    KẾ HOẠCH
    Làm sạch dữ liệu dân cư năm 2025

    2. Phân công thực hiện
    STT
    Nội dung nhiệm vụ
    Cơ quan chủ trì
    Cơ quan phối hợp
    Thời gian hoàn thành
    1
    Rà soát thông tin nhân khẩu tại các thôn
    Công an xã
    Trưởng các thôn;
    Văn phòng HĐND và UBND xã
    Từ 01/9/2025
    đến 30/9/2025
    2
    Tổng hợp kết quả, báo cáo UBND huyện
    Văn phòng HĐND và UBND xã

    Trước ngày 15/10/2025
    3. Tổ chức thực hiện
    Công an xã chủ trì theo dõi việc thực hiện Kế hoạch.
    """

    @Test func rowsBecomeTasksWithTheirColumns() {
        let d = extract(Self.plan)
        let first = task(d, containing: "Rà soát thông tin nhân khẩu")
        #expect(first?.lead == ["Công an xã"])
        #expect(first?.support.count == 2)
        #expect(first?.deadline?.date.iso == "2025-09-30")     // the end of "từ ... đến ..."
        let second = task(d, containing: "Tổng hợp kết quả")
        #expect(second?.lead == ["Văn phòng HĐND và UBND xã"])
        #expect(second?.support == [])
        #expect(second?.deadline?.date.iso == "2025-10-15")
        #expect(task(d, containing: "theo dõi việc thực hiện")?.lead == ["Công an xã"])
        #expect(d.tasks.count == 3)
    }
}

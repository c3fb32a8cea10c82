import Testing
@testable import Extraction

/// A chỉ thị: lead-ins for groups of bodies, and a last item that is the closing formula.
@Suite struct DirectiveTests {
    static let directive = """
    ỦY BAN NHÂN DÂN
    TỈNH BÌNH ĐỊNH

    Số: 05/CT-UBND

    Bình Định, ngày 12 tháng 3 năm 2024

    CHỈ THỊ
    Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2024

    Để chủ động phòng, chống cháy rừng trong mùa khô năm 2024, Chủ tịch UBND tỉnh chỉ thị:

    1. Các sở, ban, ngành:
    a) Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh kiểm tra phương án chữa cháy rừng; báo cáo UBND tỉnh trước ngày 30/4/2024.
    b) Sở Thông tin và Truyền thông chỉ đạo Đài Phát thanh và Truyền hình tỉnh tăng thời lượng tuyên truyền.
    2. UBND các huyện, thị xã, thành phố:
    - Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp huyện trong tháng 3/2024.
    - Định kỳ hằng tháng báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn.
    3. Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc thực hiện Chỉ thị này./.

    Nơi nhận:
    - Bộ Nông nghiệp và PTNT;
    - Lưu: VT.

    CHỦ TỊCH

    Phạm Anh Tuấn
    """

    @Test func headerOfADirective() {
        let d = extract(Self.directive).document
        #expect(d.type == "CT")
        #expect(d.number == "05/CT-UBND")
        #expect(d.issuer == "UBND tỉnh Bình Định")
        #expect(d.signer == "Phạm Anh Tuấn")
        #expect(d.signerTitle == "CHỦ TỊCH")
        #expect(d.signingAuthority == nil)
    }

    @Test func itemsAndLeadIns() {
        let d = extract(Self.directive)
        #expect(d.tasks.count == 4)
        let a = task(d, containing: "phương án chữa cháy rừng")
        #expect(a?.lead == ["Sở Nông nghiệp và Phát triển nông thôn"])
        #expect(a?.support == ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"])
        #expect(a?.section == "1.a")
        #expect(task(d, containing: "Đài Phát thanh")?.lead == ["Sở Thông tin và Truyền thông"])   // who directs keeps the task
        let b = task(d, containing: "Kiện toàn")
        #expect(b?.lead == ["UBND các huyện, thị xã, thành phố"])
        #expect(b?.deadline?.date.iso == "2024-03-31")
        #expect(task(d, containing: "Định kỳ hằng tháng")?.recurrence?.periods == [.monthly])
        #expect(task(d, containing: "nghiêm túc thực hiện Chỉ thị này") == nil)
    }
}

/// A quyết định: its first article is the decision itself; the articles after it assign.
@Suite struct DecisionTests {
    static let decision = """
    UỶ BAN NHÂN DÂN
    HUYỆN ĐẠI LỘC
    Số: 1520/QĐ-UBND                    Đại Lộc, ngày 03 tháng 7 năm 2024

    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác kiểm tra tiến độ giải ngân vốn đầu tư công năm 2024

    CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC

    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
    Căn cứ Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ;
    Theo đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện.

    QUYẾT ĐỊNH:

    Điều 1. Thành lập Tổ công tác kiểm tra tiến độ giải ngân vốn đầu tư công năm 2024 gồm các thành viên theo danh sách kèm theo.

    Điều 2. Tổ công tác có nhiệm vụ:
    1. Kiểm tra tiến độ giải ngân của các chủ đầu tư, hoàn thành trước ngày 31/8/2024.
    2. Tổng hợp, báo cáo Chủ tịch UBND huyện kết quả kiểm tra trong 05 ngày làm việc kể từ ngày kết thúc đợt kiểm tra.
    Giao Phòng Tài chính - Kế hoạch là cơ quan thường trực của Tổ công tác.

    Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
    Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng các cơ quan, đơn vị liên quan và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.

    Nơi nhận:                                            CHỦ TỊCH
    - Như Điều 3;
    - Lưu: VT, TCKH.
                                                          Nguyễn Công Hòa
    """

    @Test func theDecisionItselfIsNoTaskAndTheBodyItSetsUpLeads() {
        let d = extract(Self.decision)
        #expect(d.document.type == "QĐ")
        #expect(d.document.issuer == "UBND huyện Đại Lộc")
        #expect(d.document.signer == "Nguyễn Công Hòa")
        #expect(d.document.references.map(\.number) == ["99/2021/NĐ-CP"])
        #expect(task(d, containing: "Thành lập Tổ công tác") == nil)
        #expect(task(d, containing: "thi hành Quyết định này") == nil)
        let check = task(d, containing: "Kiểm tra tiến độ giải ngân")
        #expect(check?.lead == ["Tổ công tác"])
        #expect(check?.section == "Điều 2.1")
        #expect(check?.deadline?.date.iso == "2024-08-31")
        let report = task(d, containing: "Tổng hợp, báo cáo")
        #expect(report?.relative?.count == 5)
        #expect(report?.relative?.origin == .unknown)      // counted from the end of the inspection: no date yet
        #expect(report?.deadline == nil)
    }
}

/// A kế hoạch: a framing section, sections per body, and a last paragraph that still sets a date.
@Suite struct PlanTests {
    static let plan = """
                     KẾ HOẠCH
    Triển khai Tháng hành động vì an toàn thực phẩm năm 2024


    I. MỤC ĐÍCH, YÊU CẦU

    1. Nâng cao nhận thức, trách nhiệm của người sản xuất, kinh doanh thực phẩm.

    II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ

    1. Phòng Y tế huyện

    - Chủ trì, phối hợp với Trung tâm Y tế huyện tham mưu thành lập các đoàn kiểm tra liên ngành

    về an toàn thực phẩm; tổ chức kiểm tra trong thời gian từ ngày 15/4/2024 đến ngày 15/5/2024.

    - Tổng hợp kết quả, báo cáo UBND huyện và Sở Y tế chậm nhất ngày 20/5/2024.

    2. Trung tâm Văn hóa - Thông tin và Thể thao huyện: Tăng cường tuyên truyền trên hệ thống

    truyền thanh cơ sở.

    3. UBND các xã, thị trấn

    Tổ chức lễ phát động Tháng hành động tại địa phương trước ngày 20/4/2024.

    III. TỔ CHỨC THỰC HIỆN

    Các cơ quan, đơn vị, địa phương căn cứ Kế hoạch này tổ chức triển khai thực hiện; báo cáo kết quả về Phòng Y tế

    trước ngày 25/5/2024 để tổng hợp./.
    """

    @Test func framingSectionsAreNotTasksButTaskSectionsAre() {
        let d = extract(Self.plan)
        #expect(d.document.type == "KH")
        #expect(d.document.signer == nil)                  // "KẾ HOẠCH" is a type line, not a name
        #expect(task(d, containing: "Nâng cao nhận thức") == nil)
        #expect(d.tasks.count == 5)
        #expect(task(d, containing: "đoàn kiểm tra liên ngành về an toàn thực phẩm")?.support == ["Trung tâm Y tế huyện"])
        #expect(task(d, containing: "chậm nhất ngày 20/5/2024")?.lead == ["Phòng Y tế huyện"])
        #expect(task(d, containing: "truyền thanh cơ sở")?.lead == ["Trung tâm Văn hóa - Thông tin và Thể thao huyện"])
        #expect(task(d, containing: "lễ phát động")?.lead == ["UBND các xã, thị trấn"])
    }

    @Test func aPeriodTheWorkCoversIsNoDeadline() {
        #expect(task(extract(Self.plan), containing: "từ ngày 15/4/2024 đến ngày 15/5/2024")?.deadline == nil)
    }

    @Test func aLastParagraphWithADueDateIsATask() {
        let t = task(extract(Self.plan), containing: "căn cứ Kế hoạch này")
        #expect(t?.lead == ["Các cơ quan, đơn vị, địa phương"])
        #expect(t?.deadline?.date.iso == "2024-05-25")
    }
}

/// A công văn of plain paragraphs from a department: the request is in the first paragraph, its due date in the next.
@Suite struct PlainDispatchTests {
    static let dispatch = """
    UBND TỈNH QUẢNG NAM
    SỞ NỘI VỤ

    Số: 845/SNV-CCVC
    V/v báo cáo số lượng, chất lượng
    cán bộ, công chức cấp xã năm 2024

    Quảng Nam, ngày 05 tháng 6 năm 2024

    Kính gửi: UBND các huyện, thị xã, thành phố.

    Thực hiện Công văn số 2210/BNV-CQĐP ngày 20/5/2024 của Bộ Nội vụ, Sở Nội vụ đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Nội vụ tổng hợp số lượng, chất lượng cán bộ, công chức cấp xã theo biểu mẫu gửi kèm.

    Báo cáo gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 20/6/2024, đồng thời gửi bản điện tử qua hộp thư công vụ.

    Đề nghị UBND các huyện, thị xã, thành phố quan tâm, phối hợp thực hiện./.

    Nơi nhận:                                        KT. GIÁM ĐỐC
    - Như trên;                                      PHÓ GIÁM ĐỐC
    - Lưu: VT, CCVC.

                                                     Lê Thị Hoa
    """

    @Test func aDepartmentsHeaderAndTwoColumnFooter() {
        let d = extract(Self.dispatch).document
        #expect(d.issuer == "Sở Nội vụ")
        #expect(d.number == "845/SNV-CCVC")
        #expect(d.recipients == ["UBND các huyện, thị xã, thành phố"])
        #expect(d.signer == "Lê Thị Hoa")
        #expect(d.signingAuthority == "KT. GIÁM ĐỐC")
        #expect(d.references.first?.number == "2210/BNV-CQĐP")
    }

    @Test func theRequestAndItsDueDateMakeOneTask() {
        let d = extract(Self.dispatch)
        #expect(d.tasks.count == 1)
        #expect(d.tasks.first?.lead == ["UBND các huyện, thị xã, thành phố"])
        #expect(d.tasks.first?.deadline?.text == "trước ngày 20/6/2024")
    }
}

/// Plans that give each task's bodies and due date on labelled lines instead of a table.
@Suite struct LabelledPlanTests {
    static let plan = """
    KẾ HOẠCH
    Thực hiện chuyển đổi số năm 2024

    II. NHIỆM VỤ

    1. Tuyên truyền về lợi ích của dịch vụ công trực tuyến.
    - Cơ quan chủ trì: Sở Thông tin và Truyền thông.
    - Cơ quan phối hợp: Công an tỉnh; Tỉnh đoàn; các cơ quan liên quan.
    - Thời gian thực hiện: Quý II/2024.

    2. Số hóa hồ sơ hộ tịch còn lưu trữ giấy.
    - Đơn vị thực hiện: UBND các huyện, thị xã.
    - Thời gian hoàn thành: trước ngày 30/9/2024.
    """

    @Test func labelLinesGiveTheTaskItsBodiesAndDate() {
        let d = extract(Self.plan)
        #expect(d.tasks.count == 2)
        let first = task(d, containing: "Tuyên truyền")
        #expect(first?.lead == ["Sở Thông tin và Truyền thông"])
        #expect(first?.support == ["Công an tỉnh", "Tỉnh đoàn"])
        #expect(first?.deadline?.date.iso == "2024-06-30")
        let second = task(d, containing: "Số hóa hồ sơ")
        #expect(second?.lead == ["UBND các huyện, thị xã"])
        #expect(second?.deadline?.date.iso == "2024-09-30")
    }
}

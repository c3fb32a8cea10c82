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

import Testing
@testable import Extraction

@Suite struct UnitNameTests {
    @Test func aNameEndsBeforeTheVerb() {
        #expect(Sentence("Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Chi cục Thuế khu vực rà soát").list() == ["Phòng Tài chính - Kế hoạch"])
        #expect(Sentence("Phòng Kinh tế theo dõi sản xuất vụ Đông").list() == ["Phòng Kinh tế"])
        #expect(Sentence("Trung tâm dịch vụ việc làm tỉnh Gia Lai tổ chức phiên giao dịch").list() == ["Trung tâm dịch vụ việc làm tỉnh Gia Lai"])
        #expect(Sentence("Ban Quản lý dự án đầu tư xây dựng và Phát triển quỹ đất huyện khẩn trương bàn giao").list()
                == ["Ban Quản lý dự án đầu tư xây dựng và Phát triển quỹ đất huyện"])
        #expect(Sentence("Cơ quan Tổ chức - Nội vụ trên cơ sở kết quả đánh giá").list() == ["Cơ quan Tổ chức - Nội vụ"])
    }

    @Test func listsOfBodiesSplitAtCommasAndVà() {
        #expect(Sentence("Công an huyện, Ban Chỉ huy Quân sự huyện và Đồn Biên phòng Cửa Việt theo chức năng").list()
                == ["Công an huyện", "Ban Chỉ huy Quân sự huyện", "Đồn Biên phòng Cửa Việt"])
        #expect(Sentence("Văn phòng HĐND và UBND thị xã, Phòng Văn hóa và Thông tin").list()
                == ["Văn phòng HĐND và UBND thị xã", "Phòng Văn hóa và Thông tin"])
    }

    @Test func honorificsNameTheBodyTheyHead() {
        #expect(Sentence("Thủ trưởng các cơ quan, đơn vị, địa phương tập trung").list() == ["các cơ quan, đơn vị, địa phương"])
        #expect(Sentence("Chủ tịch UBND các xã, thị trấn chịu trách nhiệm").list() == ["UBND các xã, thị trấn"])
        #expect(Sentence("Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo").list() == ["Sở Nông nghiệp và Môi trường"])
        #expect(Sentence("các đồng chí Phó Chủ tịch UBND huyện theo lĩnh vực phụ trách").list() == ["Phó Chủ tịch UBND huyện"])
        #expect(Sentence("đồng chí Trần Văn Nam, Phó Chủ tịch UBND huyện trực tiếp chỉ đạo").list() == ["Phó Chủ tịch UBND huyện"])
    }

    @Test func oneHeadSharedByAListOfFields() {
        #expect(Sentence("Các phòng: Tài chính - Kế hoạch, Kinh tế, Tư pháp và các đơn vị liên quan").list().prefix(3)
                == ["Phòng Tài chính - Kế hoạch", "Phòng Kinh tế", "Phòng Tư pháp"])
        #expect(Sentence("UBND các xã Vĩnh Thạnh, Vĩnh Hòa hoàn thành").list() == ["UBND xã Vĩnh Thạnh", "UBND xã Vĩnh Hòa"])
    }

    @Test func aCommaInsideAMinistryStyleName() {
        #expect(Sentence("Sở Văn hóa, Thể thao và Du lịch hướng dẫn").list() == ["Sở Văn hóa, Thể thao và Du lịch"])
    }

    @Test func groupsAreKeptWithTheirQualifiers() {
        #expect(Sentence("các phòng, ban ngành, đơn vị thuộc UBND huyện tổ chức").list() == ["các phòng, ban ngành, đơn vị thuộc UBND huyện"])
        #expect(Sentence("các cơ quan Trung ương, tỉnh trên địa bàn huyện thực hiện").list() == ["các cơ quan Trung ương, tỉnh trên địa bàn huyện"])
    }

    @Test func wordsThatOnlyLookLikeHeadsAreNotNames() {
        #expect(Sentence("Ban hành kế hoạch kiểm tra").list().isEmpty)
        #expect(Sentence("Phòng chống thiên tai").list().isEmpty)
        #expect(Sentence("Tổ chức hội nghị sơ kết").list().isEmpty)
        #expect(Sentence("TỔ CHỨC THỰC HIỆN").list().isEmpty)
    }
}

@Suite struct AssignmentTests {
    @Test func giaoNamesTheLeadAndPhốiHợpVớiTheSupport() {
        let a = Sentence("Giao Phòng Tư pháp chủ trì, phối hợp với Thanh tra huyện và các cơ quan liên quan kiểm tra văn bản.").assignment()
        #expect(a.lead == ["Phòng Tư pháp"])
        #expect(a.support == ["Thanh tra huyện"])
    }

    @Test func theSubjectOfTheSentenceIsTheLead() {
        let a = Sentence("Công an huyện phối hợp tốt với Viện Kiểm sát nhân dân huyện đẩy nhanh điều tra.").assignment()
        #expect(a.lead == ["Công an huyện"])
        #expect(a.support == ["Viện Kiểm sát nhân dân huyện"])
    }

    @Test func aTopicBeforeAColonDoesNotHideTheLead() {
        let a = Sentence("Về công tác giải phóng mặt bằng: Giao UBND các xã khẩn trương kiểm đếm.").assignment()
        #expect(a.lead == ["UBND các xã"])
    }

    @Test func theIssuerDecidesAndIsNotAssigned() {
        let a = Sentence("UBND huyện thống nhất chủ trương sửa chữa trụ sở. Giao Phòng Kinh tế, Hạ tầng và Đô thị lập dự toán.").assignment(issuer: "UBND huyện Cam Lộ")
        #expect(a.lead == ["Phòng Kinh tế, Hạ tầng và Đô thị"])
    }

    @Test func bodiesNamedAsObjectsAreNotLeads() {
        let a = Sentence("Tham mưu UBND huyện báo cáo Sở Tài chính trước ngày 15/4/2024.").assignment(issuer: "UBND huyện")
        #expect(a.lead.isEmpty)
    }

    @Test func aPastActionIsAResultNotATask() {
        #expect(Sentence("Phòng Kinh tế đã hoàn thành kiểm kê.").assignment().lead.isEmpty)
    }
}

import Testing
@testable import Extraction

@Suite struct DocumentNumberTests {
    func numberLine(_ line: String) -> DocumentNumberScanner.Found? {
        let layout = TextLayout(Array(line.unicodeScalars))
        return DocumentNumberScanner(layout: layout).numberLine(tokens: 0..<layout.tokens.count)
    }

    @Test func theNumberLineOfAStateDocument() {
        let f = numberLine("Số: 86/TB-UBND")
        #expect(f?.text == "86/TB-UBND")
        #expect(f?.typeCode == "TB")
    }

    @Test func aStraySpaceBeforeTheSlashIsDropped() {
        let f = numberLine("Số: 214 /BC-UBND")
        #expect((f.map { $0.number + $0.symbol.filter { !$0.isWhitespace } }) == "214/BC-UBND")
    }

    @Test func aDraftHasASymbolButNoNumber() {
        let f = numberLine("Số:      /UBND-VP")
        #expect(f?.number == "")
        #expect(f?.typeCode == "CV")   // no type part: a công văn
    }

    @Test func partyStyleNumbers() {
        #expect(numberLine("Số 57-KL/HU")?.text == "57-KL/HU")
    }

    @Test func citedDocumentsWithTypeAndDate() {
        let text = "Thực hiện Công văn số 1520/UBND-KT ngày 04/4/2024 của UBND tỉnh và Kết luận số 82-KL/TU, ngày 15/3/2024; Nghị định số 30/2020/NĐ-CP; giai đoạn 2021-2025, tỷ lệ 1/2000, ngày 12/6/2023."
        let layout = TextLayout(Array(text.unicodeScalars))
        let refs = DocumentNumberScanner(layout: layout).citations(excluding: nil, defaultYear: 2024)
        #expect(refs.map(\.number) == ["1520/UBND-KT", "82-KL/TU", "30/2020/NĐ-CP"])
        #expect(refs.map(\.type) == ["CV", "KL", "NĐ"])
        #expect(refs[0].date?.iso == "2024-04-04")
        #expect(refs[1].date?.iso == "2024-03-15")
        #expect(layout.text(refs[0].span.start..<refs[0].span.end) == "1520/UBND-KT")
    }
}

@Suite struct MetadataTests {
    static let dispatch = """
    ỦY BAN NHÂN DÂN
    HUYỆN CAM LỘ

    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc

    Số: 1345/UBND-NN
    V/v tăng cường phòng, chống dịch
    tả lợn châu Phi trên địa bàn huyện

    Cam Lộ, ngày 08 tháng 4 năm 2024

    Kính gửi:
    - Phòng Nông nghiệp và Phát triển nông thôn;
    - UBND các xã, thị trấn.

    Trước diễn biến phức tạp của dịch tả lợn châu Phi, Chủ tịch UBND huyện yêu cầu:

    1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trạm Chăn nuôi và Thú y huyện hướng dẫn các xã tiêm phòng, hoàn thành trước ngày 30/4/2024.

    2. UBND các xã, thị trấn thành lập chốt kiểm dịch tạm thời; báo cáo tình hình hằng tuần về Phòng Nông nghiệp và Phát triển nông thôn.

    Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.

    Nơi nhận:
    - Như trên;
    - TT Huyện ủy;
    - Lưu: VT, NN.

    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH

    Lê Minh Khoa
    """

    @Test func aDispatchHeader() {
        let d = extract(Self.dispatch).document
        #expect(d.type == "CV")
        #expect(d.number == "1345/UBND-NN")
        #expect(d.issuer == "UBND huyện Cam Lộ")
        #expect(d.place == "Cam Lộ")
        #expect(d.date?.description == "2024-04-08")
        #expect(d.subject == "tăng cường phòng, chống dịch tả lợn châu Phi trên địa bàn huyện")
        #expect(d.recipients == ["Phòng Nông nghiệp và Phát triển nông thôn", "UBND các xã, thị trấn"])
        #expect(d.distribution == ["Như trên", "TT Huyện ủy", "Lưu: VT, NN"])
    }

    @Test func theSignatureBlock() {
        let d = extract(Self.dispatch).document
        #expect(d.signer == "Lê Minh Khoa")
        #expect(d.signerTitle == "PHÓ CHỦ TỊCH")
        #expect(d.signingAuthority == "KT. CHỦ TỊCH")
    }

    @Test func aDraftLeavesNumberAndDayBlank() {
        let text = """
        Số:     /BC-UBND

        Hải Lăng, ngày     tháng 9 năm 2025

        BÁO CÁO
        Kết quả thực hiện nhiệm vụ 9 tháng năm 2025

        UBND huyện Hải Lăng báo cáo kết quả như sau:
        """
        let d = extract(text).document
        #expect(d.type == "BC")
        #expect(d.number == nil)
        #expect(d.date?.description == "2025-09")
        #expect(d.subject == "Kết quả thực hiện nhiệm vụ 9 tháng năm 2025")
        #expect(d.issuer == "UBND huyện Hải Lăng")
    }

    @Test func aHeaderWithoutIssuerTakesItFromTheBody() {
        let text = """
        THÔNG BÁO
        Kết luận của Chủ tịch UBND huyện tại phiên họp tháng 3

        Ngày 05/4/2024, Chủ tịch UBND huyện chủ trì phiên họp. UBND huyện giao các phòng thực hiện kết luận.
        Các xã thuộc huyện Gio Linh báo cáo UBND huyện trước ngày 15/4/2024.
        """
        let d = extract(text).document
        #expect(d.type == "TB")
        #expect(d.issuer == "UBND huyện Gio Linh")
        #expect(d.date == nil)     // the meeting day is not the issue date
        #expect(d.place == nil)
    }

    @Test func aHeaderLaidOutAsAMarkdownTable() {
        let text = """
        | ỦY BAN NHÂN DÂN<br>TỈNH KON TUM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
        |---|---|
        | Số: 77/TB-UBND | Kon Tum, ngày 04 tháng 3 năm 2025 |

        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng
        """
        let d = extract(text).document
        #expect(d.number == "77/TB-UBND")
        #expect(d.issuer == "UBND tỉnh Kon Tum")
        #expect(d.place == "Kon Tum")
        #expect(d.date?.description == "2025-03-04")
    }
}


@testable import DondocCommands
import LegalCalendar
import Testing
@testable import Extraction

/// Units merged or abolished in the 2025 reorganisation: an old document's
/// names resolve to the unit of its day, and the work goes to whoever holds it now.
@Suite struct UnitSuccessionTests {
    /// A province with one district abolished on 01/07/2025 (its work passes to
    /// a commune), a department merged into another in March 2025, and a
    /// district office renamed in March before the district itself went.
    static let directory = UnitDirectory(entries: [
        UnitEntry(id: "ubnd-tinh", name: "UBND tỉnh Sơn Hà"),
        UnitEntry(id: "huyen-son-thuy", name: "UBND huyện Sơn Thủy", parent: "ubnd-tinh",
                  validTo: day("2025-06-30"), successor: "xa-son-thuy"),
        UnitEntry(id: "xa-son-thuy", name: "UBND xã Sơn Thủy", parent: "ubnd-tinh", validFrom: day("2025-07-01")),
        UnitEntry(id: "so-khdt", name: "Sở Kế hoạch và Đầu tư", aliases: ["Sở KH&ĐT"], parent: "ubnd-tinh",
                  validTo: day("2025-02-28"), successor: "so-tc"),
        UnitEntry(id: "so-tc", name: "Sở Tài chính", parent: "ubnd-tinh"),
        UnitEntry(id: "p-kt", name: "Phòng Kinh tế huyện Sơn Thủy", parent: "huyen-son-thuy",
                  validTo: day("2025-02-28"), successor: "p-kthtdt"),
        UnitEntry(id: "p-kthtdt", name: "Phòng Kinh tế, Hạ tầng và Đô thị huyện Sơn Thủy", parent: "huyen-son-thuy",
                  validFrom: day("2025-03-01"), validTo: day("2025-06-30"), successor: "xa-son-thuy"),
        UnitEntry(id: "p-vhtt", name: "Phòng Văn hóa và Thông tin huyện Sơn Thủy", parent: "huyen-son-thuy",
                  validTo: day("2025-02-28"), successor: "p-vhkhtt"),
        // The new office kept the old name as an alias: the document's date decides which one a name means.
        UnitEntry(id: "p-vhkhtt", name: "Phòng Văn hóa, Khoa học và Thông tin huyện Sơn Thủy",
                  aliases: ["Phòng Văn hóa và Thông tin huyện Sơn Thủy"], parent: "huyen-son-thuy", validFrom: day("2025-03-01")),
    ])

    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func notice(dated date: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH SƠN HÀ
        Số: 112/TB-UBND
        Sơn Hà, \(date)

        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về giải phóng mặt bằng

        1. Giao UBND huyện Sơn Thủy chủ trì, phối hợp với Sở KH&ĐT hoàn thành hồ sơ thu hồi đất trước ngày 30/12/2025.
        2. Phòng Văn hóa và Thông tin huyện Sơn Thủy tuyên truyền chủ trương bồi thường trên hệ thống loa truyền thanh.
        3. Phòng Kinh tế huyện Sơn Thủy rà soát diện tích đất nông nghiệp bị ảnh hưởng, báo cáo trước ngày 20/12/2025.
        """
    }

    static func mention(_ doc: ExtractedDocument, _ fragment: String, _ role: UnitRole) -> UnitMention? {
        task(doc, containing: fragment)?.units.first { $0.role == role }
    }

    @Test func anOldDocumentsUnitsHandTheirWorkToTheirSuccessors() throws {
        let doc = extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"),
                          options: .init(units: Self.directory, asOf: Self.day("2026-01-10")))
        let lead = try #require(Self.mention(doc, "thu hồi đất", .lead))
        #expect(lead.unitId == "huyen-son-thuy")
        #expect(lead.canonicalName == "UBND huyện Sơn Thủy")
        #expect(lead.currentUnitId == "xa-son-thuy")
        #expect(lead.currentName == "UBND xã Sơn Thủy")
        let support = try #require(Self.mention(doc, "thu hồi đất", .support))
        #expect(support.unitId == "so-khdt")
        #expect(support.currentUnitId == "so-tc")
        #expect(support.succession == "Sở Kế hoạch và Đầu tư → nay là Sở Tài chính")
        // The task still says whom the document assigned.
        #expect(task(doc, containing: "thu hồi đất")?.lead == ["UBND huyện Sơn Thủy"])
        #expect(task(doc, containing: "thu hồi đất")?.support == ["Sở Kế hoạch và Đầu tư"])
    }

    @Test func theCommandsTableSaysWhichUnitsHaveBeenReplaced() {
        let doc = extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"),
                          options: .init(units: Self.directory, asOf: Self.day("2026-01-10")))
        let table = ExtractionTable.render(doc)
        #expect(table.contains("Đơn vị đã sáp nhập: UBND huyện Sơn Thủy → nay là UBND xã Sơn Thủy"))
        #expect(table.contains("Đơn vị đã sáp nhập: Sở Kế hoạch và Đầu tư → nay là Sở Tài chính"))
        #expect(!ExtractionTable.render(extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"))).contains("sáp nhập"))
    }

    @Test func aHandOverCountsOnlyAfterTheOldUnitsLastDay() throws {
        let doc = extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"),
                          options: .init(units: Self.directory, asOf: Self.day("2025-06-15")))
        // The district still exists on 15/06/2025; the department was merged in March.
        #expect(Self.mention(doc, "thu hồi đất", .lead)?.currentUnitId == nil)
        #expect(Self.mention(doc, "thu hồi đất", .support)?.currentUnitId == "so-tc")
        // On the district's own last day it still holds its work.
        let lastDay = extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"),
                              options: .init(units: Self.directory, asOf: Self.day("2025-06-30")))
        #expect(Self.mention(lastDay, "thu hồi đất", .lead)?.currentUnitId == nil)
    }

    @Test func aSharedNameMeansTheUnitOfTheDocumentsDate() throws {
        let options = ExtractionOptions(units: Self.directory, asOf: Self.day("2026-01-10"))
        let before = try #require(Self.mention(extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"), options: options), "loa", .lead))
        #expect(before.unitId == "p-vhtt")
        #expect(before.currentUnitId == "p-vhkhtt")
        let after = try #require(Self.mention(extract(Self.notice(dated: "ngày 10 tháng 4 năm 2025"), options: options), "loa", .lead))
        #expect(after.unitId == "p-vhkhtt")
        #expect(after.currentUnitId == nil)
        #expect(after.canonicalName == "Phòng Văn hóa, Khoa học và Thông tin huyện Sơn Thủy")
    }

    @Test func betweenTwoHoldersOfANameTheOneThatHadEndedWinsOverOneNotYetCreated() {
        let directory = UnitDirectory(entries: [
            UnitEntry(id: "later", name: "Ban Quản lý dự án", validFrom: Self.day("2025-07-01")),
            UnitEntry(id: "earlier", name: "Ban Quản lý dự án", validTo: Self.day("2025-02-28"), successor: "later"),
        ])
        #expect(directory.resolve("Ban Quản lý dự án", on: Self.day("2025-04-01"))?.id == "earlier")
        #expect(directory.resolve("Ban Quản lý dự án", on: Self.day("2025-08-01"))?.id == "later")
        #expect(directory.resolve("Ban Quản lý dự án", documentDate: Self.day("2025-04-01"), asOf: Self.day("2025-08-01"))?.current.id == "later")
    }

    @Test func aChainOfSuccessorsIsFollowedToItsEnd() throws {
        let doc = extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"),
                          options: .init(units: Self.directory, asOf: Self.day("2026-01-10")))
        #expect(Self.mention(doc, "đất nông nghiệp", .lead)?.currentUnitId == "xa-son-thuy")
        let found = try #require(Self.directory.resolve("Phòng Kinh tế huyện Sơn Thủy", documentDate: Self.day("2024-05-15"), asOf: nil))
        #expect(found.successors.map(\.id) == ["p-kthtdt", "xa-son-thuy"])
        #expect(found.description == "Phòng Kinh tế huyện Sơn Thủy → Phòng Kinh tế, Hạ tầng và Đô thị huyện Sơn Thủy → nay là UBND xã Sơn Thủy")
        // Between the two reorganisations the work sat with the renamed office.
        let midway = try #require(Self.directory.resolve("Phòng Kinh tế huyện Sơn Thủy", documentDate: Self.day("2024-05-15"),
                                                         asOf: Self.day("2025-05-01")))
        #expect(midway.current.id == "p-kthtdt")
    }

    @Test func aDocumentWrittenAfterTheMergerNamesTheNewUnitsDirectly() throws {
        let doc = extract("""
        ỦY BAN NHÂN DÂN
        TỈNH SƠN HÀ
        Số: 215/TB-UBND
        Sơn Hà, ngày 20 tháng 8 năm 2025
        THÔNG BÁO
        Về việc chuẩn bị hội nghị

        1. Giao UBND xã Sơn Thủy chuẩn bị hội trường trước ngày 30/8/2025.
        """, options: .init(units: Self.directory, asOf: Self.day("2026-01-10")))
        let lead = try #require(Self.mention(doc, "hội trường", .lead))
        #expect(lead.unitId == "xa-son-thuy")
        #expect(lead.currentUnitId == nil)
    }

    @Test func aLoopOfSuccessorsStopsInsteadOfSpinning() {
        let looped = UnitDirectory(entries: [
            UnitEntry(id: "a", name: "Phòng A", validTo: Self.day("2024-12-31"), successor: "b"),
            UnitEntry(id: "b", name: "Phòng B", validTo: Self.day("2025-06-30"), successor: "a"),
            UnitEntry(id: "self", name: "Phòng C", validTo: Self.day("2025-06-30"), successor: "self"),
            UnitEntry(id: "lost", name: "Phòng D", validTo: Self.day("2025-06-30"), successor: "nobody"),
        ])
        #expect(looped.successors(of: looped.entry(id: "a")!).map(\.id) == ["b"])
        #expect(looped.successors(of: looped.entry(id: "self")!).isEmpty)
        #expect(looped.successors(of: looped.entry(id: "lost")!).isEmpty)
    }

    @Test func tableRowsResolveToo() throws {
        let plan = """
        Sơn Hà, ngày 02 tháng 01 năm 2025
        KẾ HOẠCH
        Chuyển đổi số năm 2025

        III. NHIỆM VỤ CỤ THỂ

        | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
        |---|---|---|---|---|
        | 1 | Số hóa hồ sơ địa chính | UBND huyện Sơn Thủy | Sở Kế hoạch và Đầu tư | Quý IV/2025 |
        """
        let doc = extract(plan, options: .init(units: Self.directory, asOf: Self.day("2026-01-10")))
        let row = try #require(task(doc, containing: "Số hóa"))
        #expect(row.units.first { $0.role == .lead }?.currentUnitId == "xa-son-thuy")
        #expect(row.units.first { $0.role == .support }?.currentUnitId == "so-tc")
    }

    @Test func withoutADirectoryNothingIsResolved() {
        let doc = extract(Self.notice(dated: "ngày 15 tháng 5 năm 2024"))
        #expect(task(doc, containing: "thu hồi đất")?.units.allSatisfy { $0.unitId == nil && $0.currentUnitId == nil } == true)
        #expect(task(doc, containing: "thu hồi đất")?.support == ["Sở KH&ĐT"])
    }
}

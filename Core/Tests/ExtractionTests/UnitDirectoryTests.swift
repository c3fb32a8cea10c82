import Foundation
import Testing
@testable import Extraction

@Suite struct UnitDirectoryTests {
    static let json = """
    {"units": [
      {"id": "vp", "name": "Văn phòng HĐND và UBND huyện", "aliases": ["VP HĐND-UBND"]},
      {"id": "vhtt", "name": "Phòng Văn hóa và Thông tin", "validTo": "2025-02-28", "successor": "vhtt2"},
      {"id": "vhtt2", "name": "Phòng Văn hóa, Khoa học và Thông tin", "aliases": ["Phòng Văn hóa và Thông tin"], "validFrom": "2025-03-01"}
    ]}
    """

    @Test func namesMatchWhatEverTheirSpelling() throws {
        let dir = try UnitDirectory.load(json: Array(Self.json.utf8))
        #expect(dir.resolve("Văn phòng HĐND&UBND huyện")?.id == "vp")
        #expect(dir.resolve("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện")?.id == "vp")
        #expect(dir.resolve("văn phòng hđnd và ubnd huyện")?.id == "vp")
        #expect(dir.resolve("Phòng Văn hoá và Thông tin")?.id == "vhtt")   // old tone placement
        #expect(dir.resolve("Chánh Văn phòng HĐND và UBND huyện")?.id == "vp")
        #expect(dir.resolve("Phòng Kinh tế") == nil)
    }

    @Test func theUnitValidOnTheDocumentsDateWins() throws {
        let dir = try UnitDirectory.load(json: Array(Self.json.utf8))
        #expect(dir.resolve("Phòng Văn hóa và Thông tin", on: .init(year: 2024, month: 6, day: 1)!)?.id == "vhtt")
        #expect(dir.resolve("Phòng Văn hóa và Thông tin", on: .init(year: 2025, month: 6, day: 1)!)?.id == "vhtt2")
    }

    @Test func tasksCarryTheDirectorysNames() throws {
        let dir = try UnitDirectory.load(json: Array(Self.json.utf8))
        let d = extract("1. Giao Văn phòng HĐND&UBND huyện bố trí phòng họp trước ngày 10/5/2024.", options: .init(units: dir))
        #expect(d.tasks.first?.lead == ["Văn phòng HĐND và UBND huyện"])
        #expect(d.tasks.first?.units.first?.unitId == "vp")
        #expect(d.tasks.first?.units.first?.name == "Văn phòng HĐND&UBND huyện")
    }

    @Test func aBrokenFileSaysWhatIsWrong() {
        #expect(throws: UnitDirectoryError.self) { try UnitDirectory.load(json: Array("{\"units\": [{\"name\": \"x\"}]}".utf8)) }
        do {
            _ = try UnitDirectory.load(json: Array("{\"units\": [{\"name\": \"x\"}]}".utf8))
        } catch {
            #expect(error.message.contains("thiếu trường \"id\""))
        }
    }
}

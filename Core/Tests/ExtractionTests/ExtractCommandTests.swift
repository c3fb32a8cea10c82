@testable import DondocCommands
import Extraction
import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test func aMissingFileIsReportedInPlainWords() throws {
        var command = try ExtractCommand.parseAsRoot(["--json", "/khong/co/tep-nay.txt"]) as! ExtractCommand
        #expect(throws: (any Error).self) { try command.run() }
        _ = command
    }

    @Test func theJSONHasTheFieldsOfTheGoldFormat() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dondoc-extract-\(UUID().uuidString).txt")
        try "THÔNG BÁO\nKết luận phiên họp\n\n1. Giao Phòng Tư pháp rà soát văn bản trước ngày 10/5/2024.\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let source = try ExtractCommand.read(file.path)
        let json = try ExtractCommand.jsonLine(Extractor.extract(source), pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["type"] as? String == "TB")
        #expect(document.keys.contains("number"))              // present, as null
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(tasks.first?["lead"] as? [String] == ["Phòng Tư pháp"])
        #expect((tasks.first?["deadline"] as? [String: Any])?["date"] as? String == "2024-05-10")
    }
}

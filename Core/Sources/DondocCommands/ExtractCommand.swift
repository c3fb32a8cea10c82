import ArgumentParser
import DocumentReader
import Extraction
import Foundation
import LegalCalendar

/// `dondoc extract FILE...`: the tasks a document assigns, as a table or as JSON.
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Trích xuất nhiệm vụ, đơn vị chủ trì, phối hợp và thời hạn từ văn bản (.txt, .md, .docx, .pdf).",
        discussion: """
        Ví dụ:
          dondoc extract thong-bao.pdf                  → bảng: mục, nhiệm vụ, chủ trì, phối hợp, thời hạn
          dondoc extract --json a.docx b.pdf            → mỗi văn bản một dòng JSON
          dondoc extract --units don-vi.json --json a.txt
          dondoc extract --units don-vi.json --as-of 2025-06-15 a.txt   → đơn vị đã sáp nhập trước ngày này chuyển cho đơn vị kế thừa
        Tệp đơn vị: {"units":[{"id":"tckh","name":"Phòng Tài chính - Kế hoạch","aliases":["Phòng TC-KH"]}]}.
        """)

    @Argument(help: "Văn bản cần trích xuất.") var files: [String]
    @Flag(help: "In JSON (một đối tượng mỗi văn bản, mỗi đối tượng một dòng khi có nhiều tệp).") var json = false
    @Option(name: .customLong("units"), help: "Tệp JSON danh mục đơn vị và tên gọi khác.") var unitsFile: String?
    @Option(name: .customLong("as-of"), help: "Ngày theo dõi (YYYY-MM-DD): đơn vị hết hiệu lực trước ngày này chuyển nhiệm vụ cho đơn vị kế thừa; mặc định theo toàn bộ danh mục.")
    var asOf: String?
    @Flag(help: "Không dùng lịch ngày làm việc để tính hạn \"N ngày làm việc\".") var noCalendar = false

    public init() {}

    public func run() throws {
        var options = ExtractionOptions(calendar: noCalendar ? nil : .vietnam)
        if let asOf {
            guard let day = CivilDate(iso: asOf) else { throw ExtractInputError("Ngày theo dõi \"\(asOf)\" không đúng dạng YYYY-MM-DD.") }
            options.asOf = day
        }
        if let unitsFile {
            guard let data = FileManager.default.contents(atPath: unitsFile) else {
                throw ExtractInputError("Không đọc được tệp danh mục đơn vị: \(unitsFile)")
            }
            do { options.units = try UnitDirectory.load(json: [UInt8](data)) }
            catch { throw ExtractInputError("\(unitsFile): \(error.message)") }
        }
        var failures = 0
        for path in files {
            do {
                let source = try Self.read(path)
                let result = Extractor.extract(source, options: options)
                if json {
                    print(try Self.jsonLine(result, pretty: files.count == 1))
                } else {
                    if files.count > 1 { print("== \(path)") }
                    print(ExtractionTable.render(result))
                }
            } catch let error as ExtractInputError {
                failures += 1
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    static func read(_ path: String) throws(ExtractInputError) -> SourceText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExtractInputError("\(path): không tìm thấy tệp.")
        }
        guard !isDirectory.boolValue else { throw ExtractInputError("\(path): đây là thư mục, không phải tệp văn bản.") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractInputError("\(path): không đọc được tệp (kiểm tra quyền truy cập).")
        }
        do {
            return try DocumentReader.read(bytes: [UInt8](data), fileName: (path as NSString).lastPathComponent)
        } catch {
            throw ExtractInputError("\(path): \(error.message)")
        }
    }

    static func jsonLine(_ result: ExtractedDocument, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(result), as: UTF8.self)
    }
}

struct ExtractInputError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

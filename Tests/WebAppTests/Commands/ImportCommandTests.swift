import DocumentReader
import Extraction
import Fluent
import Foundation
import Testing
import Tracking
import VaporTesting
@testable import AppCommands

extension AppTests {
    /// `dondoc import` on a real SQLite data folder, with documents of our
    /// corpus in each format the reader takes, and with files it must refuse.
    @Suite struct ImportCommandTests {
        static let corpus = TestApp.repositoryRoot + "Fixtures/corpus/docs/"
        /// TXT, Markdown, DOCX, PDF, and a TXT in the legacy TCVN3 encoding.
        static let documents = ["01_ct_tinh_bao_ve_rung.txt", "02_kh_tinh_chuyen_doi_so.md", "05_tb_tinh_nam_hoc.docx",
                                "17_tb_phuong_chuan_bi_tet.pdf", "13_cv_huyen_tcvn3.txt"].map { corpus + $0 }

        static func freshFolder() throws -> String {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dondoc-import-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return folder
        }

        static func importing(_ files: [String], into folder: String, terminal: Bool = false) async throws
            -> (outcomes: [ImportCommand.Outcome], console: RecordedConsole) {
            let command = try ImportCommand.parse(["--data-dir", folder] + files)
            let console = RecordedConsole(isTerminal: terminal)
            return (try await command.importFiles(environment: [:], console: console), console)
        }

        /// The documents and audit entries stored in the folder's database.
        static func stored(in folder: String) async throws -> (documents: [DocumentRecord], uploads: Int) {
            try await AppSession.run(dataDirectory: folder, environment: [:]) { app in
                let documents = try await DocumentRecord.query(on: app.db).all()
                let uploads = try await AuditRecord.query(on: app.db).filter(\.$entity == DocumentRecord.schema).count()
                return (documents, uploads)
            }
        }

        @Test func eachFormatBecomesADraftWithItsProposedTasks() async throws {
            let folder = try Self.freshFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let (outcomes, console) = try await Self.importing(Self.documents, into: folder)
            #expect(outcomes.allSatisfy { $0.draft != nil }, "\(outcomes.compactMap(\.message))")

            let (documents, uploads) = try await Self.stored(in: folder)
            #expect(documents.count == Self.documents.count)
            #expect(uploads == Self.documents.count, "one audit entry per upload")
            for (path, outcome) in zip(Self.documents, outcomes) {
                let document = try #require(documents.first { $0.id == outcome.draft?.id })
                #expect(document.state == .draft)
                #expect(document.fileName == (path as NSString).lastPathComponent)
                #expect(document.original == FileManager.default.contents(atPath: path), "the original file is kept as it was")
                let json = try #require(document.extractionJSON)
                let extraction = try JSONDecoder().decode(ExtractedDocument.self, from: Data(json.utf8))
                #expect(!extraction.tasks.isEmpty, "\(path): the draft proposes the document's tasks")
                #expect(!(try DraftProposals.proposals(of: document, unitIDs: [:])).isEmpty)
            }
            let formats = Set(documents.map(\.format))
            #expect(formats == ["text", "markdown", "docx", "pdf"])
            let legacy = try #require(documents.first { $0.fileName.hasSuffix("tcvn3.txt") })
            #expect(legacy.text.contains("Vĩnh Linh"), "the TCVN3 file is stored as Unicode")
            #expect(console.text.contains("Đã nhập 5/5 tệp thành văn bản nháp."))
        }

        @Test func badFilesAreReportedInVietnameseAndLeaveNothingHalfStored() async throws {
            let folder = try Self.freshFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let unknown = folder + "/ghi-chu.xyz"
            try Data("Giao Phòng Kinh tế chủ trì thực hiện.".utf8).write(to: URL(fileURLWithPath: unknown))
            let missing = folder + "/khong-co.txt"
            let tooLarge = folder + "/qua-lon.txt"
            FileManager.default.createFile(atPath: tooLarge, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tooLarge))
            try handle.truncate(atOffset: 21 << 20)  // sparse: 21 MB on paper, nothing on disk
            try handle.close()
            // High bytes that form no syllable in Unicode, TCVN3 or VNI.
            let undecodable = folder + "/bang-ma-la.txt"
            let highBytes = (0..<4_000).map { (k: Int) -> UInt8 in k % 3 == 2 ? 0x20 : UInt8(0x80 + (k * 37) % 0x7F) }
            try Data(highBytes).write(to: URL(fileURLWithPath: undecodable))
            let good = Self.documents[0]

            let (outcomes, console) = try await Self.importing([unknown, missing, good, tooLarge, undecodable], into: folder)
            let messages = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.path, $0.message ?? "") })
            #expect(messages[unknown]!.contains("chỉ hỗ trợ tệp .txt, .md, .docx và .pdf"))
            #expect(messages[missing]!.contains("không có tệp này"))
            #expect(messages[tooLarge]!.contains("Tệp quá lớn"))
            #expect(messages[undecodable]!.contains("Không nhận ra bảng mã"))
            #expect(messages[good]!.isEmpty)

            let (documents, uploads) = try await Self.stored(in: folder)
            #expect(documents.map(\.fileName) == [(good as NSString).lastPathComponent], "only the good file is stored")
            #expect(uploads == 1)
            for line in console.lines where !line.contains(good) && line.hasPrefix("[") {
                #expect(line.contains("LỖI, không nhập."), "\(line)")
            }
            #expect(console.lines.last == "Đã nhập 1/5 tệp thành văn bản nháp; 4 tệp lỗi không được nhập.")
        }

        @Test func withoutATerminalTheProgressIsOnePlainLinePerFile() async throws {
            let folder = try Self.freshFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let files = Array(Self.documents.prefix(3)) + [folder + "/khong-co.txt"]
            let (_, console) = try await Self.importing(files, into: folder)
            #expect(!console.text.contains("\r") && !console.text.contains("\u{1B}"), "no control characters in a log")
            let lines = console.lines
            #expect(lines.count == files.count + 1, "a line per file and the summary")
            for (k, path) in files.enumerated() {
                #expect(lines[k].hasPrefix("[\(k + 1)/\(files.count)] \(path): "), "\(lines[k])")
            }
            #expect(lines[0].contains("đã nhập, bản nháp "))
            #expect(lines[3].contains("LỖI, không nhập."))
        }

        @Test func onATerminalABarIsRedrawnAndFailuresStayAboveIt() async throws {
            let folder = try Self.freshFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let files = [Self.documents[0], folder + "/khong-co.txt"]
            let (_, console) = try await Self.importing(files, into: folder, terminal: true)
            let text = console.text
            #expect(text.contains("\r\u{1B}[2K[------------------------] 0/2 01_ct_tinh_bao_ve_rung.txt"))
            #expect(text.contains("\r\u{1B}[2K[############------------] 1/2 khong-co.txt"))
            #expect(text.contains("\r\u{1B}[2K[2/2] \(files[1]): LỖI, không nhập."))
            #expect(text.hasSuffix("\r\u{1B}[2KĐã nhập 1/2 tệp thành văn bản nháp; 1 tệp lỗi không được nhập.\n"))
        }

        @Test func theCommandLineNeedsAtLeastOneFile() {
            #expect(throws: (any Error).self) { try ImportCommand.parse(["--data-dir", "/tmp/x"]) }
        }
    }
}

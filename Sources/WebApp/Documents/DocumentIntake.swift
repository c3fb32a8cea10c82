import DocumentReader
import Extraction
import Foundation
import Tracking
import Vapor

/// Turns an upload (a file or pasted text) into a draft document: read,
/// extracted against the unit directory and the working calendar, kept with
/// its proposed tasks for review. Reading happens before anything is stored,
/// so a file that cannot be read leaves nothing behind but the message
/// explaining why.
public struct DocumentIntake: Sendable {
    /// The same limit as the HTTP body: a larger upload never reaches the reader.
    static let maxBytes = 20 * 1024 * 1024

    public struct Draft: Content {
        public let id: UUID
        public let warnings: [String]
    }

    let tracker: Tracker
    let directory: Directory

    init(tracker: Tracker, directory: Directory) {
        self.tracker = tracker
        self.directory = directory
    }

    /// For the command line, outside any request.
    public init(app: Application) {
        let context = app.dondoc
        tracker = Tracker(db: app.db, gate: context.gate, clock: context.clock, organisationID: context.organisationID)
        directory = Directory(db: app.db, gate: context.gate)
    }

    public func receive(bytes: [UInt8], fileName: String, by actor: Actor) async throws -> Draft {
        let options = ExtractionOptions(units: try await directory.unitDirectory(), calendar: try await directory.workCalendar(),
                                        asOf: tracker.clock.today())
        // A PDF waits on pdftotext and a long document takes the extractor a
        // while: neither may hold the event loop the request came in on.
        let (source, extraction) = try await BlockingWork.run { () throws -> (SourceText, ExtractedDocument) in
            let source: SourceText
            do throws(ReadError) {
                source = try DocumentReader.read(bytes: bytes, fileName: fileName, options: ReadOptions(maxFileBytes: Self.maxBytes))
            } catch {
                throw TrackingError(.invalid, error.message)
            }
            return (source, Extractor.extract(source, options: options))
        }
        var input = NewDocument(fileName: fileName, format: source.format.rawValue, original: Data(bytes), text: source.text)
        let metadata = extraction.document
        input.docType = metadata.type
        input.number = metadata.number
        input.issuer = metadata.issuer
        input.issuedOn = metadata.date?.description
        input.subject = metadata.subject
        input.signer = metadata.signer
        let json = String(decoding: try JSONEncoder().encode(extraction), as: UTF8.self)
        let id = try await tracker.draft(input, extractionJSON: json, by: actor)
        return Draft(id: id, warnings: source.warnings)
    }

    public func receive(file path: String, by actor: Actor = .system) async throws -> Draft {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw TrackingError(.invalid, "Không đọc được tệp \(path): không có tệp này (hoặc đó là một thư mục).")
        }
        // Measured before reading, so a huge file is refused without being loaded.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Self.maxBytes {
            throw TrackingError(.invalid, ReadError.fileTooLarge(bytes: size, limit: Self.maxBytes).message)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TrackingError(.invalid, "Không đọc được tệp \(path): không có quyền đọc.")
        }
        return try await receive(bytes: Array(data), fileName: (path as NSString).lastPathComponent, by: actor)
    }
}

/// What a browser form or an API client sends: a file, base64 content with
/// its name, or pasted text.
struct Upload: Content {
    var file: File?
    var text: String?
    var fileName: String?
    var contentBase64: String?

    func bytes() throws -> ([UInt8], String) {
        if let file, file.data.readableBytes > 0 {
            return (Array(file.data.readableBytesView), file.filename)
        }
        if let contentBase64 {
            guard let data = Data(base64Encoded: contentBase64) else {
                throw Abort(.unprocessableEntity, reason: "Nội dung tệp (base64) không hợp lệ.")
            }
            return (Array(data), fileName ?? "van-ban.txt")
        }
        if let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return (Array(text.utf8), "van-ban-dan.txt")
        }
        throw Abort(.unprocessableEntity, reason: "Chưa chọn tệp hoặc dán nội dung văn bản.")
    }
}

extension Request {
    func receiveUpload(by principal: Principal) async throws -> DocumentIntake.Draft {
        let (bytes, fileName) = try content.decode(Upload.self).bytes()
        return try await DocumentIntake(tracker: tracker, directory: directory).receive(bytes: bytes, fileName: fileName, by: principal.actor)
    }
}

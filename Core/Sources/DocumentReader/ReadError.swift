/// Why a document could not be read. `message` is shown to the user as is.
public enum ReadError: Error, Sendable, Hashable {
    case unknownType(fileName: String)
    case emptyFile
    case fileTooLarge(bytes: Int, limit: Int)
    case brokenArchive(detail: String)
    case zipBomb(limit: Int)
    case docxWithoutDocument
    case pdfToolMissing
    case pdfToolFailed(detail: String)
    case pdfWithoutText
    case undecodableText

    /// A plain Vietnamese sentence for the clerk who uploaded the file.
    public var message: String {
        switch self {
        case .unknownType(let fileName):
            let lower = fileName.lowercased()
            if lower.hasSuffix(".doc") || lower.hasSuffix(".rtf") || lower.hasSuffix(".odt") {
                // Old Word files are common in offices; say how to get a readable one.
                return "Không đọc được tệp \"\(fileName)\": hãy mở tệp bằng Word và lưu lại dưới dạng .docx (hoặc .pdf) rồi tải lên."
            }
            return "Không đọc được tệp \"\(fileName)\": chỉ hỗ trợ tệp .txt, .md, .docx và .pdf."
        case .emptyFile:
            return "Tệp rỗng, không có nội dung để đọc."
        case .fileTooLarge(let bytes, let limit):
            return "Tệp quá lớn (\(Self.megabytes(bytes))), giới hạn cho phép là \(Self.megabytes(limit))."
        case .brokenArchive:
            return "Tệp .docx bị hỏng hoặc không đầy đủ, không mở được. Hãy lưu lại tệp bằng Word rồi tải lên lần nữa."
        case .zipBomb(let limit):
            return "Tệp .docx giải nén ra quá lớn (vượt \(Self.megabytes(limit))), có thể là tệp độc hại nên không đọc."
        case .docxWithoutDocument:
            return "Tệp .docx không có phần nội dung văn bản (word/document.xml)."
        case .pdfToolMissing:
            return "Không đọc được PDF: chưa cài gói poppler-utils (pdftotext)"
        case .pdfToolFailed:
            return "Không đọc được PDF: tệp bị hỏng, có mật khẩu hoặc công cụ pdftotext gặp lỗi."
        case .pdfWithoutText:
            return "Tệp PDF không có lớp chữ (có thể là bản quét ảnh), cần nhận dạng chữ (OCR) trước khi tải lên."
        case .undecodableText:
            return "Không nhận ra bảng mã của tệp văn bản. Hãy lưu tệp dưới dạng Unicode (UTF-8) rồi tải lên lần nữa."
        }
    }

    /// Technical detail for logs (English, not for users).
    public var detail: String? {
        switch self {
        case .brokenArchive(let detail), .pdfToolFailed(let detail): return detail
        default: return nil
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }
}

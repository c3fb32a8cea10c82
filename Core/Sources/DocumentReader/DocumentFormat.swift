/// The file formats dondoc reads.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, docx, pdf

    /// Guesses the format from the file's first bytes, falling back to its name's extension.
    /// Bytes win over the name: a ".doc" that is really a DOCX zip is read as DOCX.
    public static func detect(fileName: String, prefix: some Collection<UInt8>) -> DocumentFormat? {
        let head = Array(prefix.prefix(5))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }          // "PK\3\4"
        if head.starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }     // "%PDF-"
        let lower = fileName.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return .text }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "docx": return .docx
        case "pdf": return .pdf
        default: return nil
        }
    }
}

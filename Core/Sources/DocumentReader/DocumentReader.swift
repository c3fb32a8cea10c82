/// Reads an uploaded document (.txt, .md, .docx, .pdf) into normalised text.
public enum DocumentReader {
    public static func read(bytes: [UInt8], fileName: String, options: ReadOptions = .init()) throws(ReadError) -> SourceText {
        guard !bytes.isEmpty else { throw .emptyFile }
        guard bytes.count <= options.maxFileBytes else {
            throw .fileTooLarge(bytes: bytes.count, limit: options.maxFileBytes)
        }
        guard let format = DocumentFormat.detect(fileName: fileName, prefix: bytes.prefix(8)) else {
            throw .unknownType(fileName: fileName)
        }
        switch format {
        case .text, .markdown:
            return try PlainTextReader.read(bytes: bytes, format: format)
        case .docx:
            let raw = try DocxReader.text(of: bytes, options: options)
            return try normalized(raw.text, format: .docx, warnings: raw.warnings)
        case .pdf:
            let raw = try options.pdfTool.text(ofPDF: bytes)
            guard raw.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .pdfWithoutText }
            return try normalized(raw, format: .pdf, warnings: [])
        }
    }

    /// Normalises text that came out of a DOCX or a PDF (already Unicode).
    static func normalized(_ raw: String, format: DocumentFormat, warnings: [String]) throws(ReadError) -> SourceText {
        guard let output = TextNormalizer.normalize(utf8: Array(raw.utf8)) else { throw .undecodableText }
        return SourceText(text: String(decoding: output.utf8, as: UTF8.self), format: format,
                          warnings: warnings, offsetMap: OffsetMap.identity.appending(output.step))
    }
}

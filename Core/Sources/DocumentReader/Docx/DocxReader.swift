/// Reads the text of a DOCX: the main document part, with list numbers
/// rebuilt from the numbering part and legacy-font runs converted.
enum DocxReader {
    struct Output {
        var text: String
        var warnings: [String]
    }

    static func text(of bytes: [UInt8], options: ReadOptions) throws(ReadError) -> Output {
        var archive = try DocxArchive(bytes: bytes, options: options)
        guard let document = try archive.part("word/document.xml") else { throw .docxWithoutDocument }
        let styles = try archive.part("word/styles.xml").map(DocxStyles.init(xml:)) ?? DocxStyles()
        let numbering = try archive.part("word/numbering.xml").map(NumberingDefinitions.init(xml:)) ?? NumberingDefinitions()
        var builder = DocxTextBuilder(styles: styles, numbering: numbering)
        builder.read(document)
        var warnings = [String]()
        if !builder.legacyEncodings.isEmpty {
            let names = builder.legacyEncodings.map(\.displayName).sorted().joined(separator: ", ")
            warnings.append("Văn bản có đoạn gõ bằng phông chữ cũ (bảng mã \(names)); đã chuyển sang Unicode. Hãy kiểm tra lại nội dung.")
        }
        return Output(text: builder.text, warnings: warnings)
    }
}

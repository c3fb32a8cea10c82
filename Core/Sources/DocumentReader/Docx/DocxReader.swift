/// Reads the text of a DOCX: the main document part, with list numbers
/// rebuilt from the numbering part and legacy-font runs converted.
enum DocxReader {
    struct Output {
        var text: String
        var warnings: [String]
    }

    static func text(of bytes: [UInt8], options: ReadOptions) throws(ReadError) -> Output {
        var archive = try DocxArchive(bytes: bytes, options: options)
        guard let document = try mainPart(of: &archive) else { throw .docxWithoutDocument }
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

    /// Word names the main part "word/document.xml"; other writers may name
    /// it differently, and the package relationships say where it is.
    private static func mainPart(of archive: inout DocxArchive) throws(ReadError) -> [UInt8]? {
        if let document = try archive.part("word/document.xml") { return document }
        guard let relationships = try archive.part("_rels/.rels") else { return nil }
        var scanner = XMLScanner(relationships)
        while let token = scanner.next() {
            guard case .start(let tag) = token, tag.is("Relationship"),
                  tag.attribute("Type")?.hasSuffix("/officeDocument") == true,
                  let target = tag.attribute("Target") else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : target
            return try archive.part(path)
        }
        return nil
    }
}

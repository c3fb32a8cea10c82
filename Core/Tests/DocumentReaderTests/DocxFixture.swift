import Foundation
import ZIPFoundation

/// Builds small DOCX packages in memory for the tests: the XML parts are
/// written out in the tests, so each test shows exactly what Word would store.
enum DocxFixture {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A package with the given parts (path → content), deflated like Word does.
    static func package(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, content) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(content.count),
                                 compressionMethod: .deflate) { position, size in
                Data(content[Int(position)..<(Int(position) + size)])
            }
        }
        return [UInt8](archive.data!)
    }

    static func package(document body: String, numbering: String? = nil, styles: String? = nil) throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)),
            ("word/document.xml", Array(document(body).utf8)),
        ]
        if let numbering { parts.append(("word/numbering.xml", Array(wrap("w:numbering", numbering).utf8))) }
        if let styles { parts.append(("word/styles.xml", Array(wrap("w:styles", styles).utf8))) }
        return try package(parts)
    }

    static func document(_ body: String) -> String {
        wrap("w:document", "<w:body>\(body)<w:sectPr/></w:body>")
    }

    static func wrap(_ root: String, _ content: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<\#(root) xmlns:w="\#(wordNamespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\#(content)</\#(root)>"#
    }

    /// A paragraph of plain runs.
    static func paragraph(_ text: String, numID: Int? = nil, level: Int = 0, style: String? = nil) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if let numID { properties += #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(numID)"/></w:numPr>"# }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return #"<w:p>\#(pPr)<w:r><w:t xml:space="preserve">\#(escaped(text))</w:t></w:r></w:p>"#
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}

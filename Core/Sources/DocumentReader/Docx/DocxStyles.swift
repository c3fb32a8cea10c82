/// What the reader needs from `word/styles.xml`: which paragraph styles
/// carry list numbering (headings numbered "1.", "1.1." through their
/// style) and which fonts styles use (to spot legacy 8-bit Vietnamese fonts).
struct DocxStyles {
    struct Style {
        var basedOn: String?
        var numID: String?
        var levelIndex: Int?
        var font: String?
    }

    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?
    var defaultFont: String?

    init() {}

    init(xml: [UInt8]) {
        var scanner = XMLScanner(xml)
        var current: (id: String, style: Style)?
        var inDefaults = false
        var inParagraphProperties = false
        while let token = scanner.next() {
            switch token {
            case .start(let tag):
                if tag.is("w:style") {
                    let id = tag.attribute("w:styleId") ?? ""
                    current = (id, Style())
                    if tag.attribute("w:type") == "paragraph", tag.attribute("w:default") == "1" {
                        defaultParagraphStyle = id
                    }
                } else if tag.is("w:docDefaults") {
                    inDefaults = true
                } else if tag.is("w:pPr") {
                    inParagraphProperties = true
                } else if tag.is("w:basedOn") {
                    current?.style.basedOn = tag.attribute("w:val")
                } else if tag.is("w:numId"), inParagraphProperties {
                    current?.style.numID = tag.attribute("w:val")
                } else if tag.is("w:ilvl"), inParagraphProperties {
                    current?.style.levelIndex = tag.attribute("w:val").flatMap { Int($0) }
                } else if tag.is("w:rFonts") {
                    let font = tag.attribute("w:ascii") ?? tag.attribute("w:hAnsi")
                    if inDefaults {
                        defaultFont = font ?? defaultFont
                    } else if let font {
                        current?.style.font = font
                    }
                }
            case .end(let name, _):
                if XMLTag.equal(name, "w:style"), let finished = current {
                    styles[finished.id] = finished.style
                    current = nil
                } else if XMLTag.equal(name, "w:docDefaults") {
                    inDefaults = false
                } else if XMLTag.equal(name, "w:pPr") {
                    inParagraphProperties = false
                }
            case .text:
                break
            }
        }
    }

    /// The list a paragraph style numbers its paragraphs with, following
    /// "based on" links (a style may inherit numbering from its parent).
    func numbering(ofStyle id: String) -> (numID: String, levelIndex: Int?)? {
        var next: String? = id
        var seen = Set<String>()
        var levelIndex: Int?
        while let styleID = next, seen.insert(styleID).inserted, let style = styles[styleID] {
            levelIndex = levelIndex ?? style.levelIndex
            if let numID = style.numID { return (numID, levelIndex) }
            next = style.basedOn
        }
        return nil
    }

    /// The font a paragraph's text is set in when its runs name none.
    func font(ofParagraphStyle id: String?) -> String? {
        font(of: id ?? defaultParagraphStyle) ?? defaultFont
    }

    /// The font a style (paragraph or character) sets, following "based on" links.
    func font(of id: String?) -> String? {
        var next = id
        var seen = Set<String>()
        while let styleID = next, seen.insert(styleID).inserted, let style = styles[styleID] {
            if let font = style.font { return font }
            next = style.basedOn
        }
        return nil
    }
}

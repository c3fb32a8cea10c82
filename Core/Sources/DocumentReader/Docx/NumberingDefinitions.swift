/// The list definitions of `word/numbering.xml`: how each list level
/// renders its number ("%1.%2.", decimal, lower letter...), where it starts
/// and when it restarts.
///
/// Word does not store the numbers of automatic lists in the text, and
/// Vietnamese administrative documents number their tasks that way ("1.",
/// "2.1.", "a)"), so the reader rebuilds each paragraph's label.
struct NumberingDefinitions {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// Restart after a paragraph of a level below this (0-based) index;
        /// nil means "after any higher level", Word's default.
        var restartBelow: Int?
        var legal = false                // w:isLgl: show all levels as decimals
        var suffix = " "                 // tab or space → " ", nothing → ""
        var style: String?               // w:pStyle linking the level to a paragraph style
    }

    struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]
    /// Abstract lists defined only as a link to a numbering style (w:numStyleLink).
    var styleLinks: [String: String] = [:]

    init() {}

    init(xml: [UInt8]) {
        var scanner = XMLScanner(xml)
        var abstractID: String?
        var instanceID: String?
        var level: Level?
        var levelIndex = 0
        var overrideIndex: Int?
        while let token = scanner.next() {
            switch token {
            case .start(let tag):
                if tag.is("w:abstractNum") {
                    abstractID = tag.attribute("w:abstractNumId")
                    if let abstractID { abstracts[abstractID] = [:] }
                } else if tag.is("w:num") {
                    instanceID = tag.attribute("w:numId")
                } else if tag.is("w:abstractNumId"), let instanceID, let value = tag.attribute("w:val") {
                    instances[instanceID] = Instance(abstractID: value)
                } else if tag.is("w:lvlOverride") {
                    overrideIndex = tag.attribute("w:ilvl").flatMap { Int($0) }
                } else if tag.is("w:startOverride"), let instanceID, let overrideIndex,
                          let value = Self.startValue(tag.attribute("w:val")) {
                    instances[instanceID]?.startOverrides[overrideIndex] = value
                } else if tag.is("w:lvl") {
                    levelIndex = tag.attribute("w:ilvl").flatMap { Int($0) } ?? 0
                    level = Level()
                } else if tag.is("w:numStyleLink"), let abstractID, let value = tag.attribute("w:val") {
                    styleLinks[abstractID] = value
                } else if level != nil {
                    read(tag, into: &level!)
                }
            case .end(let name, _):
                if XMLTag.equal(name, "w:lvl"), let finished = level {
                    if let instanceID, let overrideIndex {
                        instances[instanceID]?.levelOverrides[overrideIndex] = finished
                    } else if let abstractID {
                        abstracts[abstractID]?[levelIndex] = finished
                    }
                    level = nil
                } else if XMLTag.equal(name, "w:abstractNum") {
                    abstractID = nil
                } else if XMLTag.equal(name, "w:num") {
                    instanceID = nil
                } else if XMLTag.equal(name, "w:lvlOverride") {
                    overrideIndex = nil
                }
            case .text:
                break
            }
        }
    }

    private func read(_ tag: XMLTag, into level: inout Level) {
        let value = tag.attribute("w:val")
        if tag.is("w:start") {
            level.start = Self.startValue(value) ?? 1
        } else if tag.is("w:numFmt") {
            level.format = value ?? "decimal"
        } else if tag.is("w:lvlText") {
            // Word's templates are a few characters ("%1.%2."); a crafted long one
            // would be copied in front of every item, so it is cut.
            level.text = String(String.UnicodeScalarView((value ?? "").unicodeScalars.prefix(64)))
        } else if tag.is("w:lvlRestart") {
            level.restartBelow = value.flatMap { Int($0) }
        } else if tag.is("w:isLgl") {
            level.legal = value.map { $0 != "0" && $0 != "false" } ?? true
        } else if tag.is("w:suff") {
            level.suffix = value == "nothing" ? "" : " "
        } else if tag.is("w:pStyle") {
            level.style = value
        }
    }

    /// A list's start value, kept within what Word accepts (0...32767) so
    /// that a crafted value cannot overflow the counter.
    private static func startValue(_ text: String?) -> Int? {
        text.flatMap { Int($0) }.map { min(max($0, 0), 32_767) }
    }

    /// The level definition `index` of list instance `numID`, following
    /// overrides and links to numbering styles.
    func level(_ index: Int, of numID: String, styles: DocxStyles) -> Level? {
        guard let instance = instances[numID] else { return nil }
        if let override = instance.levelOverrides[index] { return override }
        return abstractLevels(of: numID, styles: styles)?[index]
    }

    /// The abstract list whose counters a list instance uses.
    func abstractID(of numID: String, styles: DocxStyles) -> String? {
        guard var abstractID = instances[numID]?.abstractID else { return nil }
        // A list defined as "use numbering style X" takes the definition of
        // the list that style points to (one hop is all Word writes).
        if let style = styleLinks[abstractID], let linkedNum = styles.numbering(ofStyle: style)?.numID,
           let linked = instances[linkedNum]?.abstractID {
            abstractID = linked
        }
        return abstractID
    }

    private func abstractLevels(of numID: String, styles: DocxStyles) -> [Int: Level]? {
        abstractID(of: numID, styles: styles).flatMap { abstracts[$0] }
    }
}

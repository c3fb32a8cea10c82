/// A small pull scanner for the machine-written XML inside DOCX files.
///
/// It does only what reading Word's parts needs: element starts (with their
/// attributes left raw until asked for), element ends and text. No DTDs, no
/// namespace resolution (Word always writes the "w:" prefix), no validation:
/// malformed input ends the scan early or yields odd tokens, never a crash.
struct XMLScanner {
    enum Token {
        case start(XMLTag)
        /// `selfClosing`: the end implied by a tag written as `<x/>`.
        case end(name: ArraySlice<UInt8>, selfClosing: Bool)
        case text(ArraySlice<UInt8>)      // raw, entities not yet decoded
    }

    private let bytes: [UInt8]
    private var position: Int
    /// The end token owed by a self-closing tag just returned.
    private var pendingEnd: ArraySlice<UInt8>?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    mutating func next() -> Token? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name, selfClosing: true)
        }
        let n = bytes.count
        while position < n {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < n && bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(bytes[start..<position])
            }
            guard position + 1 < n else { position = n; return nil }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                position = skip(past: [UInt8(ascii: "?"), UInt8(ascii: ">")], from: position + 2)
            case UInt8(ascii: "!"):
                if matches("<![CDATA[", at: position) {
                    let start = position + 9
                    let end = find([0x5D, 0x5D, 0x3E], from: start) ?? n     // "]]>"
                    position = min(end + 3, n)
                    // Word never writes CDATA; if another tool does, it is text.
                    return .text(bytes[start..<end])
                }
                if matches("<!--", at: position) {
                    position = skip(past: Array("-->".utf8), from: position + 4)
                } else {
                    position = skip(past: [UInt8(ascii: ">")], from: position + 2)
                }
            case UInt8(ascii: "/"):
                let nameStart = position + 2
                var end = nameStart
                while end < n && !isNameEnd(bytes[end]) { end += 1 }
                let name = bytes[nameStart..<end]
                position = skip(past: [UInt8(ascii: ">")], from: end)
                return .end(name: name, selfClosing: false)
            default:
                let nameStart = position + 1
                var end = nameStart
                while end < n && !isNameEnd(bytes[end]) { end += 1 }
                let name = bytes[nameStart..<end]
                // Find the closing ">" outside quoted attribute values.
                var k = end
                var quote: UInt8 = 0
                while k < n {
                    let b = bytes[k]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        quote = b
                    } else if b == UInt8(ascii: ">") {
                        break
                    }
                    k += 1
                }
                guard k < n else { position = n; return nil }
                let selfClosing = k > end && bytes[k - 1] == UInt8(ascii: "/")
                let attributes = bytes[end..<(selfClosing ? k - 1 : k)]
                position = k + 1
                if selfClosing { pendingEnd = name }
                return .start(XMLTag(name: name, attributes: attributes, isSelfClosing: selfClosing))
            }
        }
        return nil
    }

    private func isNameEnd(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
    }

    private func matches(_ literal: String, at i: Int) -> Bool {
        var k = i
        for b in literal.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    private func skip(past pattern: [UInt8], from start: Int) -> Int {
        guard let found = find(pattern, from: start) else { return bytes.count }
        return found + pattern.count
    }
}

/// An element's start tag, with its attributes parsed on demand.
struct XMLTag {
    let name: ArraySlice<UInt8>
    let attributes: ArraySlice<UInt8>
    let isSelfClosing: Bool

    func `is`(_ qualifiedName: StaticString) -> Bool {
        XMLTag.equal(name, qualifiedName)
    }

    /// The decoded value of attribute `qualifiedName`, e.g. "w:val".
    func attribute(_ qualifiedName: StaticString) -> String? {
        var i = attributes.startIndex
        let end = attributes.endIndex
        while i < end {
            while i < end && (attributes[i] == 0x20 || attributes[i] == 0x09 || attributes[i] == 0x0A || attributes[i] == 0x0D) { i += 1 }
            let nameStart = i
            while i < end && attributes[i] != UInt8(ascii: "=") && attributes[i] != 0x20 { i += 1 }
            let attributeName = attributes[nameStart..<i]
            while i < end && attributes[i] != UInt8(ascii: "\"") && attributes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { return nil }
            let quote = attributes[i]
            let valueStart = i + 1
            var valueEnd = valueStart
            while valueEnd < end && attributes[valueEnd] != quote { valueEnd += 1 }
            if XMLTag.equal(attributeName, qualifiedName) {
                return XMLEntities.decode(attributes[valueStart..<valueEnd])
            }
            i = valueEnd + 1
        }
        return nil
    }

    static func equal(_ bytes: ArraySlice<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        return name.withUTF8Buffer { bytes.elementsEqual($0) }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An .xlsx or .docx opened the way Office opens it: as a ZIP of XML parts.
struct OfficeFile {
    let archive: Archive

    init(_ bytes: [UInt8]) throws {
        archive = try Archive(data: Data(bytes), accessMode: .read)
    }

    var partNames: [String] { archive.map(\.path) }

    func part(_ path: String) throws -> String {
        guard let entry = archive[path] else { throw MissingPart(path: path) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// True when every part parses as XML (Office refuses the whole file otherwise).
    func allPartsAreWellFormed() throws -> Bool {
        for name in partNames {
            let parser = XMLParser(data: Data(try part(name).utf8))
            if !parser.parse() { return false }
        }
        return true
    }

    struct MissingPart: Error { let path: String }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}

import Foundation
import SQLKit

/// Reading a list row's columns without Codable's detours: SQLiteKit decodes
/// a `String?` through a decoder object made for the Optional (an allocation
/// and a dynamic cast per column), and a UUID from its text with sscanf.
/// A list page reads some 800 such columns.
extension SQLRow {
    func text(_ column: String) throws -> String {
        try decode(column: column, as: String.self)
    }

    func textIfPresent(_ column: String) throws -> String? {
        try decodeNil(column: column) ? nil : decode(column: column, as: String.self)
    }

    /// Both drivers read a uuid column as its text (PostgreSQL's in upper case, as SQLite's is stored).
    func uuid(_ column: String) throws -> UUID {
        let text = try text(column)
        guard let id = UUIDText.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not a UUID: \(text)"))
        }
        return id
    }

    func uuidIfPresent(_ column: String) throws -> UUID? {
        try decodeNil(column: column) ? nil : uuid(column)
    }
}

/// The 36 characters of a UUID ("8-4-4-4-12" hex digits, either case) read by hand.
enum UUIDText {
    static func parse(_ text: String) -> UUID? {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var text = text
        let parsed = text.withUTF8 { utf8 -> Bool in
            guard utf8.count == 36 else { return false }
            return withUnsafeMutableBytes(of: &bytes) { out in
                var at = 0
                for index in 0..<16 {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        guard utf8[at] == UInt8(ascii: "-") else { return false }
                        at += 1
                    }
                    guard let high = digit(utf8[at]), let low = digit(utf8[at + 1]) else { return false }
                    out[index] = high << 4 | low
                    at += 2
                }
                return true
            }
        }
        return parsed ? UUID(uuid: bytes) : nil
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

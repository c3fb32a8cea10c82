import Foundation

/// The 8-bit encodings of Vietnamese met in old files: TCVN3 (the ".Vn"
/// fonts of the ABC keyboard, TCVN 5712:1993 VN3), VNI-Windows (the "VNI-"
/// fonts) and Windows code page 1258.
public enum LegacyEncoding: String, Sendable, CaseIterable {
    case tcvn3, vni, windows1258

    /// The name shown to users in warnings.
    public var displayName: String {
        switch self {
        case .tcvn3: return "TCVN3 (ABC)"
        case .vni: return "VNI-Windows"
        case .windows1258: return "Windows-1258"
        }
    }

    /// Decodes bytes to Unicode. The result may hold base letters followed by
    /// combining marks (VNI and Windows-1258 type diacritics separately);
    /// the reader's NFC pass composes them.
    public func decode(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: decodeToUTF8(bytes), as: UTF8.self)
    }

    /// Decodes straight to UTF-8 bytes, each input byte's UTF-8 looked up in
    /// a table: a plain copy loop, linear and fast on files of megabytes.
    func decodeToUTF8(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let table = LegacyTables.utf8(of: self)
        var utf8 = [UInt8]()
        utf8.reserveCapacity(bytes.underestimatedCount * 2)
        table.bytes.withUnsafeBufferPointer { flat in
            table.ends.withUnsafeBufferPointer { ends in
                for byte in bytes {
                    let index = Int(byte)
                    let start = index == 0 ? 0 : Int(ends[index - 1])
                    utf8.append(contentsOf: UnsafeBufferPointer(rebasing: flat[start..<Int(ends[index])]))
                }
            }
        }
        return utf8
    }

    /// Encodes Unicode text, or nil when a character has no code (TCVN3
    /// has no capitals with tone marks). Used to write legacy test files
    /// and to check that decoding round-trips.
    public func encode(_ text: String) -> [UInt8]? {
        let codes = LegacyTables.encoder(for: self)
        var bytes = [UInt8]()
        for character in text.precomposedStringWithCanonicalMapping {
            guard let code = codes[character] else { return nil }
            bytes.append(contentsOf: code)
        }
        return bytes
    }
}

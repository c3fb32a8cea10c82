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
        let table: [[Unicode.Scalar]]
        switch self {
        case .tcvn3: table = LegacyTables.tcvn3
        case .vni: table = LegacyTables.vni
        case .windows1258: table = LegacyTables.windows1258
        }
        // Built as UTF-8 bytes: String.UnicodeScalarView.append(contentsOf:)
        // copies the whole string on every call, which made decoding quadratic.
        var utf8 = [UInt8]()
        utf8.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            for scalar in table[Int(byte)] { UTF8.encode(scalar) { utf8.append($0) } }
        }
        return String(decoding: utf8, as: UTF8.self)
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

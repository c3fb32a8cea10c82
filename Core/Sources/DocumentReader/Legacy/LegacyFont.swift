import Foundation

/// Recognises the legacy Vietnamese fonts by name, for DOCX runs typed in
/// them: the characters Word stores are the font's 8-bit codes.
enum LegacyFont {
    struct Kind: Equatable {
        var encoding: LegacyEncoding
        /// TCVN3 "H" fonts (".VnTimeH", ".VnArialH") draw every letter as a capital.
        var capitals: Bool
    }

    static func kind(ofFont name: String) -> Kind? {
        let lower = name.lowercased()
        if lower.hasPrefix(".vn") {
            return Kind(encoding: .tcvn3, capitals: lower.hasSuffix("h"))
        }
        if lower.hasPrefix("vni-") || lower.hasPrefix("vni ") || lower.hasPrefix("vni_") {
            return Kind(encoding: .vni, capitals: false)
        }
        return nil
    }

    /// Converts the text of a run set in a legacy font. Text that already
    /// holds Unicode Vietnamese letters was retyped after a font change and
    /// is kept as it is.
    static func convert(_ text: String, kind: Kind) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if (0x0100...0x01B0).contains(scalar.value) || (0x1EA0...0x1EF9).contains(scalar.value) { return text }
            guard let byte = LegacyTables.windows1252Byte(of: scalar) else { return text }
            bytes.append(byte)
        }
        let decoded = kind.encoding.decode(bytes)
        return kind.capitals ? decoded.precomposedStringWithCanonicalMapping.uppercased() : decoded
    }
}

/// Tells damaged UTF-8 (a file cut in the middle of a letter, a few bad
/// bytes) from text in a legacy 8-bit encoding, where valid multi-byte
/// UTF-8 sequences only occur by chance.
enum UTF8Damage {
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                if p[i] < 0x80 { i += 1; continue }
                if let (_, length) = TextNormalizer.decode(p, at: i) {
                    valid += 1
                    i += length
                } else {
                    invalid += 1
                    i += 1
                }
            }
        }
        return valid > 0 && valid >= 2 * invalid
    }
}

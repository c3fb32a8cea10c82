/// Recognises how a plain-text file spells Unicode: UTF-8 (with or without
/// a byte-order mark) or UTF-16 (with a mark, or without one when the zero
/// bytes give it away, as Notepad's "Unicode" files do), and returns UTF-8.
enum UnicodeTextDecoder {
    enum Encoding: Equatable {
        case utf8, utf8WithBOM, utf16LittleEndian, utf16BigEndian
    }

    /// The text's bytes as UTF-8 (not yet validated when the input already
    /// claims UTF-8), and the encoding it was found in.
    static func utf8Bytes(of bytes: [UInt8]) -> (utf8: [UInt8], encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), .utf8WithBOM) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian) }
        if let bigEndian = utf16WithoutMark(bytes) { return (utf16(bytes[...], bigEndian: bigEndian), bigEndian ? .utf16BigEndian : .utf16LittleEndian) }
        return (bytes, .utf8)
    }

    /// UTF-16 text of Latin-script words has a zero in most high bytes; 8-bit
    /// text has almost no zero bytes at all.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 || bytes.count > sample.count else { return nil }
        var zerosAtEven = 0, zerosAtOdd = 0
        for (k, b) in sample.enumerated() where b == 0 {
            if k % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let pairs = sample.count / 2
        if zerosAtOdd * 10 >= pairs * 4 && zerosAtEven * 20 < pairs { return false }
        if zerosAtEven * 10 >= pairs * 4 && zerosAtOdd * 20 < pairs { return true }
        return nil
    }

    /// Decodes UTF-16, replacing unpaired surrogates and a dangling odd byte with U+FFFD.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let first = UInt16(bytes[i]), second = UInt16(bytes[i + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            i += 2
        }
        if i < bytes.endIndex { units.append(0xFFFD) }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}

/// Checks a ZIP archive's directory before ZIPFoundation opens it.
///
/// ZIPFoundation trusts the offsets it reads; crafted ZIP64 values can make
/// it overflow an integer and trap. A DOCX never needs ZIP64 (its parts are
/// far below 4 GB), so the reader refuses ZIP64 and checks that every entry
/// of the central directory lies inside the file. Afterwards all offsets
/// are 32-bit and ZIPFoundation's arithmetic cannot overflow.
enum ZipPreflight {
    struct Summary {
        var entryCount: Int
        var declaredInflatedBytes: Int
        /// Where each entry's compressed bytes are, by path.
        var locations: [String: EntryLocation] = [:]
    }

    struct EntryLocation {
        var method: UInt16
        /// The compressed bytes, after the local header.
        var data: Range<Int>
    }

    static func check(_ bytes: [UInt8]) throws(ReadError) -> Summary {
        let n = bytes.count
        guard n >= 22 else { throw .brokenArchive(detail: "shorter than an end-of-directory record") }
        // The end-of-central-directory record is in the last 22 + 65535 bytes.
        var eocd = -1
        var i = n - 22
        while i >= max(0, n - 22 - 0xFFFF) {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw .brokenArchive(detail: "no end-of-central-directory record (truncated?)") }
        if eocd >= 20 && read32(bytes, eocd - 20) == 0x0706_4B50 {
            throw .brokenArchive(detail: "ZIP64 archives are not used by DOCX")
        }
        let entryCount = Int(read16(bytes, eocd + 10))
        let directorySize = Int(read32(bytes, eocd + 12))
        let directoryOffset = Int(read32(bytes, eocd + 16))
        guard entryCount != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw .brokenArchive(detail: "ZIP64 markers in the end-of-directory record")
        }
        guard directoryOffset + directorySize <= eocd else {
            throw .brokenArchive(detail: "central directory outside the file")
        }
        var position = directoryOffset
        var inflated = 0
        var locations = [String: EntryLocation]()
        for _ in 0..<entryCount {
            guard position + 46 <= eocd, read32(bytes, position) == 0x0201_4B50 else {
                throw .brokenArchive(detail: "damaged central directory entry")
            }
            let compressed = Int(read32(bytes, position + 20))
            let uncompressed = Int(read32(bytes, position + 24))
            let nameLength = Int(read16(bytes, position + 28))
            let extraLength = Int(read16(bytes, position + 30))
            let commentLength = Int(read16(bytes, position + 32))
            let localHeader = Int(read32(bytes, position + 42))
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, localHeader != 0xFFFF_FFFF else {
                throw .brokenArchive(detail: "ZIP64 entry")
            }
            guard localHeader + 30 <= directoryOffset, localHeader + 30 + compressed <= directoryOffset,
                  read32(bytes, localHeader) == 0x0403_4B50 else {
                throw .brokenArchive(detail: "entry data outside the file")
            }
            inflated += uncompressed
            guard position + 46 + nameLength <= eocd else { throw .brokenArchive(detail: "central directory overruns its end") }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            let dataStart = localHeader + 30 + Int(read16(bytes, localHeader + 26)) + Int(read16(bytes, localHeader + 28))
            guard dataStart + compressed <= directoryOffset else { throw .brokenArchive(detail: "entry data outside the file") }
            locations[name] = EntryLocation(method: read16(bytes, position + 10), data: dataStart..<(dataStart + compressed))
            position += 46 + nameLength + extraLength + commentLength
        }
        guard position <= eocd else { throw .brokenArchive(detail: "central directory overruns its end") }
        return Summary(entryCount: entryCount, declaredInflatedBytes: inflated, locations: locations)
    }

    private static func read16(_ b: [UInt8], _ i: Int) -> UInt16 {
        UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }

    private static func read32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}

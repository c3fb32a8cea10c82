/// Writes ZIP archives byte by byte, so tests can build what no zip library
/// would: lying size fields, tens of thousands of entries, truncated or
/// nested packages. Entries are stored (method 0) unless given as a deflate
/// stream with its inflated size and checksum.
struct RawZip {
    struct Entry {
        var path: String
        var data: [UInt8]
        /// The sizes written into the headers; nil writes the true ones.
        var declaredSize: UInt32? = nil
        /// For a deflated entry (method 8): the inflated size and CRC-32.
        var deflated: (size: UInt32, crc: UInt32)? = nil
    }

    var entries: [Entry] = []
    /// The entry count written in the end record; nil writes the true one.
    var declaredEntryCount: UInt16? = nil

    mutating func add(_ path: String, _ data: [UInt8], declaredSize: UInt32? = nil) {
        entries.append(Entry(path: path, data: data, declaredSize: declaredSize))
    }

    /// Adds `stream` (raw deflate) as the compressed form of `original`.
    mutating func add(_ path: String, deflateStream stream: [UInt8], of original: [UInt8]) {
        entries.append(Entry(path: path, data: stream, deflated: (UInt32(original.count), CRC32.checksum(original))))
    }

    var bytes: [UInt8] {
        var out = [UInt8]()
        var directory = [UInt8]()
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = entry.deflated?.crc ?? CRC32.checksum(entry.data)
            let compressed = entry.declaredSize ?? UInt32(entry.data.count)
            let size = entry.declaredSize ?? entry.deflated?.size ?? UInt32(entry.data.count)
            let method: UInt16 = entry.deflated == nil ? 0 : 8
            let offset = UInt32(out.count)
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
            out += le32(crc) + le32(compressed) + le32(size) + le16(UInt16(name.count)) + le16(0) + name + entry.data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
            directory += le32(crc) + le32(compressed) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0)
            directory += le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        let count = declaredEntryCount ?? UInt16(entries.count)
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
        out += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return out
    }

    private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
}

/// The ZIP checksum (CRC-32, polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

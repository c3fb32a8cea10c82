import Foundation
import ZIPFoundation

/// The parts of a DOCX package, inflated under a size budget so that a zip
/// bomb fails with a clear error instead of filling memory.
struct DocxArchive {
    private let archive: Archive
    private let bytes: [UInt8]
    private let locations: [String: ZipPreflight.EntryLocation]
    private let maxInflatedBytes: Int
    private let maxCompressionRatio: Int
    /// Bytes inflated so far, over all parts.
    private var inflatedBytes = 0

    init(bytes: [UInt8], options: ReadOptions) throws(ReadError) {
        let summary = try ZipPreflight.check(bytes)
        guard summary.declaredInflatedBytes <= options.maxInflatedBytes else {
            throw .zipBomb(limit: options.maxInflatedBytes)
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .brokenArchive(detail: "ZIPFoundation: \(error)")
        }
        self.bytes = bytes
        locations = summary.locations
        maxInflatedBytes = options.maxInflatedBytes
        maxCompressionRatio = options.maxCompressionRatio
    }

    /// The inflated bytes of part `path`, or nil when the package has no such part.
    mutating func part(_ path: String) throws(ReadError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { throw .brokenArchive(detail: "\(path) is not a file") }
        // Sizes in the directory can lie; count what actually comes out.
        let budget = maxInflatedBytes - inflatedBytes
        let ratioBudget = max(1 << 20, Int(entry.compressedSize) * maxCompressionRatio)
        let limit = min(budget, ratioBudget)
        guard let location = locations[entry.path] ?? locations[path] else {
            throw .brokenArchive(detail: "\(path) is not in the central directory")
        }
        var output = [UInt8]()
        output.reserveCapacity(min(Int(entry.uncompressedSize), limit))
        let consume: Consumer = { chunk in
            guard output.count + chunk.count <= limit else { throw Overflow() }
            output.append(contentsOf: chunk)
        }
        do {
            let checksum: CRC32
            switch location.method {
            case 0:
                let stored = Data(bytes[location.data])
                try consume(stored)
                checksum = stored.crc32(checksum: 0)
            case 8:
                // Inflated here rather than by Archive.extract: ZIPFoundation's
                // inflate loop keeps asking its file for input until the stream
                // ends, and a damaged stream that never ends made it spin forever
                // on empty reads. This provider fails when the entry's bytes run out.
                let data = location.data
                let bytes = self.bytes
                checksum = try Data.decompress(size: Int64(data.count), bufferSize: defaultReadChunkSize, skipCRC32: false,
                                               provider: { position, size in
                    let start = data.lowerBound + Int(position)
                    guard start < data.upperBound else { throw UnendingStream() }
                    // Always `size` bytes, zero-padded: ZIPFoundation tells zlib
                    // the chunk is that long whatever the provider returns.
                    let end = min(start + size, data.upperBound)
                    var chunk = Data(count: size)
                    chunk.replaceSubrange(0..<(end - start), with: bytes[start..<end])
                    return chunk
                }, consumer: consume)
            default:
                throw UnsupportedMethod(method: location.method)
            }
            guard checksum == entry.checksum else { throw ChecksumMismatch() }
        } catch is Overflow {
            throw .zipBomb(limit: maxInflatedBytes)
        } catch {
            throw .brokenArchive(detail: "cannot inflate \(path): \(error)")
        }
        inflatedBytes += output.count
        return output
    }

    private struct Overflow: Error {}
    private struct UnendingStream: Error {}
    private struct ChecksumMismatch: Error {}
    private struct UnsupportedMethod: Error { var method: UInt16 }
}

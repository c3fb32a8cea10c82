import Foundation
import ZIPFoundation

/// The parts of a DOCX package, inflated under a size budget so that a zip
/// bomb fails with a clear error instead of filling memory.
struct DocxArchive {
    private let archive: Archive
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
        var output = [UInt8]()
        output.reserveCapacity(min(Int(entry.uncompressedSize), limit))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard output.count + chunk.count <= limit else { throw Overflow() }
                output.append(contentsOf: chunk)
            }
        } catch is Overflow {
            throw .zipBomb(limit: maxInflatedBytes)
        } catch {
            throw .brokenArchive(detail: "cannot inflate \(path): \(error)")
        }
        inflatedBytes += output.count
        return output
    }

    private struct Overflow: Error {}
}

import Foundation
import ZIPFoundation

/// An Office Open XML package: named parts zipped together. XLSX and DOCX are
/// both this, differing only in their parts.
struct OfficePackage {
    private(set) var parts: [(path: String, xml: String)] = []

    mutating func add(_ path: String, _ xml: String) {
        parts.append((path, xml))
    }

    /// The zipped bytes. Entries carry a fixed timestamp so the same report
    /// gives the same file, which keeps exports comparable and cacheable.
    func zipped() throws(ExportError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let stamp = Date(timeIntervalSince1970: 1_577_836_800) // 2020-01-01
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: stamp, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ExportError.packaging("no archive data") }
            return [UInt8](data)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.packaging(String(describing: error))
        }
    }
}


import DocumentReader
import Extraction

/// libFuzzer entry point: every input is read as each text-bearing format the
/// reader accepts and, when it reads, extracted. A crash, a hang past
/// `-timeout` or memory past `-rss_limit_mb` is a finding; a thrown
/// `ReadError` is the correct answer to bad bytes and is ignored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    for fileName in ["fuzz.txt", "fuzz.md", "fuzz.docx"] {
        guard let source = try? DocumentReader.read(bytes: bytes, fileName: fileName) else { continue }
        _ = Extractor.extract(source)
    }
    return 0
}

import ArgumentParser
import DocumentReader
import Foundation
import SeededRandom

/// Measures reading + normalising a large synthetic Vietnamese text file,
/// next to Foundation's whole-string NFC on the same text as the baseline.
struct ReadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "DocumentReader throughput on synthetic Vietnamese text (MB/s).")

    @Option(help: "Size of the synthetic text in megabytes.")
    var megabytes = 32

    @Option(help: "Timed repetitions (the best is reported).")
    var repetitions = 3

    @Flag(help: "Time only reading NFC text (for profiling).")
    var readOnly = false

    @Option(help: "Also time reading this file (any supported format).")
    var file: String?

    func run() throws {
        let composed = SyntheticVietnamese.text(bytes: megabytes << 20)
        let decomposed = SyntheticVietnamese.text(bytes: megabytes << 20, decomposed: true)
        let options = ReadOptions(maxFileBytes: Int.max)
        let size = Double(composed.count) / 1_048_576

        // CPU time of this thread, not wall time: the figure is "MB/s on one
        // core" and stays meaningful on a machine shared with other jobs.
        func cpuSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }

        func best(_ label: String, _ bytes: Int, _ body: () throws -> Void) rethrows {
            var fastest = Double.infinity
            for _ in 0..<repetitions {
                let start = cpuSeconds()
                try body()
                fastest = min(fastest, cpuSeconds() - start)
            }
            let megabytes = Double(bytes) / 1_048_576
            print("\(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%8.1f MB/s  (%.3f s CPU for %.1f MB)", megabytes / fastest, fastest, megabytes))")
        }

        if let file {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            try best("DocumentReader.read, \((file as NSString).lastPathComponent)", bytes.count) {
                _ = try DocumentReader.read(bytes: bytes, fileName: file, options: options)
            }
        }
        print("Synthetic Vietnamese text: \(String(format: "%.1f", size)) MB")
        try best("DocumentReader.read, .txt (NFC input)", composed.count) {
            _ = try DocumentReader.read(bytes: composed, fileName: "bench.txt", options: options)
        }
        if readOnly { return }
        try best("DocumentReader.read, .txt (NFD input)", decomposed.count) {
            _ = try DocumentReader.read(bytes: decomposed, fileName: "bench.txt", options: options)
        }
        best("baseline: Foundation NFC of whole String", composed.count) {
            _ = String(decoding: composed, as: UTF8.self).precomposedStringWithCanonicalMapping
        }
        best("VietnameseFold.fold", composed.count) {
            _ = VietnameseFold.fold(String(decoding: composed, as: UTF8.self))
        }
    }
}

/// Deterministic administrative-style Vietnamese, with the Markdown
/// emphasis and numbering the converted sample files carry.
enum SyntheticVietnamese {
    static let words = """
        ủy ban nhân dân huyện xã phường thị trấn phòng tài chính kế hoạch giao chủ trì phối hợp thực hiện \
        báo cáo kết quả trước ngày tháng năm đôn đốc kiểm tra rà soát đất đai tài nguyên môi trường \
        văn hoá thông tin giáo dục đào tạo y tế nông nghiệp phát triển nông thôn kinh tế hạ tầng \
        thanh tra tư pháp nội vụ lao động thương binh xã hội công an quân sự chỉ đạo triển khai \
        nhiệm vụ trọng tâm khẩn trương nghiêm túc hiệu quả đúng quy định tổng hợp tham mưu đề xuất
        """.split(separator: " ").map(String.init)

    /// `decomposed` spells every letter as base + combining marks (NFD),
    /// as some Mac and web tools save text.
    static func text(bytes target: Int, decomposed: Bool = false) -> [UInt8] {
        let words = decomposed ? self.words.map(\.decomposedStringWithCanonicalMapping) : self.words
        var generator = SplitMix64(seed: 42)
        var out = [UInt8]()
        out.reserveCapacity(target + 1024)
        var item = 1
        while out.count < target {
            let label = item % 5 == 0 ? "**\(item / 5)\\.** " : "\(item / 5).\(item % 5). "
            out.append(contentsOf: label.utf8)
            let length = 12 + Int(generator.next() % 30)
            for k in 0..<length {
                let word = words[Int(generator.next() % UInt64(words.count))]
                if k == 0 { out.append(contentsOf: word.prefix(1).uppercased().utf8); out.append(contentsOf: word.dropFirst().utf8) }
                else if generator.next() % 40 == 0 { out.append(contentsOf: "*\(word)*".utf8) }
                else { out.append(contentsOf: word.utf8) }
                out.append(k == length - 1 ? UInt8(ascii: ".") : UInt8(ascii: " "))
            }
            out.append(contentsOf: "\r\n".utf8)
            item += 1
        }
        return out
    }
}

import ArgumentParser
import DocumentReader
import Extraction
import Foundation
import StressDocuments

/// `dondoc-bench extraction`: extraction throughput over a corpus of at least
/// 10 MB made from the fixtures, beside the throughput of merely reading and
/// NFC-normalising the same bytes in the same run (the baseline).
struct ExtractionBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Extractor.extract throughput (MB/s, documents/s) beside reading + NFC of the same bytes.")

    @Option(help: "Corpus size in megabytes (at least 10 for the issue's figure).")
    var megabytes = 12

    @Option(help: "Timed repetitions; the fastest is reported.")
    var repetitions = 3

    @Option(help: "Folders of seed documents (.txt, .md, .docx); default: Fixtures/corpus/docs and ../shared/corpus/seeds.")
    var seeds: [String] = []

    @Flag(help: "Time only extraction, once (for a profiler).")
    var extractOnly = false

    @Flag(help: "Time the pathological documents of the robustness tests instead.")
    var stress = false

    @Option(help: "With --stress: size of the large document in megabytes.")
    var largeMegabytes = 50

    @Option(help: "With --stress: run only the cases whose label contains this.")
    var only: String?

    func run() throws {
        if stress { return runStress() }
        let directories = seeds.isEmpty ? Self.defaultSeedDirectories() : seeds
        let seedTexts = BenchCorpus.loadSeeds(directories: directories)
        guard !seedTexts.isEmpty else {
            throw ValidationError("No seed documents found in \(directories.joined(separator: ", ")).")
        }
        let corpus = BenchCorpus.make(seeds: seedTexts, targetBytes: megabytes << 20)
        let documents = corpus.documents
        print("Corpus: \(documents.count) documents, \(String(format: "%.1f", Double(corpus.byteCount) / 1_048_576)) MB, "
              + "variants of \(seedTexts.count) seeds from \(directories.joined(separator: ", "))")

        let options = ReadOptions(maxFileBytes: Int.max)
        let sources = try documents.map { try DocumentReader.read(bytes: $0.bytes, fileName: $0.fileName, options: options) }
        if extractOnly {
            let seconds = Self.cpuSeconds { for source in sources { _ = Extractor.extract(source) } }
            print(String(format: "extract: %.3f s CPU", seconds))
            return
        }
        var taskCount = 0
        let rows = [
            Row(label: "baseline: UTF-8 decode + NFC (Foundation)", seconds: best {
                for document in documents {
                    _ = String(decoding: document.bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
                }
            }),
            Row(label: "baseline: DocumentReader.read", seconds: best {
                for document in documents { _ = try? DocumentReader.read(bytes: document.bytes, fileName: document.fileName, options: options) }
            }),
            Row(label: "Extractor.extract (on read text)", seconds: best {
                taskCount = 0
                for source in sources { taskCount += Extractor.extract(source).tasks.count }
            }),
            Row(label: "read + extract (end to end)", seconds: best {
                for document in documents {
                    if let source = try? DocumentReader.read(bytes: document.bytes, fileName: document.fileName, options: options) {
                        _ = Extractor.extract(source)
                    }
                }
            }),
        ]
        let baseline = rows[1].seconds
        let megabytes = Double(corpus.byteCount) / 1_048_576
        print("CPU time of one thread, fastest of \(repetitions); ratio = time / DocumentReader.read time")
        print("| step | bytes | docs | seconds | MB/s | docs/s | ratio to read |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            let figures = String(format: "%.3f | %.1f | %.0f | %.2f×", row.seconds, megabytes / row.seconds,
                                 Double(documents.count) / row.seconds, row.seconds / baseline)
            print("| \(row.label) | \(corpus.byteCount) | \(documents.count) | \(figures) |")
        }
        print("Tasks extracted per pass: \(taskCount)")
        print("Peak RSS (VmHWM): \(Self.peakResidentMegabytes().map { String(format: "%.0f MB", $0) } ?? "unknown")")
    }

    /// One extraction per case: time, scalars per second, tasks and output size.
    private func runStress() {
        print("| document | scalars | seconds | scalars/s | tasks | output scalars | peak RSS |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for (label, text) in StressDocuments.all(largeMegabytes: largeMegabytes) where only.map(label.contains) ?? true {
            let source = SourceText(text: text, format: .text)
            let scalars = text.unicodeScalars.count
            var document: ExtractedDocument?
            let seconds = Self.cpuSeconds { document = Extractor.extract(source) }
            let output = document!.tasks.reduce(0) { $0 + $1.text.unicodeScalars.count }
            let rss = Self.peakResidentMegabytes().map { String(format: "%.0f MB", $0) } ?? "?"
            print("| \(label) | \(scalars) | \(String(format: "%.3f", seconds)) | \(String(format: "%.2e", Double(scalars) / seconds)) | \(document!.tasks.count) | \(output) | \(rss) |")
        }
    }

    struct Row {
        var label: String
        var seconds: Double
    }

    private func best(_ body: () -> Void) -> Double {
        (0..<max(1, repetitions)).map { _ in Self.cpuSeconds(body) }.min()!
    }

    /// CPU time of this thread, not wall time: "MB/s on one core" stays
    /// meaningful on a machine shared with other jobs.
    static func cpuSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    /// The process's peak resident set, from /proc/self/status (Linux).
    static func peakResidentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return nil }
        return kilobytes / 1024
    }

    /// The repository's fixtures and the shared seeds, found from this source
    /// file's place (Core/Sources/dondoc-bench) or DONDOC_SHARED.
    static func defaultSeedDirectories() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = ProcessInfo.processInfo.environment["DONDOC_SHARED"]
            ?? root.deletingLastPathComponent().appendingPathComponent("shared").path
        return [root.appendingPathComponent("Fixtures/corpus/docs").path,
                (shared as NSString).appendingPathComponent("corpus/seeds")]
    }
}

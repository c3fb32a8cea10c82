import DocumentReader
import Foundation
import SeededRandom

/// A benchmark corpus of many documents made from a few real-looking ones:
/// the repository's fixtures and, when present, the shared seed documents.
///
/// Each variant shuffles the numbered items inside every run of "1. … 2. …"
/// items, renumbers them (sub-items "3.1." follow their item) and gives the
/// document a new number, so the corpus is not one string repeated and the
/// extractor meets the same genre in new arrangements.
struct BenchCorpus {
    struct Document {
        var fileName: String
        var bytes: [UInt8]
    }

    var documents: [Document]
    var byteCount: Int { documents.reduce(0) { $0 + $1.bytes.count } }

    /// Variants of `seeds` in turn until the corpus holds at least `targetBytes`.
    static func make(seeds: [(name: String, text: String)], targetBytes: Int) -> BenchCorpus {
        var random = SplitMix64(seed: 2026)
        var documents = [Document]()
        var total = 0
        var variant = 0
        while total < targetBytes, !seeds.isEmpty {
            let seed = seeds[variant % seeds.count]
            let text = DocumentVariant.make(from: seed.text, variant: variant, using: &random)
            let name = "variant-\(variant)-" + seed.name
            let bytes = Array(text.utf8)
            documents.append(Document(fileName: name, bytes: bytes))
            total += bytes.count
            variant += 1
        }
        return BenchCorpus(documents: documents)
    }

    /// The seed documents as normalised text (DOCX, UTF-16 and legacy-encoded
    /// fixtures are read once here; the corpus itself is UTF-8 text).
    static func loadSeeds(directories: [String]) -> [(name: String, text: String)] {
        var seeds = [(name: String, text: String)]()
        for directory in directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where [".txt", ".md", ".docx"].contains(where: name.hasSuffix) {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path),
                      let source = try? DocumentReader.read(bytes: [UInt8](data), fileName: name) else { continue }
                let textName = name.hasSuffix(".docx") ? String(name.dropLast(5)) + ".txt" : name
                seeds.append((textName, source.text))
            }
        }
        return seeds
    }
}

/// One rearranged copy of a document.
enum DocumentVariant {
    static func make(from text: String, variant: Int, using random: inout some RandomNumberGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        renumberDocument(&lines, variant: variant)
        var output = [String]()
        var index = 0
        while index < lines.count {
            guard itemNumber(lines[index]) != nil else { output.append(lines[index]); index += 1; continue }
            // A run of numbered items: each item runs to the next item or to a
            // heading that is not a numbered item ("II.", "Nơi nhận:").
            var items = [[String]]()
            while index < lines.count, itemNumber(lines[index]) != nil {
                var item = [lines[index]]
                index += 1
                while index < lines.count, itemNumber(lines[index]) == nil, !isHeading(lines[index]) {
                    item.append(lines[index]); index += 1
                }
                items.append(item)
            }
            items.shuffle(using: &random)
            for (position, item) in items.enumerated() {
                output.append(contentsOf: renumbered(item, to: position + 1))
            }
        }
        return output.joined(separator: "\n")
    }

    /// The number of an item line "3. …", "**3.** …" or "3.1. …" (its first number), if it is one.
    static func itemNumber(_ line: String) -> Int? {
        let scalars = Array(line.unicodeScalars.drop { $0 == " " || $0 == "*" || $0 == "\t" })
        func digit(_ k: Int) -> Int? {
            k < scalars.count && ("0"..."9").contains(scalars[k]) ? Int(scalars[k].value) - 48 : nil
        }
        var k = 0, value = 0
        while k < 2, let d = digit(k) { value = value * 10 + d; k += 1 }
        guard k > 0, k < scalars.count, scalars[k] == "." else { return nil }
        let next = k + 1 < scalars.count ? scalars[k + 1] : " "
        return next == " " || next == "*" || digit(k + 1) != nil ? value : nil
    }

    /// Roman-numbered headings and the closing block end a run of items.
    static func isHeading(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "*" || $0 == "#" }
        if trimmed.hasPrefix("Nơi nhận") { return true }
        let roman = trimmed.prefix { "IVX".contains($0) }
        return !roman.isEmpty && trimmed.dropFirst(roman.count).first == "."
    }

    /// Item `old` becomes `new` on its first line and in its sub-items "old.k.".
    static func renumbered(_ item: [String], to new: Int) -> [String] {
        guard let old = itemNumber(item[0]) else { return item }
        return item.map { line in
            guard itemNumber(line) == old, let range = line.range(of: "\(old).") else { return line }
            return line.replacingCharacters(in: range, with: "\(new).")
        }
    }

    /// A new document number on the "Số:" line, so no two variants share one.
    static func renumberDocument(_ lines: inout [String], variant: Int) {
        guard let k = lines.prefix(40).firstIndex(where: { $0.contains("Số:") || $0.contains("Số ") }),
              let colon = lines[k].range(of: "Số")?.upperBound else { return }
        let rest = lines[k][colon...]
        guard let digits = rest.firstIndex(where: \.isNumber) else { return }
        let end = rest[digits...].firstIndex { !$0.isNumber } ?? rest.endIndex
        lines[k].replaceSubrange(digits..<end, with: String(100 + variant))
    }
}

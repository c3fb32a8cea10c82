import DocumentReader
import Testing
@testable import Extraction

/// The extractor is total: odd input gives an answer, never a crash or a hang.
@Suite struct RobustnessTests {
    /// Pieces of the genre, shuffled into nonsense that still looks like documents.
    static let pieces = ["I.", "II.", "1.", "2.1.", "a)", "-", "+", "Điều 3.", "Giao", "Phòng Tài chính - Kế hoạch", "UBND các xã,",
                         "phối hợp với", "chủ trì", "trước ngày", "30/6/2023", "tháng 02/2024", "quý IV/2025", "Số:", "/UBND",
                         "1753-KL/TU", "(", ")", ":", ";", ".", "./.", "|", "\t", "\n", "\n\n", " ", "Nơi nhận:", "KT. CHỦ TỊCH",
                         "THÔNG BÁO", "V/v", "Kính gửi:", "Các phòng:", "và", "&", "ngày", "năm", "2024", "các", "Thủ trưởng",
                         "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Ð", "\u{0301}", "🙂", "\r\n"]

    @Test func shuffledPiecesOfTheGenre() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 0..<200, using: &rng)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined(separator: " ")
            let d = extract(text)
            let length = text.unicodeScalars.count
            for t in d.tasks {
                #expect(t.span.start >= 0 && t.span.end <= length && t.span.start <= t.span.end)
            }
        }
    }

    @Test func randomScalars() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<100 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<2000, using: &rng) {
                let v = UInt32.random(in: 0..<0x2000, using: &rng)
                if let s = Unicode.Scalar(v) { scalars.append(s) }
            }
            _ = extract(String(scalars))
        }
    }

    @Test func degenerateShapes() {
        _ = extract("")
        _ = extract("\n\n\n")
        _ = extract(String(repeating: "- ", count: 5000))
        _ = extract(String(repeating: "1.1.1.1.1.1.1.1.1.1.1.1.1.1 ", count: 500))
        _ = extract(String(repeating: "(", count: 10000) + "trước ngày 30/6/2023")
        _ = extract(String(repeating: "Phòng Kinh tế, ", count: 3000))
        _ = extract(String(repeating: "| a | b |\n", count: 2000))
        _ = extract(String(repeating: "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\n1\n", count: 500))
        _ = extract(String(repeating: "x", count: 200_000))
    }

    @Test func timeGrowsLinearly() {
        let unit = TaskRulesTests.notice
        let small = String(repeating: unit + "\n", count: 20)
        let large = String(repeating: unit + "\n", count: 160)
        let clock = ContinuousClock()
        _ = extract(small)
        let a = clock.measure { _ = extract(small) }
        let b = clock.measure { _ = extract(large) }
        // eight times the text: well under 8² times the work
        #expect(b < a * 24)
    }
}

import Foundation
import SeededRandom
import Testing
import DocumentReader

/// Every letter of the normalised text maps back to the original scalars it
/// came from, whatever mix of markup, line ends and decomposed letters
/// surrounds it.
@Suite struct OffsetMapTests {
    static let pieces = [
        "Việt".decomposedStringWithCanonicalMapping, "Nam", "**", "*", "_", "\r\n", "\n\n", "\u{00A0}", "\u{200B}",
        "đất", "hoá", "Ủy", " ", "  \n", "\\.", "1.", "ế".decomposedStringWithCanonicalMapping,
    ]

    @Test func everyLetterMapsBackToWhatItWasMadeFrom() throws {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<300 {
            let count = Int(generator.next() % 20) + 1
            let original = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            let source = try DocumentReader.read(bytes: Array(original.utf8), fileName: "x.md")
            let originalScalars = Array(original.unicodeScalars)
            for (k, scalar) in source.text.unicodeScalars.enumerated() where scalar.properties.isAlphabetic {
                let span = source.offsetMap.originalSpan(of: TextSpan(start: k, end: k + 1))
                let piece = String(String.UnicodeScalarView(originalScalars[span.start..<span.end]))
                #expect(piece.precomposedStringWithCanonicalMapping == String(scalar), "\(original.debugDescription) at \(k)")
            }
        }
    }
}

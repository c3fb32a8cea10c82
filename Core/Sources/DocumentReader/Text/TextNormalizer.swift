import Foundation

/// The first normalisation pass, over UTF-8 bytes: validates the encoding,
/// turns CRLF/CR (and vertical tab, form feed, U+2028/2029) into "\n", odd
/// spaces into " ", drops invisible scalars and control characters, and
/// recomposes decomposed letters to NFC.
///
/// Nearly all real text is already NFC, so bytes are copied in runs and only
/// the rare scalar that may change under NFC (a combining mark, say) is
/// handed to Foundation together with the letter before it. That keeps the
/// pass at memory speed instead of normalising the whole string.
enum TextNormalizer {
    struct Output {
        var utf8: [UInt8]
        var step: OffsetMap.Step
    }

    /// Nil when `input` is not valid UTF-8.
    static func normalize(utf8 input: [UInt8]) -> Output? {
        input.withUnsafeBufferPointer { normalize($0) }
    }

    private static func normalize(_ p: UnsafeBufferPointer<UInt8>) -> Output? {
        var out = [UInt8]()
        out.reserveCapacity(p.count)
        var step = OffsetMap.Step()
        let n = p.count
        var i = 0
        var inScalar = 0, outScalar = 0
        var runStart = 0            // start of the bytes still to copy verbatim
        // The last scalar written, which a following combining mark may join.
        var baseOutByte = -1, baseInScalar = 0, baseOutScalar = 0
        var composedClusters = [[UInt8]: (utf8: [UInt8], count: Int)]()

        func flush(upTo end: Int) {
            if runStart < end { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<end])) }
        }

        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b >= 0x20 && b != 0x7F || b == 0x09 || b == 0x0A {
                    baseOutByte = out.count + (i - runStart); baseInScalar = inScalar; baseOutScalar = outScalar
                    i += 1; inScalar += 1; outScalar += 1
                    continue
                }
                flush(upTo: i)
                var skipped = 0
                if b == 0x0D || b == 0x0B || b == 0x0C {
                    // CR, CRLF, vertical tab (Word's manual line break), form feed (page break).
                    out.append(0x0A)
                    i += 1; inScalar += 1; outScalar += 1
                    if b == 0x0D && i < n && p[i] == 0x0A { i += 1; inScalar += 1; skipped = 1 }
                } else {
                    i += 1; inScalar += 1; skipped = 1
                }
                step.mark(output: outScalar, input: inScalar, skipped: skipped)
                baseOutByte = -1
                runStart = i
                continue
            }
            // Vietnamese letters are Latin-1/Latin Extended (two bytes, lead
            // C3–CB) or Latin Extended Additional (three bytes, E1 B8–BB):
            // validate and keep them without decoding the scalar.
            if b >= 0xC3 && b <= 0xCB {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return nil }
                baseOutByte = out.count + (i - runStart); baseInScalar = inScalar; baseOutScalar = outScalar
                i += 2; inScalar += 1; outScalar += 1
                continue
            }
            if b == 0xE1, i + 2 < n, p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB, p[i + 2] & 0xC0 == 0x80 {
                baseOutByte = out.count + (i - runStart); baseInScalar = inScalar; baseOutScalar = outScalar
                i += 3; inScalar += 1; outScalar += 1
                continue
            }
            guard let (v, length) = decode(p, at: i) else { return nil }
            let kind = ScalarClass.of(v)
            if case .keep = kind {
                baseOutByte = out.count + (i - runStart); baseInScalar = inScalar; baseOutScalar = outScalar
                i += length; inScalar += 1; outScalar += 1
                continue
            }
            flush(upTo: i)
            switch kind {
            case .keep:
                break
            case .space, .lineBreak:
                baseOutByte = out.count; baseInScalar = inScalar; baseOutScalar = outScalar
                out.append(kind == .space ? 0x20 : 0x0A)
                i += length; inScalar += 1; outScalar += 1
            case .drop:
                i += length; inScalar += 1
                step.mark(output: outScalar, input: inScalar, skipped: 1)
            case .normalize:
                // Gather the base letter and every following scalar that may
                // change, and let Foundation compose and reorder them.
                var chunk = [UInt8]()
                var chunkInStart = inScalar, chunkOutStart = outScalar, chunkInCount = 0
                if baseOutByte >= 0 {
                    chunk.append(contentsOf: out[baseOutByte...])
                    out.removeSubrange(baseOutByte...)
                    chunkInStart = baseInScalar; chunkOutStart = baseOutScalar
                    chunkInCount = inScalar - baseInScalar
                }
                while i < n, p[i] >= 0x80, let (w, len) = decode(p, at: i), case .normalize = ScalarClass.of(w) {
                    chunk.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + len)]))
                    i += len; inScalar += 1; chunkInCount += 1
                }
                // Decomposed text repeats the same few hundred letter+marks
                // clusters; Foundation is asked once per distinct cluster.
                let composed: (utf8: [UInt8], count: Int)
                if let known = composedClusters[chunk] {
                    composed = known
                } else {
                    let string = String(decoding: chunk, as: UTF8.self).precomposedStringWithCanonicalMapping
                    composed = (Array(string.utf8), string.unicodeScalars.count)
                    if composedClusters.count < 4096 { composedClusters[chunk] = composed }
                }
                let composedCount = composed.count
                out.append(contentsOf: composed.utf8)
                step.markReplacement(output: chunkOutStart, input: chunkInStart,
                                     outputCount: composedCount, inputCount: chunkInCount)
                outScalar = chunkOutStart + composedCount
                baseOutByte = -1
            }
            runStart = i
        }
        flush(upTo: n)
        return Output(utf8: out, step: step)
    }

    /// Decodes the scalar starting at `i`; nil for malformed or truncated UTF-8.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let n = p.count
        let b0 = UInt32(p[i])
        @inline(__always) func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard i + k < n else { return nil }
            let c = p[i + k]
            return c >= low && c <= high ? UInt32(c & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { return nil }
            return ((b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard let c1 = cont(1, low, high), let c2 = cont(2) else { return nil }
            return ((b0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = cont(1, low, high), let c2 = cont(2), let c3 = cont(3) else { return nil }
            return ((b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return nil
        }
    }
}

/// How the normaliser treats one Unicode scalar.
enum ScalarClass {
    /// Copied as is, and known to be stable under NFC (never recomposes with
    /// what precedes it): the fast path for nearly all real text.
    case keep
    /// A space of another width (no-break, thin, em, ideographic...): becomes " ".
    case space
    /// A line or paragraph separator: becomes "\n".
    case lineBreak
    /// Invisible and meaningless in a document (zero-width space, soft hyphen,
    /// stray byte-order mark, C1 controls): dropped.
    case drop
    /// May change under NFC (combining marks, singletons, scripts we do not
    /// track): normalised together with the scalar before it.
    case normalize

    static func of(_ v: UInt32) -> ScalarClass {
        if v < 0x300 {
            switch v {
            case 0xA0: return .space
            case 0x85: return .lineBreak
            case 0xAD, 0x80...0x9F: return .drop
            default: return .keep
            }
        }
        switch v {
        case 0x1E00...0x1EFF:                       // Latin Extended Additional: Vietnamese letters
            return .keep
        case 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return .space
        case 0x200B, 0x2060, 0xFEFF:
            return .drop
        case 0x2028, 0x2029:
            return .lineBreak
        case 0x200C...0x2027, 0x2030...0x205E,       // punctuation, dashes, quotes
             0x20A0...0x20CF,                        // currency signs
             0x2100...0x2125, 0x2127...0x2129, 0x212C...0x218F, // letterlike, number forms
             0x2190...0x21FF,                        // arrows
             0x2460...0x24FF, 0x2500...0x27BF,       // enclosed numbers, boxes, shapes, dingbats
             0xE000...0xF8FF,                        // private use (old font symbols)
             0xFF01...0xFFEF:                        // full-width forms
            return .keep
        default:
            return .normalize
        }
    }
}

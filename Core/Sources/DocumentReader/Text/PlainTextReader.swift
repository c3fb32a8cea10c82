/// Reads .txt and .md files: finds the encoding, normalises, and strips
/// Markdown markup (the sample .txt files are Word documents converted to
/// Markdown, so both kinds get it).
enum PlainTextReader {
    static func read(bytes: [UInt8], format: DocumentFormat) throws(ReadError) -> SourceText {
        var warnings = [String]()
        let (utf8, encoding) = UnicodeTextDecoder.utf8Bytes(of: bytes)
        var first = TextNormalizer.normalize(utf8: utf8)
        if first == nil {
            if encoding == .utf8 && !UTF8Damage.isMostlyUTF8(utf8) {
                // Not Unicode: an old file in a Vietnamese 8-bit encoding.
                let legacy = try LegacyTextDecoder.decode(bytes)
                warnings.append(legacy.warning)
                first = TextNormalizer.normalize(utf8: legacy.utf8)
            } else {
                // UTF-8 (by its byte-order mark or its many valid sequences) with some damaged bytes.
                warnings.append("Tệp có một số ký tự hỏng, đã thay bằng dấu \u{FFFD}.")
                first = TextNormalizer.normalize(utf8: Array(String(decoding: utf8, as: UTF8.self).utf8))
            }
        }
        guard let first else { throw .undecodableText }
        let second = MarkdownCleaner.clean(utf8: first.utf8, headings: format == .markdown)
        let map = OffsetMap.identity.appending(first.step).appending(second.step)
        return SourceText(text: String(decoding: second.utf8, as: UTF8.self), format: format,
                          warnings: warnings, offsetMap: map)
    }
}

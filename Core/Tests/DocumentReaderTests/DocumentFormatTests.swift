import Testing
import DocumentReader

@Suite struct DocumentFormatTests {
    @Test func magicBytesWinOverTheName() {
        #expect(DocumentFormat.detect(fileName: "x.txt", prefix: Array("%PDF-1.7".utf8)) == .pdf)
        #expect(DocumentFormat.detect(fileName: "x.doc", prefix: [0x50, 0x4B, 0x03, 0x04, 0]) == .docx)
    }

    @Test func extensionsWhenBytesSayNothing() {
        #expect(DocumentFormat.detect(fileName: "Thong bao.MD", prefix: Array("# a".utf8)) == .markdown)
        #expect(DocumentFormat.detect(fileName: "a.xls", prefix: Array("abc".utf8)) == nil)
        #expect(DocumentFormat.detect(fileName: "noext", prefix: Array("abc".utf8)) == .text)
    }
}

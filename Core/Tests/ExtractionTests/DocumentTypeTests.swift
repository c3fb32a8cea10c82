import Testing
import Extraction

@Suite struct DocumentTypeTests {
    @Test func codesAreCaseSensitive() {
        #expect(DocumentType(code: "QyĐ").name == "Quy định")
        #expect(DocumentType(code: "QĐ").name == "Quyết định")
        #expect(DocumentType(code: "TTr").name == "Tờ trình")
        #expect(DocumentType(code: "TTR").name == nil)
    }

    @Test func legacyCodesMapToCurrentOnes() {
        #expect(DocumentType.legacyCodes["UQ"] == "GUQ")
        #expect(DocumentType(code: DocumentType.legacyCodes["GT"]!).name == "Giấy giới thiệu")
    }
}

/// Limits and outside tools for one read.
public struct ReadOptions: Sendable {
    /// Largest upload accepted, in bytes.
    public var maxFileBytes: Int
    /// Largest total size the parts of a DOCX may inflate to.
    public var maxInflatedBytes: Int
    /// Largest inflated/compressed ratio of one DOCX part. Word's XML
    /// compresses about 10:1; a ratio in the hundreds is a zip bomb.
    public var maxCompressionRatio: Int
    /// Turns PDF bytes into text.
    public var pdfTool: any PDFTextTool

    public init(
        maxFileBytes: Int = 32 * 1024 * 1024,
        maxInflatedBytes: Int = 64 * 1024 * 1024,
        maxCompressionRatio: Int = 200,
        pdfTool: any PDFTextTool = PopplerPDFTextTool()
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxInflatedBytes = maxInflatedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.pdfTool = pdfTool
    }
}

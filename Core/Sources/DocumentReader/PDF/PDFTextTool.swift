/// Turns the bytes of a PDF into its text layer, laid out as on the page.
///
/// A protocol because the live tool is an outside program (poppler's
/// pdftotext); tests and machines without it use another implementation.
public protocol PDFTextTool: Sendable {
    func text(ofPDF bytes: [UInt8]) throws(ReadError) -> String
}

/// A PDF tool that always answers the same text (or error), whatever the
/// bytes: for testing what the reader does with the tool's answer.
public struct FixedPDFTextTool: PDFTextTool {
    public var result: Result<String, ReadError>

    public init(text: String) { result = .success(text) }
    public init(error: ReadError) { result = .failure(error) }

    public func text(ofPDF bytes: [UInt8]) throws(ReadError) -> String {
        try result.get()
    }
}

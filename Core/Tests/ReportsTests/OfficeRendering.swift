import Foundation

/// Renders Office files the way a user would see them: LibreOffice converts to
/// PDF, pdftoppm draws the first page as PNG into <repo>/artifacts/reports/
/// (gitignored) for a person to look at. Absent tools make the caller skip.
enum OfficeRendering {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let artifacts = repositoryRoot.appendingPathComponent("artifacts/reports")

    static func tool(_ name: String) -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let path = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static var available: Bool { tool("soffice") != nil && tool("pdftoppm") != nil }

    /// Writes `bytes` as artifacts/reports/<name>, converts it to PDF and renders page 1.
    /// Returns the PNG path.
    static func renderFirstPage(_ bytes: [UInt8], name: String) throws -> URL {
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let file = artifacts.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        // A private profile per run: parallel tests (and other users) must not share one.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("dondoc-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try run(tool("soffice")!, ["-env:UserInstallation=file://\(profile.path)", "--headless",
                                   "--convert-to", "pdf", "--outdir", artifacts.path, file.path])
        let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
        let stem = file.deletingPathExtension().path
        try run(tool("pdftoppm")!, ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.path, stem])
        return URL(fileURLWithPath: stem + ".png")
    }

    /// The text of the converted PDF, to check that what users see holds the content.
    static func pdfText(of name: String) throws -> String {
        let pdf = artifacts.appendingPathComponent(name).deletingPathExtension().appendingPathExtension("pdf")
        guard let pdftotext = tool("pdftotext") else { return "" }
        return try run(pdftotext, ["-layout", pdf.path, "-"])
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailed(command: ([executable] + arguments).joined(separator: " "), status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct ToolFailed: Error { let command: String; let status: Int32 }
}

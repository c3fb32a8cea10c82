import Foundation

/// Runs `pdftotext -layout` (Debian package poppler-utils) on a temporary
/// copy of the PDF. `-layout` keeps table columns apart, which the header
/// block of an administrative document needs (issuer left, motto right).
public struct PopplerPDFTextTool: PDFTextTool {
    /// The pdftotext program; nil means "look it up on PATH when used".
    public var executable: String?
    public var timeoutSeconds: Double

    public init(executable: String? = nil, timeoutSeconds: Double = 30) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
    }

    /// Whether the program can be found (tests skip live PDF reading without it).
    public var isAvailable: Bool { resolvedExecutable() != nil }

    public func text(ofPDF bytes: [UInt8]) throws(ReadError) -> String {
        guard let program = resolvedExecutable() else { throw .pdfToolMissing }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dondoc-pdf-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .pdfToolFailed(detail: "cannot create temporary directory: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf")
        let output = directory.appendingPathComponent("out.txt")
        do {
            try Data(bytes).write(to: input)
        } catch {
            throw .pdfToolFailed(detail: "cannot write temporary PDF: \(error)")
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", input.path, output.path]
        // Output goes to a file, not a pipe: a large PDF would otherwise
        // fill the pipe buffer and block the tool while we wait for it.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .pdfToolFailed(detail: "cannot start \(program): \(error)")
        }
        if finished.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)    // ignored SIGTERM: do not leave it running
            }
            throw .pdfToolFailed(detail: "pdftotext took longer than \(timeoutSeconds) s")
        }
        guard process.terminationStatus == 0 else {
            throw .pdfToolFailed(detail: "pdftotext exited with status \(process.terminationStatus)")
        }
        guard let data = FileManager.default.contents(atPath: output.path) else {
            throw .pdfToolFailed(detail: "pdftotext wrote no output")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func resolvedExecutable() -> String? {
        if let executable {
            return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

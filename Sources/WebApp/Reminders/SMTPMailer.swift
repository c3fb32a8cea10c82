import Foundation

/// A small SMTP client (RFC 5321): EHLO, optional AUTH PLAIN, MAIL FROM, RCPT
/// TO, DATA, QUIT, over plain TCP. Runs on a background thread: the socket
/// calls block, with a timeout each.
public struct SMTPMailer: Mailer {
    public struct Refused: Error, CustomStringConvertible {
        public let description: String
    }

    let settings: SMTPSettings

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    public func send(_ message: MailMessage) async throws {
        let settings = settings
        try await BlockingWork.run { try Self.deliver(message, settings: settings) }
    }

    static func deliver(_ message: MailMessage, settings: SMTPSettings) throws {
        let socket = try LineSocket.connect(host: settings.host, port: settings.port, timeoutSeconds: settings.timeoutSeconds)
        defer { socket.close() }
        try expect(socket, 220, "lời chào")
        try command(socket, "EHLO dondoc.local", 250)
        if let user = settings.username, !user.isEmpty {
            let token = Data("\0\(user)\0\(settings.password ?? "")".utf8).base64EncodedString()
            try command(socket, "AUTH PLAIN \(token)", 235)
        }
        try command(socket, "MAIL FROM:<\(address(settings.from))>", 250)
        try command(socket, "RCPT TO:<\(address(message.to))>", 250, 251)
        try command(socket, "DATA", 354)
        try socket.write(message.rendered() + "\r\n.\r\n")
        try expect(socket, 250, "nội dung thư")
        try? socket.write("QUIT\r\n")
    }

    /// The bare address of "Name <a@b>" or "a@b"; CR and LF removed so no
    /// header can smuggle a command.
    static func address(_ text: String) -> String {
        var value = text
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            value = String(text[text.index(after: open)..<close])
        }
        return value.filter { $0 != "\r" && $0 != "\n" && $0 != "<" && $0 != ">" }.trimmingCharacters(in: .whitespaces)
    }

    private static func command(_ socket: LineSocket, _ line: String, _ accepted: Int...) throws {
        try socket.write(line + "\r\n")
        let verb = line.split(separator: " ").first.map(String.init) ?? line
        try expect(socket, accepted, verb)
    }

    private static func expect(_ socket: LineSocket, _ code: Int, _ step: String) throws {
        try expect(socket, [code], step)
    }

    /// Reads a reply (its continuation lines "250-…" included) and checks its code.
    private static func expect(_ socket: LineSocket, _ codes: [Int], _ step: String) throws {
        var last = ""
        repeat {
            guard let line = try socket.readLine() else {
                throw Refused(description: "Máy chủ thư đóng kết nối ở bước \(step).")
            }
            last = line
        } while last.count > 3 && last[last.index(last.startIndex, offsetBy: 3)] == "-"
        guard let code = Int(last.prefix(3)), codes.contains(code) else {
            throw Refused(description: "Máy chủ thư từ chối ở bước \(step): \(last)")
        }
    }
}

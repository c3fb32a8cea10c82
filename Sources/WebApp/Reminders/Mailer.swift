import Foundation

/// An e-mail to one recipient, plain UTF-8 text.
public struct MailMessage: Sendable {
    public var from: String
    public var to: String
    public var subject: String
    public var body: String

    public init(from: String, to: String, subject: String, body: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
    }

    /// The message as RFC 5322 text: the subject as a UTF-8 encoded word and
    /// the body in base64, so Vietnamese letters cross any 7-bit server and no
    /// body line can be read as the end of DATA.
    func rendered(date: Date = Date(), messageID: String = UUID().uuidString) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let encodedBody = Data(body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn,
                                                                        .endLineWithLineFeed])
        let host = from.split(separator: "@").last.map(String.init) ?? "localhost"
        return [
            "From: \(from)",
            "To: \(to)",
            "Subject: =?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?=",
            "Date: \(formatter.string(from: date))",
            "Message-ID: <\(messageID)@\(host)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
            encodedBody,
        ].joined(separator: "\r\n")
    }
}

/// Sends e-mail. Live: `SMTPMailer`; tests run it against an SMTP sink on 127.0.0.1.
public protocol Mailer: Sendable {
    func send(_ message: MailMessage) async throws
}

#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import WebApp

/// A TCP server on 127.0.0.1 and a port the system picks, one connection at
/// a time on a background thread: the base of the SMTP sink and the webhook
/// receiver the reminder tests deliver to.
final class LocalServer: @unchecked Sendable {
    let port: Int
    private let fd: Int32

    init(handle: @escaping @Sendable (LineSocket) -> Void) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw LineSocket.Failure(description: "listen failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        fd = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread {
            while true {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { return }
                let connection = LineSocket(descriptor: client, timeoutSeconds: 5)
                handle(connection)
                connection.close()
            }
        }
    }

    func stop() {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }
}

/// Thread-safe storage of what a server received.
final class Received<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Item] = []
    func append(_ item: Item) { lock.withLock { items.append(item) } }
    var all: [Item] { lock.withLock { items } }
}

/// Speaks just enough SMTP to accept mail, with AUTH PLAIN, and keeps each
/// message: its envelope, the AUTH line and the DATA text.
struct SMTPSink {
    struct Mail: Sendable { let auth: String?; let from: String; let to: [String]; let data: String }
    let server: LocalServer
    let mails = Received<Mail>()

    init() throws {
        let mails = mails
        server = try LocalServer { c in
            var auth: String?, from = "", to: [String] = []
            try? c.write("220 sink ESMTP\r\n")
            while let line = try? c.readLine() {
                let verb = line.prefix(4).uppercased()
                switch verb {
                case "EHLO": try? c.write("250-sink\r\n250 AUTH PLAIN\r\n")
                case "AUTH": auth = line; try? c.write("235 2.7.0 ok\r\n")
                case "MAIL": from = line; try? c.write("250 ok\r\n")
                case "RCPT": to.append(line); try? c.write("250 ok\r\n")
                case "DATA":
                    try? c.write("354 go on\r\n")
                    var lines: [String] = []
                    while let l = try? c.readLine(), l != "." { lines.append(l) }
                    mails.append(Mail(auth: auth, from: from, to: to, data: lines.joined(separator: "\r\n")))
                    try? c.write("250 queued\r\n")
                case "QUIT": try? c.write("221 bye\r\n"); return
                default: try? c.write("502 unknown\r\n")
                }
            }
        }
    }

    /// The decoded body of a received message (base64 after the blank line).
    static func body(_ data: String) -> String {
        guard let range = data.range(of: "\r\n\r\n") else { return "" }
        let encoded = data[range.upperBound...].filter { !$0.isWhitespace }
        return Data(base64Encoded: String(encoded)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

/// Accepts HTTP POSTs and keeps their headers and body.
struct WebhookReceiver {
    struct Post: Sendable { let path: String; let headers: [String: String]; let body: Data }
    let server: LocalServer
    let posts = Received<Post>()

    init() throws {
        let posts = posts
        server = try LocalServer { c in
            guard let requestLine = try? c.readLine() else { return }
            var headers: [String: String] = [:]
            while let line = try? c.readLine(), !line.isEmpty {
                if let colon = line.firstIndex(of: ":") {
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
            }
            let length = Int(headers["content-length"] ?? "0") ?? 0
            let body = (try? c.read(count: length)) ?? []
            let path = requestLine.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            posts.append(Post(path: path, headers: headers, body: Data(body)))
            try? c.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        }
    }
}

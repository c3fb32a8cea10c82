import Fluent
import Foundation
import Tracking
import Vapor

/// At most five failed sign-ins per user name and address in fifteen
/// minutes; the sixth try is refused without checking the password.
struct LoginThrottle {
    static let limit = 5
    static let window: TimeInterval = 15 * 60

    let request: Request

    var address: String { request.remoteAddress?.ipAddress ?? "unknown" }

    func checkAllowed(_ username: String) async throws {
        let since = Date().addingTimeInterval(-Self.window)
        let failures = try await LoginAttemptRecord.query(on: request.db)
            .filter(\.$username == username).filter(\.$address == address).filter(\.$at >= since).count()
        guard failures < Self.limit else {
            throw Abort(.tooManyRequests, reason: "Đăng nhập sai quá nhiều lần. Xin thử lại sau 15 phút.")
        }
    }

    func recordFailure(_ username: String) async throws {
        let attempt = LoginAttemptRecord(username: username, address: address, at: Date())
        try await request.application.dondoc.gate.write(on: request.db) { db in try await attempt.create(on: db) }
    }

    func clear(_ username: String) async throws {
        let address = address
        try await request.application.dondoc.gate.write(on: request.db) { db in
            try await LoginAttemptRecord.query(on: db).filter(\.$username == username).filter(\.$address == address).delete()
        }
    }
}

import Foundation
import Tracking
import Vapor

/// Posts a digest as JSON to a webhook, signed so the receiver can tell it
/// came from this server: X-Dondoc-Signature is "sha256=" and the hex
/// HMAC-SHA256 of the exact body under the endpoint's secret.
struct WebhookSender: Sendable {
    static let signatureHeader = "X-Dondoc-Signature"

    struct Payload: Encodable {
        let event = "nhac_viec"
        let deliveryID: UUID
        let digest: ReminderDigest
    }

    let client: any Client

    func post(_ digest: ReminderDigest, deliveryID: UUID, to endpoint: WebhookEndpoint) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = try encoder.encode(Payload(deliveryID: deliveryID, digest: digest))
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.add(name: Self.signatureHeader, value: Self.signature(of: body, secret: endpoint.secret))
        let response = try await client.post(URI(string: endpoint.url), headers: headers) { request in
            request.body = ByteBuffer(bytes: body)
        }
        guard (200..<300).contains(response.status.code) else {
            throw Abort(.badGateway, reason: "Webhook trả về mã \(response.status.code).")
        }
    }

    static func signature(of body: Data, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }
}

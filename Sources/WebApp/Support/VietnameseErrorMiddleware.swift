import Tracking
import Vapor

/// Turns every error into a clear Vietnamese message: JSON `{"error": ...}`
/// for the API, an error page for the browser. Internal errors are logged and
/// never shown in detail.
struct VietnameseErrorMiddleware: AsyncMiddleware {
    struct ErrorBody: Content { let error: String }
    struct ErrorPage: Encodable { let status: UInt; let message: String; let signedIn: Bool }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message) = Self.describe(error, request: request)
            if request.isAPI || !request.headers.accept.contains(where: { $0.mediaType == .html }) {
                let response = Response(status: status)
                try response.content.encode(ErrorBody(error: message))
                if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                return response
            }
            if status == .unauthorized { return request.redirect(to: SiteRoute.login.path) }
            let view = try await request.view.render("error", ErrorPage(
                status: status.code, message: message, signedIn: request.auth.has(Principal.self)))
            let response = try await view.encodeResponse(for: request)
            response.status = status
            return response
        }
    }

    static func describe(_ error: any Error, request: Request) -> (HTTPResponseStatus, String) {
        if let tracking = error as? TrackingError { return (tracking.status, tracking.message) }
        if let abort = error as? any AbortError {
            // Vapor's own errors carry English reasons; ours carry Vietnamese ones.
            if abort.reason != abort.status.reasonPhrase, !(error is DecodingError) { return (abort.status, abort.reason) }
            switch abort.status {
            case .notFound: return (.notFound, "Không tìm thấy trang hoặc dữ liệu yêu cầu.")
            case .unauthorized: return (.unauthorized, "Cần đăng nhập.")
            case .forbidden: return (.forbidden, "Bạn không có quyền thực hiện thao tác này.")
            case .payloadTooLarge: return (.payloadTooLarge, "Tệp quá lớn.")
            case .unsupportedMediaType: return (.unsupportedMediaType, "Định dạng dữ liệu gửi lên không được hỗ trợ.")
            case .badRequest, .unprocessableEntity: return (.badRequest, "Dữ liệu gửi lên không hợp lệ.")
            default: return (abort.status, "Yêu cầu không thực hiện được (mã \(abort.status.code)).")
            }
        }
        if error is DecodingError { return (.badRequest, "Dữ liệu gửi lên không hợp lệ.") }
        request.logger.report(error: error)
        return (.internalServerError, "Đã có lỗi trong hệ thống. Xin thử lại sau.")
    }
}

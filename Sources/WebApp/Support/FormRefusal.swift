import Tracking
import Vapor

/// A form the server refused for what was typed in it (bad input, a
/// conflict): the page is shown again with the message above the form and
/// the values kept. Anything else (not found, forbidden, a fault) goes to the
/// error middleware as usual.
enum FormRefusal {
    static func message(of error: any Error) -> String? {
        if let tracking = error as? TrackingError { return tracking.kind == .notFound ? nil : tracking.message }
        if let abort = error as? any AbortError, abort.status == .unprocessableEntity || abort.status == .conflict {
            return abort.reason
        }
        return nil
    }

    /// Runs `change`; on a refusal renders `page(message)` with status 422.
    static func handle(_ request: Request, change: () async throws -> Response,
                       page: (String) async throws -> View) async throws -> Response {
        do {
            return try await change()
        } catch {
            guard let message = message(of: error) else { throw error }
            let response = try await page(message).encodeResponse(for: request)
            response.status = .unprocessableEntity
            return response
        }
    }
}

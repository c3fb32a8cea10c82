import Tracking
import Vapor

extension TrackingError: AbortError {
    public var status: HTTPResponseStatus {
        switch kind {
        case .notFound: return .notFound
        case .invalid: return .unprocessableEntity
        case .conflict: return .conflict
        }
    }
    public var reason: String { message }
}

/// A request the tracking layer refuses, with the message shown to the user.
public struct TrackingError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case notFound, invalid, conflict }
    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    public static func notFound(_ what: String) -> TrackingError { .init(.notFound, "Không tìm thấy \(what).") }
}

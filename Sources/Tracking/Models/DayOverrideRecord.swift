import FluentKit
import Foundation

/// An administrator's local change to the working calendar (a day off
/// announced late, a Saturday made a working day).
public final class DayOverrideRecord: Model, @unchecked Sendable {
    public static let schema = "calendar_overrides"

    @ID(key: .id) public var id: UUID?
    @Field(key: "date") public var date: String
    @Field(key: "is_working_day") public var isWorkingDay: Bool
    @Field(key: "name") public var name: String

    public init() {}
}

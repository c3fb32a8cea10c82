import Foundation
import LegalCalendar

/// Today's date as the office sees it. Deadlines and "reported on" dates are
/// civil dates in Vietnam (UTC+7, no daylight saving).
public protocol DayClock: Sendable {
    func today() -> CivilDate
}

public struct VietnamDayClock: DayClock {
    public init() {}
    public func today() -> CivilDate { Self.day(of: Date()) }

    /// The civil date in Vietnam at an instant.
    public static func day(of instant: Date) -> CivilDate {
        let secondsInVietnam = Int(instant.timeIntervalSince1970) + 7 * 3600
        return CivilDate(daysSinceEpoch: secondsInVietnam.floorDiv(86_400))
    }
}

/// A clock stopped on one day, for tests and for replaying a period.
public struct FixedDayClock: DayClock {
    public let day: CivilDate
    public init(_ day: CivilDate) { self.day = day }
    public func today() -> CivilDate { day }
}

extension Int {
    fileprivate func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : (self - d + 1) / d }
}

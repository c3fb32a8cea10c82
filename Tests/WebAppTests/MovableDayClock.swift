import Foundation
import LegalCalendar
import Tracking

/// A clock the test moves forward, to watch periods come due and go overdue.
final class MovableDayClock: DayClock, @unchecked Sendable {
    private let lock = NSLock()
    private var day: CivilDate

    init(_ day: CivilDate) { self.day = day }

    func today() -> CivilDate { lock.withLock { day } }
    func move(to newDay: CivilDate) { lock.withLock { day = newDay } }
}

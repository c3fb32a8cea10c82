import Foundation
import Tracking
import Vapor

/// The unit and leader names the task list's filters and the task page's
/// reassign form offer, kept between requests (`WriteScopedCache`): the
/// list page read both tables on every view for pickers that change a few
/// times a year. A unit or user written through this server's gate is seen
/// at once; one written by another server within `lifetime`.
struct PickerNames: Sendable {
    typealias Cache = WriteScopedCache<Key, PickerNames>
    enum Key: Hashable, Sendable { case directory }
    static let lifetime: Duration = .seconds(30)

    /// Every unit, by name.
    let units: [UnitRef]
    /// The leaders (lãnh đạo), by name.
    let leaders: [(id: UUID, name: String)]
    /// The task list's two pickers, drawn.
    let unitOptions: DrawnOptions
    let leaderOptions: DrawnOptions

    init(units: [UnitRef], leaders: [(id: UUID, name: String)]) {
        self.units = units
        self.leaders = leaders
        unitOptions = DrawnOptions(units.map { ($0.id, $0.name) })
        leaderOptions = DrawnOptions(leaders)
    }
}

extension Request {
    func pickerNames() async throws -> PickerNames {
        let directory = directory
        return try await application.dondoc.pickers.value(for: .directory) {
            PickerNames(units: try await directory.unitNames(), leaders: try await directory.leaderNames())
        }
    }
}

import Foundation
import Reports

/// The official counts of a report window, computed by the database
/// (`ReportFigureQuery`): per lead unit and in total.
public struct ReportFigures: Sendable, Equatable {
    /// Keyed by lead unit; nil for tasks whose lead unit is not resolved.
    public var byUnit: [UUID?: StatusCounts]

    public init(byUnit: [UUID?: StatusCounts] = [:]) {
        self.byUnit = byUnit
    }

    public var total: StatusCounts {
        byUnit.values.reduce(into: StatusCounts()) { $0.add($1) }
    }
}

/// Why a day that would be a working day is not one.
public enum DayOffKind: String, Codable, Sendable, CaseIterable {
    /// Ngày lễ, tết: a public holiday of Labour Code 2019 Art. 112.
    case holiday
    /// Nghỉ bù (Art. 111(3)): a holiday that fell on the weekly rest day is made up on the next working day.
    case compensatory
    /// Nghỉ hoán đổi: a weekday given off in exchange for a Saturday that is worked instead.
    case swapped
    /// A day off decided locally (an administrator's override), not by national rules.
    case local

    /// How the kind is shown to users.
    public var vietnamese: String {
        switch self {
        case .holiday: return "Ngày lễ, tết"
        case .compensatory: return "Nghỉ bù"
        case .swapped: return "Nghỉ hoán đổi"
        case .local: return "Ngày nghỉ do cơ quan quy định"
        }
    }
}

/// A weekday on which public-sector offices do not work.
public struct DayOff: Hashable, Sendable, Codable, CustomStringConvertible {
    public let date: CivilDate
    /// Vietnamese name, e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương".
    public let name: String
    public let kind: DayOffKind

    public init(date: CivilDate, name: String, kind: DayOffKind) {
        self.date = date
        self.name = name
        self.kind = kind
    }

    public var description: String { "\(date.iso) \(name) (\(kind.rawValue))" }
}

/// A weekend day that is worked (ngày làm bù), the other half of a swap.
public struct WorkedWeekendDay: Hashable, Sendable, Codable {
    public let date: CivilDate
    /// What it pays for, e.g. "Làm bù cho ngày 29/4/2024".
    public let name: String

    public init(date: CivilDate, name: String) {
        self.date = date
        self.name = name
    }
}

/// An administrator's local correction of the calendar, applied at run time without a release:
/// an extra day off (`isWorkingDay == false`) or a day that is worked after all.
public struct DayOverride: Hashable, Sendable, Codable {
    public let date: CivilDate
    public let isWorkingDay: Bool
    public let name: String

    public init(date: CivilDate, isWorkingDay: Bool, name: String) {
        self.date = date
        self.isWorkingDay = isWorkingDay
        self.name = name
    }
}

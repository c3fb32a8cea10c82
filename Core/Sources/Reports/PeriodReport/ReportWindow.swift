import LegalCalendar

/// The days a report covers, both ends included; `end` is the cut-off (ngày chốt
/// số liệu) at which every status is taken.
public struct ReportWindow: Hashable, Sendable, Codable {
    public var start: CivilDate
    public var end: CivilDate
    /// "Quý I/2026", or "Từ ngày 01/03/2026 đến ngày 31/03/2026" for a custom range.
    public var label: String
    /// The official period this window is, if any; used to find the previous one.
    public var period: ReportingPeriod?

    public init(_ period: ReportingPeriod) {
        self.start = period.start
        self.end = period.end
        self.label = period.label
        self.period = period
    }

    /// A custom range; the ends are swapped if given in the wrong order.
    public init(start: CivilDate, end: CivilDate, label: String? = nil) {
        self.start = min(start, end)
        self.end = max(start, end)
        self.label = label ?? "Từ ngày \(self.start.vietnamese) đến ngày \(self.end.vietnamese)"
        self.period = nil
    }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    /// The label as it reads inside a sentence: "quý I/2026", "từ ngày …".
    public var phrase: String {
        guard let first = label.first else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// The window of the same kind just before: the previous month, quarter, half or
    /// year for an official period (the previous year's for nine months); for a
    /// custom range, as many days ending the day before it starts.
    public var previous: ReportWindow {
        if let period {
            let earlier = period.index > 1
                ? ReportingPeriod(kind: period.kind, index: period.index - 1, year: period.year, basis: period.basis)
                : ReportingPeriod(kind: period.kind, index: period.kind.countPerYear, year: period.year - 1, basis: period.basis)
            if let earlier { return ReportWindow(earlier) }
        }
        let length = start.days(until: end)
        let previousEnd = start.adding(days: -1)
        return ReportWindow(start: previousEnd.adding(days: -length), end: previousEnd)
    }
}

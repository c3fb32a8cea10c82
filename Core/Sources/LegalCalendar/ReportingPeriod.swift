/// How long a reporting period is.
public enum PeriodKind: String, Codable, Sendable, CaseIterable {
    case month        // tháng
    case quarter      // quý
    case halfYear     // 6 tháng
    case nineMonths   // 9 tháng
    case year         // năm

    /// Number of periods of this kind in a year.
    public var countPerYear: Int {
        switch self {
        case .month: return 12
        case .quarter: return 4
        case .halfYear: return 2
        case .nineMonths, .year: return 1
        }
    }

    /// How the kind is named in Vietnamese ("Tháng", "Quý", "6 tháng", "9 tháng", "Năm").
    public var vietnamese: String {
        switch self {
        case .month: return "Tháng"
        case .quarter: return "Quý"
        case .halfYear: return "6 tháng"
        case .nineMonths: return "9 tháng"
        case .year: return "Năm"
        }
    }

    /// Months the period spans.
    var months: Int {
        switch self {
        case .month: return 1
        case .quarter: return 3
        case .halfYear: return 6
        case .nineMonths: return 9
        case .year: return 12
        }
    }
}

/// Where a period's days begin and end.
public enum PeriodBasis: String, Codable, Sendable, CaseIterable {
    /// Decree 09/2019/NĐ-CP Art. 12: figures are cut off on the 14th of the period's last
    /// month, so a period runs from the 15th of the month before it began to the 14th
    /// (the monthly report of March covers 15/2-14/3; the year 15/12-14/12).
    case decree09
    /// Plain calendar periods: 1/1-31/3 for the first quarter.
    case calendar
}

/// A reporting period (kỳ báo cáo) and the days it covers, both ends included.
/// JSON carries the days and the label for readers; decoding rebuilds them from kind,
/// index, year and basis so they cannot disagree.
public struct ReportingPeriod: Hashable, Codable, Sendable, CustomStringConvertible {
    public let kind: PeriodKind
    public let basis: PeriodBasis
    public let year: Int
    /// 1-based number within the year: month 1-12, quarter 1-4, half 1-2; 1 for nine months and year.
    public let index: Int
    public let start: CivilDate
    public let end: CivilDate

    /// Creates period `index` of `year`, or nil when there is no such period (month 13, quarter 5…).
    public init?(kind: PeriodKind, index: Int = 1, year: Int, basis: PeriodBasis = .decree09) {
        guard (1...kind.countPerYear).contains(index) else { return nil }
        self.kind = kind
        self.basis = basis
        self.year = year
        self.index = index
        // The period ends with month `lastMonth` and spans `kind.months` months.
        let lastMonth = kind == .nineMonths ? 9 : index * kind.months
        let firstMonth = lastMonth - kind.months + 1
        switch basis {
        case .calendar:
            start = CivilDate(year: year, month: firstMonth, day: 1)!
            end = CivilDate(year: year, month: lastMonth, day: 1)!.endOfMonth
        case .decree09:
            start = firstMonth == 1
                ? CivilDate(year: year - 1, month: 12, day: 15)!
                : CivilDate(year: year, month: firstMonth - 1, day: 15)!
            end = CivilDate(year: year, month: lastMonth, day: 14)!
        }
    }

    /// Vietnamese label as used in report titles: "Tháng 3/2024", "Quý I/2024",
    /// "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "9 tháng đầu năm 2024", "Năm 2024".
    public var label: String {
        switch kind {
        case .month: return "Tháng \(index)/\(year)"
        case .quarter: return "Quý \(["I", "II", "III", "IV"][index - 1])/\(year)"
        case .halfYear: return "6 tháng \(index == 1 ? "đầu" : "cuối") năm \(year)"
        case .nineMonths: return "9 tháng đầu năm \(year)"
        case .year: return "Năm \(year)"
        }
    }

    public var description: String { "\(label): \(start.vietnamese) - \(end.vietnamese)" }

    /// A short code for URLs and command lines: "2024-03", "2024-Q1", "2024-H1", "2024-9M", "2024".
    public var code: String {
        switch kind {
        case .month: return "\(year)-\(index < 10 ? "0" : "")\(index)"
        case .quarter: return "\(year)-Q\(index)"
        case .halfYear: return "\(year)-H\(index)"
        case .nineMonths: return "\(year)-9M"
        case .year: return "\(year)"
        }
    }

    /// Reads a `code` back ("2024-Q1"; a bare "2024" also names the nine months or the
    /// year); nil when it is malformed or names another kind of period.
    public init?(code: some StringProtocol, kind: PeriodKind, basis: PeriodBasis = .decree09) {
        let parts = code.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].count == 4, parts[0].allSatisfy(\.isASCII), let year = Int(parts[0]) else { return nil }
        let suffix = parts.count == 2 ? parts[1].uppercased() : ""
        let index: Int?
        switch kind {
        case .month: index = suffix.count == 2 ? Int(suffix) : nil
        case .quarter: index = suffix.hasPrefix("Q") ? Int(suffix.dropFirst()) : nil
        case .halfYear: index = suffix.hasPrefix("H") ? Int(suffix.dropFirst()) : nil
        case .nineMonths: index = suffix.isEmpty || suffix == "9M" ? 1 : nil
        case .year: index = suffix.isEmpty ? 1 : nil
        }
        guard let index else { return nil }
        self.init(kind: kind, index: index, year: year, basis: basis)
    }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    /// The period of the same kind just before this one (nine months: the previous year's).
    public var previous: ReportingPeriod {
        index > 1
            ? ReportingPeriod(kind: kind, index: index - 1, year: year, basis: basis)!
            : ReportingPeriod(kind: kind, index: kind.countPerYear, year: year - 1, basis: basis)!
    }

    /// The period of the same kind just after this one.
    public var next: ReportingPeriod {
        index < kind.countPerYear
            ? ReportingPeriod(kind: kind, index: index + 1, year: year, basis: basis)!
            : ReportingPeriod(kind: kind, index: 1, year: year + 1, basis: basis)!
    }

    /// All periods of `kind` in `year`, in order.
    public static func periods(_ kind: PeriodKind, of year: Int, basis: PeriodBasis = .decree09) -> [ReportingPeriod] {
        (1...kind.countPerYear).map { ReportingPeriod(kind: kind, index: $0, year: year, basis: basis)! }
    }

    /// The period of `kind` whose days include `date`. Nil only for nine months, which
    /// leave the end of the year uncovered.
    public static func period(_ kind: PeriodKind, containing date: CivilDate, basis: PeriodBasis = .decree09) -> ReportingPeriod? {
        // Under Decree 09 the days from the 15th on already report with the next month.
        var year = date.year
        var month = date.month
        if basis == .decree09 && date.day >= 15 {
            month += 1
            if month == 13 { month = 1; year += 1 }
        }
        switch kind {
        case .nineMonths:
            return month <= 9 ? ReportingPeriod(kind: .nineMonths, year: year, basis: basis) : nil
        default:
            return ReportingPeriod(kind: kind, index: (month - 1) / kind.months + 1, year: year, basis: basis)
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, basis, year, index, start, end, label, code }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(PeriodKind.self, forKey: .kind)
        let index = try c.decodeIfPresent(Int.self, forKey: .index) ?? 1
        guard let period = ReportingPeriod(kind: kind, index: index, year: try c.decode(Int.self, forKey: .year),
                                           basis: try c.decodeIfPresent(PeriodBasis.self, forKey: .basis) ?? .decree09) else {
            throw DecodingError.dataCorruptedError(forKey: .index, in: c, debugDescription: "no period \(index) of kind \(kind)")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(basis, forKey: .basis)
        try c.encode(year, forKey: .year)
        try c.encode(index, forKey: .index)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(label, forKey: .label)
        try c.encode(code, forKey: .code)
    }
}

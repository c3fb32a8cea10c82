/// "Đầu", "giữa", "cuối": how documents name a moment of a month or a year ("chậm nhất
/// cuối tháng 6", "giữa năm 2025"). The Civil Code 2015 rules on time limits (Art. 144-148)
/// fix them: the 1st, the 15th and the last day of a month; 1/1, 30/6 and 31/12 of a year.
public enum PartOfPeriod: String, Codable, Sendable, CaseIterable {
    case beginning  // đầu
    case middle     // giữa
    case end        // cuối
}

extension CivilDate {
    /// "Đầu/giữa/cuối tháng M năm Y"; nil for a month that does not exist.
    public init?(_ part: PartOfPeriod, ofMonth month: Int, year: Int) {
        guard (1...12).contains(month) else { return nil }
        switch part {
        case .beginning: self.init(year: year, month: month, day: 1)
        case .middle: self.init(year: year, month: month, day: 15)
        case .end: self.init(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        }
    }

    /// "Đầu/giữa/cuối năm Y": 1/1, 30/6, 31/12.
    public init(_ part: PartOfPeriod, ofYear year: Int) {
        switch part {
        case .beginning: self.init(year: year, month: 1, day: 1)!
        case .middle: self.init(year: year, month: 6, day: 30)!
        case .end: self.init(year: year, month: 12, day: 31)!
        }
    }
}

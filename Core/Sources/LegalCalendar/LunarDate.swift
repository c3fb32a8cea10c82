/// A date on the Vietnamese lunisolar calendar (âm lịch).
public struct LunarDate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The year that begins at Tết, numbered like the Gregorian year it begins in.
    public let year: Int
    /// 1 = tháng Giêng … 12 = tháng Chạp.
    public let month: Int
    public let day: Int
    /// A leap month (tháng nhuận) repeats the number of the month before it.
    public let isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// "1/1/2024", "1/4 nhuận/2020": day/month/year as Vietnamese calendars print it.
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year)"
    }

    /// The sexagenary name of the year (tên năm can chi), e.g. "Giáp Thìn" for 2024.
    public var yearName: String { CanChi.yearName(year) }
}

/// One month of a lunar year.
public struct LunarMonth: Hashable, Sendable, Codable {
    public let year: Int
    public let month: Int
    public let isLeapMonth: Bool
    /// Its first day (mùng 1), on the day of the new moon.
    public let start: CivilDate
    /// 29 (tháng thiếu) or 30 (tháng đủ).
    public let length: Int
}

/// The sexagenary cycle (can chi): ten heavenly stems and twelve earthly branches.
public enum CanChi {
    public static let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    /// Vietnamese names: the fourth branch is the cat (Mão), not the Chinese rabbit.
    public static let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]

    /// Year 4 (and 1984, 2044…) was Giáp Tý, the first of the cycle.
    public static func yearName(_ lunarYear: Int) -> String {
        stems[mod(lunarYear + 6, 10)] + " " + branches[mod(lunarYear + 8, 12)]
    }

    private static func mod(_ a: Int, _ n: Int) -> Int { ((a % n) + n) % n }
}

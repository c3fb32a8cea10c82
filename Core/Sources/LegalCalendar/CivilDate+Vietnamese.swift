extension CivilDate {
    /// "Thứ Hai" … "Thứ Bảy", "Chủ nhật".
    public var vietnameseWeekday: String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][weekday - 1]
    }

    /// Parses the day-first forms Vietnamese documents and users write: "5/2/2024",
    /// "05/02/2024", "05-02-2024", "05.02.2024". The year must have four digits.
    public init?(vietnamese text: some StringProtocol) {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

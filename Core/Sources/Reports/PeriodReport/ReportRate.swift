/// A ratio with the words that say what it is a ratio of: official reports use
/// several "rates" and readers must know which one they are looking at.
public struct ReportRate: Hashable, Sendable, Codable {
    public static let completionLabel = "Tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn)"
    public static let overdueLabel = "Tỷ lệ quá hạn (trên tổng số nhiệm vụ)"
    public static let updateLabel = "Tỷ lệ cập nhật tiến độ (trên số nhiệm vụ chưa hoàn thành)"

    public var label: String
    public var numerator: Int
    public var denominator: Int

    /// Nil when there is nothing to divide by (no task due yet).
    public var value: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }

    /// "Tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn): 91,8% (2.501/2.723)".
    public var text: String {
        guard denominator > 0 else { return "\(label): chưa có số liệu" }
        return "\(label): \(VietnameseNumber.percent(value)) (\(VietnameseNumber.integer(numerator))/\(VietnameseNumber.integer(denominator)))"
    }
}

import SQLKit

/// Three counts carried by one SQL aggregate. The report reads every task,
/// and SQLite evaluates each aggregate's expression on every row: a single
/// CASE that files a row under one of three disjoint categories and adds 1,
/// 2^21 or 2^42 costs about a third of three separate CASE sums. Each count
/// must stay below 2^21 (about two million tasks of one lead unit) so that
/// it cannot carry into its neighbour; `unpack` refuses larger groups.
enum PackedCounts {
    static let bits = 21
    static let limit = 1 << bits

    /// The amount a row of category `field` (0, 1 or 2) adds.
    static func weight(_ field: Int) -> SQLQueryString {
        "\(literal: 1 << (field * bits))"
    }

    /// The three counts of a packed sum over a group of `rows` rows.
    static func unpack(_ value: Int, rows: Int) throws -> (Int, Int, Int) {
        guard rows < limit else {
            throw TrackingError(.invalid, "Một đơn vị có quá \(limit - 1) nhiệm vụ: báo cáo không tính gộp được.")
        }
        let mask = limit - 1
        return (value & mask, (value >> bits) & mask, value >> (2 * bits))
    }
}

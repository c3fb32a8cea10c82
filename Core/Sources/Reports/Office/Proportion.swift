/// Splits a length into parts proportional to weights, summing exactly to the total.
enum Proportion {
    static func split(_ total: Int, by weights: [Double]) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let sum = weights.reduce(0) { $0 + max($1, 0) }
        guard sum > 0 else { return Array(repeating: total / weights.count, count: weights.count) }
        var parts = weights.map { Int((Double(total) * max($0, 0) / sum).rounded(.down)) }
        parts[parts.count - 1] += total - parts.reduce(0, +)
        return parts
    }
}

/// The sentence every periodic report opens its results with (the wording of the
/// Government Office's reports), and the clause that says where tasks without a
/// deadline were counted.
public enum ReportSentence {
    /// "Tổng số nhiệm vụ {T}; đã hoàn thành {D} (đúng hạn {D1}, quá hạn {D2}); chưa hoàn
    /// thành {U} (trong hạn {U1}, quá hạn {U2})."
    public static func standard(_ c: StatusCounts) -> String {
        let n = VietnameseNumber.integer
        return "Tổng số nhiệm vụ \(n(c.total)); đã hoàn thành \(n(c.done)) (đúng hạn \(n(c.doneOnTime)), quá hạn \(n(c.doneLate))); "
            + "chưa hoàn thành \(n(c.open)) (trong hạn \(n(c.openInTime)), quá hạn \(n(c.overdue)))."
    }

    /// Tasks without a deadline sit in "đúng hạn" and "trong hạn"; this clause says how
    /// many, so the standard figures stay comparable. Nil when there are none.
    public static func noDeadlineClause(_ c: StatusCounts) -> String? {
        guard c.noDeadlineDone + c.noDeadlineOpen > 0 else { return nil }
        let n = VietnameseNumber.integer
        var parts: [String] = []
        if c.noDeadlineDone > 0 { parts.append("số đúng hạn gồm \(n(c.noDeadlineDone)) nhiệm vụ không hạn đã hoàn thành") }
        if c.noDeadlineOpen > 0 { parts.append("số trong hạn gồm \(n(c.noDeadlineOpen)) nhiệm vụ không hạn chưa hoàn thành") }
        let text = parts.joined(separator: "; ")
        return "Trong đó, " + text + "."
    }

    /// The standard sentence followed by the không hạn clause when there is one.
    public static func full(_ c: StatusCounts) -> String {
        [standard(c), noDeadlineClause(c)].compactMap { $0 }.joined(separator: " ")
    }

    /// "So với kỳ trước (Quý IV/2025): tổng số nhiệm vụ tăng 3; số nhiệm vụ quá hạn chưa hoàn thành giảm 1;
    /// tỷ lệ hoàn thành tăng 5,0 điểm phần trăm."
    public static func comparison(_ report: PeriodReport) -> String? {
        comparison(report.counts, with: report.previous)
    }

    /// The same sentence from the two windows' counts.
    public static func comparison(_ counts: StatusCounts, with previous: PeriodReport.PreviousPeriod?) -> String? {
        guard let previous else { return nil }
        func change(_ now: Int, _ before: Int) -> String {
            now == before ? "không đổi" : (now > before ? "tăng " : "giảm ") + VietnameseNumber.integer(abs(now - before))
        }
        var parts = [
            "tổng số nhiệm vụ \(change(counts.total, previous.counts.total))",
            "số nhiệm vụ quá hạn chưa hoàn thành \(change(counts.overdue, previous.counts.overdue))",
        ]
        if let now = counts.completionRate.value, let before = previous.counts.completionRate.value {
            let points = (now - before) * 100
            let amount = VietnameseNumber.fixed(abs(points), decimals: 1)
            parts.append("tỷ lệ hoàn thành " + (abs(points) < 0.05 ? "không đổi" : (points > 0 ? "tăng " : "giảm ") + amount + " điểm phần trăm"))
        }
        return "So với kỳ trước (\(previous.window.label)): " + parts.joined(separator: "; ") + "."
    }
}

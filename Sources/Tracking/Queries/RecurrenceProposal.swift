import Extraction
import TrackingRules

/// The recurrence a draft proposes, from what the extractor read, as the code
/// tasks store ("quarterly-3/before-15").
enum RecurrenceProposal {
    /// The first period the item names that is tracked period by period, with the
    /// stated day; the bare period word ("daily") when none is, so the wording is kept.
    static func code(for extracted: Extraction.Recurrence?) -> String? {
        guard let extracted else { return nil }
        for period in extracted.periods {
            if let rule = rule(period, due: extracted.due) { return rule.code }
        }
        return extracted.periods.first?.rawValue
    }

    private static func rule(_ period: Extraction.Recurrence.Period, due: RecurringDue?) -> TrackingRules.Recurrence? {
        // The month of the period the item names, when it fits this period; else its last month.
        func month(of months: Int) -> Int {
            guard let named = due?.monthOfPeriod, (1...months).contains(named) else { return months }
            return named
        }
        let day: TrackingRules.Recurrence.DayRule = switch due?.rule {
        case .onDay?: .onDay(due!.day)
        case .beforeDay?: .beforeDay(due!.day)
        case .weekday?, nil: .lastDay
        }
        switch period {
        case .daily: return nil
        case .weekly: return TrackingRules.Recurrence(.weekly(weekday: due?.rule == .weekday ? due!.day : 5))
        case .monthly: return TrackingRules.Recurrence(.monthly, day: day)
        case .quarterly: return TrackingRules.Recurrence(.quarterly(monthOfQuarter: month(of: 3)), day: day)
        case .halfYearly: return TrackingRules.Recurrence(.halfYearly(monthOfHalf: month(of: 6)), day: day)
        case .yearly: return TrackingRules.Recurrence(.yearly(month: month(of: 12)), day: day)
        }
    }
}

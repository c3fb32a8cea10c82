import Foundation
import LeafKit
import LegalCalendar

/// `#ngaygio(e.at)`: a moment as Vietnamese pages write it, on Vietnam's
/// clock ("23/11/2026 14:05"). Leaf's `#date` builds a DateFormatter for each
/// call, which cost a task page with a long history more than its SQL;
/// Vietnam keeps UTC+7 all year (no daylight saving), so the day and the time
/// follow from the timestamp by arithmetic. Nothing shows nothing.
struct VietnameseTimeTag: LeafTag {
    static let offset = 7 * 3600

    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let value = ctx.parameters.first, !value.isNil, let timestamp = value.double else { return .string("") }
        return .string(Self.text(Date(timeIntervalSince1970: timestamp)))
    }

    static func text(_ date: Date) -> String {
        // To the millisecond first, as the formatter does (10:16:59.9996 reads 10:17).
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = Int((Double(milliseconds) / 1000).rounded(.down)) + offset
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, second) = secondOfDay < 0 ? (days - 1, secondOfDay + 86_400) : (days, secondOfDay)
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return CivilDate(daysSinceEpoch: day).vietnamese + " " + twoDigits(second / 3600) + ":" + twoDigits(second % 3600 / 60)
    }
}

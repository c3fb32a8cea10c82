import Foundation
import LegalCalendar
import Reports

/// Reads the window a user asks for: a period code ("2024-03", "2024-Q1",
/// "2024-H1", "2024-9M", "2024") on the Decree 09 or the calendar basis, or a
/// custom range; by default the current Decree 09 month.
public enum ReportWindows {
    public static func parse(period: String?, basis: String?, from: String?, to: String?,
                             today: CivilDate) throws -> ReportWindow {
        let from = from.flatMap { $0.isEmpty ? nil : $0 }, to = to.flatMap { $0.isEmpty ? nil : $0 }
        if from != nil || to != nil {
            guard let start = from.flatMap(Self.day), let end = to.flatMap(Self.day) else {
                throw TrackingError(.invalid, "Khoảng thời gian cần cả ngày bắt đầu và ngày kết thúc, dạng ngày/tháng/năm (ví dụ 30/11/2026).")
            }
            return ReportWindow(start: start, end: end)
        }
        let periodBasis = try Self.basis(basis)
        guard let code = period?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
            guard let current = ReportingPeriod.period(.month, containing: today, basis: periodBasis) else {
                throw TrackingError(.invalid, "Không xác định được kỳ báo cáo hiện tại.")
            }
            return ReportWindow(current)
        }
        guard let found = kind(of: code).flatMap({ ReportingPeriod(code: code, kind: $0, basis: periodBasis) }) else {
            throw TrackingError(.invalid, "Kỳ báo cáo \"\(code)\" không hợp lệ. Dùng dạng 2024-03 (tháng), 2024-Q1 (quý), "
                                + "2024-H1 (6 tháng), 2024-9M (9 tháng) hoặc 2024 (năm).")
        }
        return ReportWindow(found)
    }

    /// A day as the report form's text fields take it: dd/mm/yyyy, or ISO
    /// as links and API clients send it.
    static func day(_ text: String) -> CivilDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        return CivilDate(iso: text) ?? CivilDate(vietnamese: text)
    }

    static func basis(_ text: String?) throws -> PeriodBasis {
        switch text?.lowercased() {
        case nil, "", "decree09", "nd09": return .decree09
        case "calendar", "lich": return .calendar
        default: throw TrackingError(.invalid, "Cách tính kỳ \"\(text ?? "")\" không hợp lệ: dùng decree09 hoặc calendar.")
        }
    }

    /// The kind of period a code names, from its shape.
    static func kind(of code: String) -> PeriodKind? {
        let parts = code.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { return parts.count == 1 ? .year : nil }
        let suffix = parts[1].uppercased()
        if suffix == "9M" { return .nineMonths }
        if suffix.hasPrefix("Q") { return .quarter }
        if suffix.hasPrefix("H") { return .halfYear }
        return .month
    }
}

import Foundation
import LegalCalendar
import Tracking

/// A day typed into a form. Pages use a text field rather than the
/// browser's date picker, whose format follows the browser's language
/// (mm/dd/yyyy in an English browser): people type dd/mm/yyyy as Vietnamese
/// write it (d/m/yyyy, dd-mm-yyyy and dd.mm.yyyy too), and ISO yyyy-mm-dd
/// from older pages and scripts is still understood.
enum FormDate {
    static func parse(_ text: String, field: String) throws(TrackingError) -> CivilDate {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if let date = CivilDate(iso: typed) ?? CivilDate(vietnamese: typed) { return date }
        throw TrackingError(.invalid, "\(field) \"\(typed)\" không đúng dạng ngày/tháng/năm (ví dụ 30/11/2026).")
    }

    /// Blank means no date.
    static func parseOptional(_ text: String?, field: String) throws(TrackingError) -> CivilDate? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return try parse(text, field: field)
    }
}

import Reports
import TrackingRules

/// A figure of a report, as the name of the tasks behind it: every number on
/// the report page and the dashboard links to `/reports/tasks?figure=…`.
enum ReportFigure: String, CaseIterable, Sendable {
    case total = "tong"
    case done = "da_hoan_thanh"
    case doneOnTime = "dung_han"
    case doneLate = "hoan_thanh_qua_han"
    case open = "chua_hoan_thanh"
    case openInTime = "trong_han"
    case overdue = "qua_han"
    case noDeadline = "khong_han"
    case dueSoon = "sap_den_han"
    case notUpdated = "chua_cap_nhat"

    var label: String {
        switch self {
        case .total: return "Tổng số nhiệm vụ"
        case .done: return "Đã hoàn thành"
        case .doneOnTime: return "Hoàn thành đúng hạn"
        case .doneLate: return "Hoàn thành quá hạn"
        case .open: return "Chưa hoàn thành"
        case .openInTime: return "Chưa hoàn thành, trong hạn"
        case .overdue: return "Chưa hoàn thành, quá hạn"
        case .noDeadline: return "Không hạn"
        case .dueSoon: return "Sắp đến hạn"
        case .notUpdated: return "Chưa hoàn thành, chưa cập nhật tiến độ trong kỳ"
        }
    }

    func includes(_ row: ReportedTask) -> Bool {
        guard let status = row.classification.status else { return false }
        switch self {
        case .total: return true
        case .done: return status.isDone
        case .doneOnTime: return status == .doneOnTime || status == .doneNoDeadline
        case .doneLate: return status == .doneLate
        case .open: return !status.isDone
        case .openInTime: return status == .inProgressOnTime || status == .noDeadline
        case .overdue: return status == .overdue
        case .noDeadline: return status == .noDeadline || status == .doneNoDeadline
        case .dueSoon: return row.classification.isDueSoon
        case .notUpdated: return !status.isDone && !row.updatedInPeriod
        }
    }

    func value(_ c: StatusCounts) -> Int {
        switch self {
        case .total: return c.total
        case .done: return c.done
        case .doneOnTime: return c.doneOnTime
        case .doneLate: return c.doneLate
        case .open: return c.open
        case .openInTime: return c.openInTime
        case .overdue: return c.overdue
        case .noDeadline: return c.noDeadlineDone + c.noDeadlineOpen
        case .dueSoon: return c.dueSoon
        case .notUpdated: return c.open - c.openUpdated
        }
    }
}

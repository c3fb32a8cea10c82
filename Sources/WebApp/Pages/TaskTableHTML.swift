import LegalCalendar
import Tracking

/// The rows of the task list's table, as the `#for` loop of tasks.leaf wrote
/// them. Leaf interprets a template expression by expression: a page's 50
/// rows, each a dozen lookups, escapes and two tags, were a third of the list
/// page's CPU (the database work included). TaskTableHTMLTests reads a row back.
enum TaskTableHTML {
    static func rows(_ tasks: [TaskRow]) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(tasks.count * 900)
        for task in tasks { row(task, into: &html) }
        return String(decoding: html, as: UTF8.self)
    }

    private static func row(_ task: TaskRow, into html: inout [UInt8]) {
        func text(_ value: String) { HTMLEscaping.append(value, to: &html) }
        func raw(_ value: String) { html += value.utf8 }

        raw("<tr class=\"state-"); text(task.workflowState.rawValue)
        raw("\">\n  <td><a href=\""); text(SiteRoute.task(.value(task.id)).path); raw("\">"); text(task.title); raw("</a>")
        if let number = task.documentNumber, !number.isEmpty {
            raw("<div class=\"muted\">Văn bản "); text(number); raw("</div>")
        }
        raw("</td>\n  <td>")
        if let unit = task.leadUnitName, !unit.isEmpty {
            text(unit)
        } else {
            raw("<span class=\"muted\">"); text(task.leadText ?? ""); raw("</span>")
        }
        raw("</td>\n  <td>")
        for unit in task.supportUnits {
            raw("<div>"); text(unit.name); raw("</div>")
        }
        raw("</td>\n  <td class=\"date\">")
        if let deadline = task.deadline { text(CivilDate(iso: deadline)?.vietnamese ?? deadline) }
        raw("</td>\n  <td class=\"status-"); text(task.status?.rawValue ?? ""); raw("\">"); text(task.statusLabel ?? "")
        if task.isDueSoon { raw("<div class=\"due-soon\">Sắp đến hạn</div>") }
        if task.workingDaysLate > 0 { raw("<div class=\"muted\">trễ \(task.workingDaysLate) ngày làm việc</div>") }
        raw("</td>\n  <td>"); text(task.workflowLabel); raw("</td>\n</tr>\n")
    }
}

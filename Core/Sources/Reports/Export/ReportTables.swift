import LegalCalendar
import TrackingRules

/// The tables of a period report, shared by the XLSX, CSV and DOCX exports so the
/// three always show the same figures.
enum ReportTables {
    /// Chỉ tiêu | Kỳ này | Kỳ trước | Tăng (+), giảm (-).
    static func summary(_ report: PeriodReport) -> Worksheet {
        let now = report.counts
        let before = report.previous?.counts
        func line(_ label: String, _ value: (StatusCounts) -> Int) -> [CellValue] {
            guard let before else { return [.text(label), .integer(value(now))] }
            return [.text(label), .integer(value(now)), .integer(value(before)), .integer(value(now) - value(before))]
        }
        func rate(_ value: (StatusCounts) -> ReportRate) -> [CellValue] {
            let current = value(now)
            let cell: (Double?) -> CellValue = { $0.map(CellValue.percent) ?? .text("-") }
            guard let before else { return [.text(current.label), cell(current.value)] }
            var change = CellValue.text("-")
            if let a = current.value, let b = value(before).value { change = .percent(a - b) }
            return [.text(current.label), cell(current.value), cell(value(before).value), change]
        }
        var rows: [[CellValue]] = [
            line("Tổng số nhiệm vụ", \.total),
            line("Đã hoàn thành", \.done),
            line("- Đúng hạn", \.doneOnTime),
            line("- Quá hạn", \.doneLate),
            line("Chưa hoàn thành", \.open),
            line("- Trong hạn", \.openInTime),
            line("- Quá hạn", \.overdue),
            line("Không hạn (đã tính vào đúng hạn, trong hạn)", { $0.noDeadlineDone + $0.noDeadlineOpen }),
            line("Sắp đến hạn (trong \(report.dueSoonThreshold) ngày làm việc)", \.dueSoon),
            line("Hoàn thành trong hạn đã gia hạn", \.doneWithinExtension),
        ]
        rows.append(rate(\.completionRate))
        rows.append(rate(\.overdueRate))
        rows.append(rate(\.updateRate))
        var columns = [TableColumn("Chỉ tiêu", width: 50), TableColumn("Kỳ này (\(report.window.label))", width: 16)]
        if let previous = report.previous {
            columns += [TableColumn("Kỳ trước (\(previous.window.label))", width: 16), TableColumn("Tăng (+), giảm (-)", width: 14)]
        }
        return Worksheet(name: "Tổng hợp", columns: columns, rows: rows)
    }

    /// Hạng | Đơn vị | the counts | the rates.
    static func units(_ report: PeriodReport) -> Worksheet {
        Worksheet(name: "Đơn vị", columns: [
            TableColumn("Xếp hạng", width: 8), TableColumn("Đơn vị chủ trì", width: 30), TableColumn("Tổng số", width: 8),
            TableColumn("Hoàn thành đúng hạn", width: 11), TableColumn("Hoàn thành quá hạn", width: 11),
            TableColumn("Chưa hoàn thành trong hạn", width: 11), TableColumn("Chưa hoàn thành quá hạn", width: 11),
            TableColumn("Tỷ lệ hoàn thành", width: 10), TableColumn("Tỷ lệ quá hạn", width: 10), TableColumn("Tỷ lệ cập nhật", width: 10),
        ], rows: report.units.map { unit in
            let c = unit.counts
            return [.integer(unit.rank), .text(unit.unitName), .integer(c.total), .integer(c.doneOnTime), .integer(c.doneLate),
                    .integer(c.openInTime), .integer(c.overdue), rateCell(c.completionRate), rateCell(c.overdueRate),
                    rateCell(c.updateRate)]
        })
    }

    /// STT | Nhiệm vụ | Văn bản giao | Đơn vị chủ trì | Hạn xử lý | Số ngày làm việc quá hạn.
    static func overdue(_ rows: [ReportedTask], includeUnit: Bool = true, name: String = "Quá hạn") -> Worksheet {
        var columns = [TableColumn("STT", width: 5), TableColumn("Nhiệm vụ", width: 44), TableColumn("Văn bản giao", width: 16)]
        if includeUnit { columns.append(TableColumn("Đơn vị chủ trì", width: 22)) }
        columns += [TableColumn("Hạn xử lý", width: 12), TableColumn("Số ngày làm việc quá hạn", width: 11)]
        return Worksheet(name: name, columns: columns, rows: rows.enumerated().map { i, row in
            var cells: [CellValue] = [.integer(i + 1), .text(row.task.reportTitle), text(row.task.sourceDocumentNumber)]
            if includeUnit { cells.append(.text(row.task.leadUnitName)) }
            cells += [date(row.classification.effectiveDeadline), .integer(row.classification.workingDaysLate)]
            return cells
        })
    }

    /// Every counted task with its standing: the drill-down, and the CSV export.
    static func tasks(_ report: PeriodReport) -> Worksheet {
        Worksheet(name: "Nhiệm vụ", columns: [
            TableColumn("Mã", width: 10), TableColumn("Nhiệm vụ", width: 44), TableColumn("Văn bản giao", width: 16),
            TableColumn("Đơn vị chủ trì", width: 22), TableColumn("Lãnh đạo phụ trách", width: 18),
            TableColumn("Ngày giao", width: 11), TableColumn("Hạn ban đầu", width: 11), TableColumn("Hạn hiện hành", width: 11),
            TableColumn("Ngày hoàn thành", width: 11), TableColumn("Tình trạng", width: 24),
            TableColumn("Số ngày làm việc quá hạn", width: 10), TableColumn("Quá hạn ban đầu, đã gia hạn", width: 10),
            TableColumn("Cập nhật trong kỳ", width: 10), TableColumn("Báo cáo tiến độ gần nhất", width: 11),
        ], rows: report.rows.map { row in
            let c = row.classification
            let completed = (c.status?.isDone ?? false) ? date(row.task.completedOn) : .empty
            return [.text(row.task.id), .text(row.task.reportTitle), text(row.task.sourceDocumentNumber), .text(row.task.leadUnitName),
                    text(row.task.leaderInCharge), date(row.task.assignedOn), date(c.originalDeadline), date(c.effectiveDeadline),
                    completed, .text(c.status?.label ?? ""), .integer(c.workingDaysLate),
                    .text(c.lateAgainstOriginal && c.status != .doneLate && c.status != .overdue ? "Có" : ""),
                    .text(row.updatedInPeriod ? "Có" : "Không"), date(row.task.lastProgressReportOn)]
        })
    }

    private static func rateCell(_ rate: ReportRate) -> CellValue { rate.value.map(CellValue.percent) ?? .text("-") }
    private static func text(_ s: String?) -> CellValue { s.map(CellValue.text) ?? .empty }
    private static func date(_ d: CivilDate?) -> CellValue { d.map(CellValue.date) ?? .empty }
}

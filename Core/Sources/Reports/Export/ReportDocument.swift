import LegalCalendar

/// A period report written out as a BÁO CÁO: the standard sentence and the rates,
/// the comparison with the previous period, the summary table, the per-unit
/// table and the overdue list. The issuer's name in `header.issuer` is used in
/// the text as given, so pass it in normal case ("Ủy ban nhân dân xã An Phú").
public enum ReportDocument {
    public static func make(_ report: PeriodReport, header: DocumentHeader, signature: SignatureBlock,
                            recipients: [String]) -> OfficialDocument {
        let subject = (["nhiệm vụ được giao", report.scopePhrase, report.window.phrase].filter { !$0.isEmpty })
            .joined(separator: " ")
        var body: [DocumentBlock] = [
            .paragraph("\(header.issuer) báo cáo kết quả theo dõi, đôn đốc thực hiện \(subject) "
                       + "(số liệu tính đến hết ngày \(report.window.end.vietnamese)) như sau:"),
            .heading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
            .paragraph(report.sentence),
            .paragraph(report.counts.completionRate.text + "; " + report.counts.overdueRate.text + "; "
                       + report.counts.updateRate.text + "."),
        ]
        if let comparison = ReportSentence.comparison(report) { body.append(.paragraph(comparison)) }
        body.append(.table(DocumentTable(ReportTables.summary(report))))

        body.append(.heading("II. KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ"))
        if report.units.isEmpty {
            body.append(.paragraph("Không có nhiệm vụ nào trong kỳ báo cáo."))
        } else {
            body.append(.paragraph("Các đơn vị được xếp theo tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn), "
                                   + "sau đó theo tỷ lệ quá hạn (trên tổng số nhiệm vụ)."))
            body.append(.table(DocumentTable(ReportTables.units(report))))
        }

        body.append(.heading("III. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH"))
        if report.overdueTasks.isEmpty {
            body.append(.paragraph("Đến hết ngày \(report.window.end.vietnamese), không có nhiệm vụ quá hạn chưa hoàn thành."))
        } else {
            body.append(.paragraph("Đến hết ngày \(report.window.end.vietnamese), còn "
                                   + "\(VietnameseNumber.integer(report.overdueTasks.count)) nhiệm vụ quá hạn chưa hoàn thành "
                                   + "(số ngày quá hạn tính theo ngày làm việc):"))
            body.append(.table(DocumentTable(ReportTables.overdue(report.overdueTasks))))
        }
        body.append(.paragraph("Trên đây là báo cáo kết quả thực hiện \(subject) của \(header.issuer)."))

        return OfficialDocument(header: header,
                                title: .named(typeName: "BÁO CÁO",
                                              summary: "Kết quả thực hiện \(subject)"),
                                body: body, recipients: recipients, signature: signature)
    }
}

extension DocumentTable {
    /// A worksheet shown as a Word table.
    init(_ sheet: Worksheet) {
        self.init(columns: sheet.columns, rows: sheet.rows)
    }
}

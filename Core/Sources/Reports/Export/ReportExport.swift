/// The files a period report is published as.
public enum ReportExport {
    /// Four sheets: Tổng hợp (figures against the previous period), Đơn vị (ranking),
    /// Quá hạn (overdue list), Nhiệm vụ (every counted task).
    public static func workbook(_ report: PeriodReport) -> Workbook {
        Workbook(sheets: [ReportTables.summary(report), ReportTables.units(report),
                          ReportTables.overdue(report.overdueTasks), ReportTables.tasks(report)])
    }

    public static func xlsx(_ report: PeriodReport) throws(ExportError) -> [UInt8] {
        try XLSXWriter.write(workbook(report))
    }

    /// The task-by-task list, one line per counted task.
    public static func csv(_ report: PeriodReport) -> [UInt8] {
        CSVWriter.write(ReportTables.tasks(report))
    }

    /// The report as a Decree 30 BÁO CÁO (see `ReportDocument`).
    public static func docx(_ report: PeriodReport, header: DocumentHeader, signature: SignatureBlock,
                            recipients: [String]) throws(ExportError) -> [UInt8] {
        try DOCXWriter.write(ReportDocument.make(report, header: header, signature: signature, recipients: recipients))
    }
}

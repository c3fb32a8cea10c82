import LegalCalendar
import TrackingRules

/// The công văn đôn đốc sent to a unit with overdue tasks: "V/v đôn đốc thực hiện
/// nhiệm vụ quá hạn", addressed to the unit, listing its overdue tasks with their
/// assigning documents and working days late, and asking it to finish and report
/// by a given day.
public enum ReminderDispatch {
    public static let subject = "đôn đốc thực hiện nhiệm vụ quá hạn"

    /// `tasks` may hold any of the unit's tasks; only those overdue are listed.
    /// `header.issuer` is quoted in the text as given (normal case).
    public static func document(unit unitName: String, tasks: [ReportedTask], asOf: CivilDate, replyBy: CivilDate,
                                header: DocumentHeader, signature: SignatureBlock,
                                recipients: [String] = ["Như trên", "Lưu: VT"]) throws(ExportError) -> OfficialDocument {
        let overdue = tasks.filter(\.isOverdue).sorted(by: ReportedTask.mostLateFirst)
        guard !overdue.isEmpty else { throw .nothingToRemind(unitName: unitName) }
        let count = VietnameseNumber.integer(overdue.count)
        let body: [DocumentBlock] = [
            .paragraph("Qua theo dõi tình hình thực hiện nhiệm vụ được giao, tính đến hết ngày \(asOf.vietnamese), "
                       + "\(unitName) còn \(count) nhiệm vụ đã quá hạn nhưng chưa hoàn thành, cụ thể như sau:"),
            .table(DocumentTable(ReportTables.overdue(overdue, includeUnit: false))),
            .paragraph("\(header.issuer) đề nghị \(unitName) khẩn trương chỉ đạo hoàn thành các nhiệm vụ nêu trên; "
                       + "báo cáo kết quả thực hiện chậm nhất ngày \(replyBy.vietnamese). Trường hợp chưa hoàn thành, "
                       + "báo cáo rõ nguyên nhân, khó khăn, vướng mắc, đề xuất giải pháp và thời hạn hoàn thành."),
        ]
        return OfficialDocument(header: header, title: .dispatch(subject: subject, addressees: [unitName]),
                                body: body, recipients: recipients, signature: signature)
    }

    public static func docx(unit unitName: String, tasks: [ReportedTask], asOf: CivilDate, replyBy: CivilDate,
                            header: DocumentHeader, signature: SignatureBlock,
                            recipients: [String] = ["Như trên", "Lưu: VT"]) throws(ExportError) -> [UInt8] {
        try DOCXWriter.write(document(unit: unitName, tasks: tasks, asOf: asOf, replyBy: replyBy,
                                      header: header, signature: signature, recipients: recipients))
    }
}

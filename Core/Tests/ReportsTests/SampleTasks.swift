import LegalCalendar
import TrackingRules
import Reports

/// A small commune's task book, written for these tests. Quarter I/2026 under
/// Decree 09 runs 15/12/2025–14/03/2026 (cut-off Saturday 14/3); March 2026 and
/// December 2025 have no holiday, so working days are Monday to Friday.
enum SampleTasks {
    static func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }

    static let quarter = ReportWindow(ReportingPeriod(kind: .quarter, index: 1, year: 2026)!)

    static func task(_ id: String, unit: String, doc: String, leader: String = "Trần Văn Minh", assigned: CivilDate,
                     due: CivilDate?, extensions: [DeadlineExtension] = [], done: CivilDate? = nil,
                     state: WorkflowState? = nil, progress: CivilDate? = nil) -> TaskSnapshot {
        let units = ["KT": "Phòng Kinh tế", "VH": "Phòng Văn hóa - Xã hội", "TC": "Phòng Tài chính - Kế hoạch"]
        let docs = ["D1": "01/TB-UBND", "D2": "02/KH-UBND", "D3": "45/UBND-TC"]
        return TaskSnapshot(id: id, title: "Nhiệm vụ \(id) của \(units[unit]!)", sourceDocumentID: doc,
                            sourceDocumentNumber: docs[doc], leadUnitID: unit, leadUnitName: units[unit]!,
                            leaderInCharge: leader, assignedOn: assigned, originalDeadline: due, extensions: extensions,
                            completedOn: done, workflowState: state ?? (done == nil ? .inProgress : .done),
                            lastProgressReportOn: progress)
    }

    static let all: [TaskSnapshot] = [
        // Kinh tế
        task("T01", unit: "KT", doc: "D1", assigned: d(2026, 1, 5), due: d(2026, 3, 6), done: d(2026, 3, 5)),       // D1
        task("T02", unit: "KT", doc: "D1", assigned: d(2026, 1, 5), due: d(2026, 3, 6), done: d(2026, 3, 10)),      // D2, 2 days
        task("T03", unit: "KT", doc: "D1", assigned: d(2026, 1, 5), due: d(2026, 3, 9), progress: d(2026, 3, 2)),   // U2, 4 days
        task("T12", unit: "KT", doc: "D1", assigned: d(2026, 1, 5), due: nil, done: d(2026, 2, 10)),                // D1 không hạn
        task("T13", unit: "KT", doc: "D2", assigned: d(2026, 1, 5), due: d(2026, 3, 16), progress: d(2025, 12, 1)), // U1, due soon
        // Văn hóa - Xã hội
        task("T04", unit: "VH", doc: "D2", leader: "Lê Thị Hoa", assigned: d(2026, 1, 10), due: d(2026, 3, 31),
             progress: d(2026, 1, 20)),                                                                              // U1
        task("T05", unit: "VH", doc: "D2", leader: "Lê Thị Hoa", assigned: d(2026, 2, 1), due: d(2026, 3, 2),
             extensions: [DeadlineExtension(newDeadline: d(2026, 3, 20), approvedOn: d(2026, 2, 27))],
             done: d(2026, 3, 12)),                                                                                  // D1 by extension
        task("T06", unit: "VH", doc: "D2", assigned: d(2026, 1, 15), due: nil),                                     // U1 không hạn
        // Tài chính - Kế hoạch
        task("T07", unit: "TC", doc: "D3", assigned: d(2025, 11, 1), due: d(2025, 12, 31), done: d(2025, 12, 30),
             progress: d(2025, 12, 10)),                                                                             // D1
        task("T08", unit: "TC", doc: "D3", assigned: d(2026, 3, 20), due: d(2026, 4, 30)),                          // after cut-off
        task("T09", unit: "TC", doc: "D3", assigned: d(2026, 1, 5), due: d(2026, 2, 2), state: .withdrawn),
        task("T10", unit: "TC", doc: "D3", assigned: d(2026, 1, 5), due: d(2026, 2, 2), state: .suspended),
        task("T11", unit: "TC", doc: "D3", assigned: d(2026, 1, 5), due: d(2026, 3, 13), done: d(2026, 3, 16),
             progress: d(2026, 3, 11)),                                                                              // U2 at cut-off, 0 days
        task("T14", unit: "TC", doc: "D3", assigned: d(2025, 10, 1), due: d(2025, 11, 28), done: d(2025, 12, 5)),   // D2, 5 days
    ]
}

import FluentKit
import Foundation
import LegalCalendar
import SQLKit
import TrackingRules

/// Fills the database with many synthetic tasks for load tests (`dondoc
/// seed-load`). Rows go in with multi-row INSERTs, bypassing the audit log:
/// they are a benchmark's furniture, not anyone's work. The search triggers
/// and indexes see them like any other row.
public enum LoadSeeder {
    static let actions = ["Rà soát", "Tổng hợp", "Kiểm tra", "Xây dựng kế hoạch", "Báo cáo kết quả", "Đôn đốc", "Hoàn thiện hồ sơ"]
    static let objects = ["thu ngân sách", "giải ngân vốn đầu tư công", "chuyển đổi số", "phòng chống thiên tai",
                          "giải phóng mặt bằng", "cải cách hành chính", "an toàn giao thông", "bảo vệ rừng",
                          "dịch vụ công trực tuyến", "xây dựng nông thôn mới"]

    public static func seed(tasks count: Int, organisationID: UUID, on db: any Database) async throws {
        let units = try await UnitRecord.query(on: db).all().map { try $0.requireID() }
        guard !units.isEmpty else { throw TrackingError(.invalid, "Chưa có đơn vị nào: chạy với --demo trước.") }
        let states: [WorkflowState] = [.notStarted, .inProgress, .inProgress, .awaitingConfirmation, .done, .done]
        let start = CivilDate(year: 2025, month: 1, day: 2)!
        var generator = SplitMix(seed: 2026)
        let batch = 500
        var made = 0
        while made < count {
            let size = min(batch, count - made)
            var rows: [SQLQueryString] = []
            for k in 0..<size {
                let n = made + k
                let title = "\(actions[Int(generator.next() % UInt64(actions.count))]) \(objects[Int(generator.next() % UInt64(objects.count))]) đợt \(n)"
                let deadline = start.adding(days: Int(generator.next() % 900)).iso
                let state = states[Int(generator.next() % UInt64(states.count))]
                let completed: String? = state == .done ? deadline : nil
                let lead = units[Int(generator.next() % UInt64(units.count))]
                let now = Date()
                rows.append("""
                    (\(bind: UUID()), \(bind: organisationID), \(bind: title), \(bind: title + "."), \(bind: lead), \
                    \(bind: deadline), \(bind: deadline), \(bind: state.rawValue), \(bind: completed), \
                    \(bind: SearchFolding.fold(title)), \(bind: now), \(bind: now))
                    """)
            }
            let insert: SQLQueryString = """
                INSERT INTO tasks (id, organisation_id, title, text, lead_unit_id, deadline, original_deadline,
                                   workflow_state, completed_on, folded, created_at, updated_at)
                VALUES \(rows.joined(separator: ", "))
                """
            try await (db as! any SQLDatabase).raw(insert).run()
            made += size
        }
    }
}

/// A small deterministic generator, so two seeded databases hold the same rows.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import FluentKit
import Foundation
import LegalCalendar
import Reports
import SQLKit
import TrackingRules

/// What one unit or one leader is reminded of on one day: the open tasks that
/// fall due within N working days (sắp đến hạn) and those already overdue.
public struct ReminderDigest: Sendable, Codable, Equatable {
    public enum Audience: String, Sendable, Codable {
        case unit = "don_vi"      // the lead unit
        case leader = "lanh_dao"  // the leader in charge
    }

    public struct Item: Sendable, Codable, Equatable {
        public let taskID: String
        public let title: String
        public let documentNumber: String?
        public let unitName: String
        public let deadline: CivilDate?
        /// Working days left (due soon) or late (overdue).
        public let workingDays: Int
    }

    public let audience: Audience
    public let audienceID: UUID
    public let audienceName: String
    public let date: CivilDate
    public let dueWithinWorkingDays: Int
    public let dueSoon: [Item]
    public let overdue: [Item]

    /// Names the digest among the day's digests: "don_vi:<id>".
    public var key: String { "\(audience.rawValue):\(audienceID.uuidString)" }

    public var subject: String {
        var parts: [String] = []
        if !overdue.isEmpty { parts.append("\(overdue.count) nhiệm vụ quá hạn") }
        if !dueSoon.isEmpty { parts.append("\(dueSoon.count) nhiệm vụ sắp đến hạn") }
        return "Nhắc việc ngày \(date.vietnamese) - \(audienceName): " + parts.joined(separator: ", ")
    }

    /// The digest as plain text, for e-mail and the notification list.
    public var text: String {
        var lines = ["Kính gửi: \(audienceName).", ""]
        if !overdue.isEmpty {
            lines.append("Nhiệm vụ đã quá hạn, chưa hoàn thành (\(overdue.count)):")
            for (i, item) in overdue.enumerated() {
                lines.append("\(i + 1). \(item.title)\(Self.source(item)) - hạn \(item.deadline?.vietnamese ?? "?"), "
                             + "quá hạn \(item.workingDays) ngày làm việc; chủ trì: \(item.unitName).")
            }
            lines.append("")
        }
        if !dueSoon.isEmpty {
            lines.append("Nhiệm vụ sắp đến hạn trong \(dueWithinWorkingDays) ngày làm việc (\(dueSoon.count)):")
            for (i, item) in dueSoon.enumerated() {
                lines.append("\(i + 1). \(item.title)\(Self.source(item)) - hạn \(item.deadline?.vietnamese ?? "?"), "
                             + "còn \(item.workingDays) ngày làm việc; chủ trì: \(item.unitName).")
            }
            lines.append("")
        }
        lines.append("Đề nghị khẩn trương thực hiện và cập nhật tiến độ trên hệ thống dondoc.")
        return lines.joined(separator: "\n")
    }

    private static func source(_ item: Item) -> String {
        item.documentNumber.map { " (Văn bản số \($0))" } ?? ""
    }
}

/// Computes the day's digests from the tasks in store, with the same
/// classifier as the reports, so a reminder never contradicts a report.
public struct ReminderDigests: Sendable {
    let db: any Database
    let dueWithinWorkingDays: Int

    public init(db: any Database, dueWithinWorkingDays: Int = 3) {
        self.db = db
        self.dueWithinWorkingDays = dueWithinWorkingDays
    }

    public func compute(on date: CivilDate) async throws -> [ReminderDigest] {
        let classifier = StatusClassifier(calendar: try await ReportCalendar.load(on: db), dueSoonThreshold: dueWithinWorkingDays)
        let leaders = try await leadersInCharge()
        var byUnit: [UUID: (name: String, soon: [ReminderDigest.Item], late: [ReminderDigest.Item])] = [:]
        var byLeader: [UUID: (name: String, soon: [ReminderDigest.Item], late: [ReminderDigest.Item])] = [:]
        for task in try await ReportSnapshots(db: db).load(.all) {
            let c = classifier.classify(task.timeline, asOf: date)
            let overdue = c.status == .overdue
            guard overdue || (c.status == .inProgressOnTime && c.isDueSoon) else { continue }
            let item = ReminderDigest.Item(taskID: task.id, title: task.title, documentNumber: task.sourceDocumentNumber,
                                           unitName: task.leadUnitName, deadline: c.effectiveDeadline,
                                           workingDays: overdue ? c.workingDaysLate : (c.workingDaysLeft ?? 0))
            // Appended in place: copying an entry out of the dictionary and
            // back copied its whole list on every task (quadratic: on 100,000
            // tasks the job took 11 s of CPU at every server start).
            if let unit = UUID(uuidString: task.leadUnitID) {
                if overdue { byUnit[unit, default: (task.leadUnitName, [], [])].late.append(item) }
                else { byUnit[unit, default: (task.leadUnitName, [], [])].soon.append(item) }
            }
            if let id = UUID(uuidString: task.id), let leader = leaders[id] {
                if overdue { byLeader[leader.id, default: (leader.name, [], [])].late.append(item) }
                else { byLeader[leader.id, default: (leader.name, [], [])].soon.append(item) }
            }
        }
        func digests(_ groups: [UUID: (name: String, soon: [ReminderDigest.Item], late: [ReminderDigest.Item])],
                     _ audience: ReminderDigest.Audience) -> [ReminderDigest] {
            groups.map { id, group in
                ReminderDigest(audience: audience, audienceID: id, audienceName: group.name, date: date,
                               dueWithinWorkingDays: dueWithinWorkingDays,
                               dueSoon: group.soon.sorted { ($0.workingDays, $0.taskID) < ($1.workingDays, $1.taskID) },
                               overdue: group.late.sorted { ($0.workingDays, $1.taskID) > ($1.workingDays, $0.taskID) })
            }.sorted { $0.audienceName < $1.audienceName }
        }
        return digests(byUnit, .unit) + digests(byLeader, .leader)
    }

    /// The leader in charge of each open task.
    private func leadersInCharge() async throws -> [UUID: (id: UUID, name: String)] {
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT t.id, l.id AS leader_id, l.display_name FROM tasks t JOIN users l ON l.id = t.leader_id
            WHERE t.workflow_state NOT IN ('da_hoan_thanh', 'rut', 'tam_hoan')
            """).all()
        var result: [UUID: (id: UUID, name: String)] = [:]
        for row in rows {
            result[try row.decode(column: "id", as: UUID.self)] = (try row.decode(column: "leader_id", as: UUID.self),
                                                                   try row.decode(column: "display_name", as: String.self))
        }
        return result
    }
}

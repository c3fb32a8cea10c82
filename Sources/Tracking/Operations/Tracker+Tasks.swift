import FluentKit
import Foundation
import LegalCalendar
import TrackingRules

extension Tracker {
    /// Creates tasks, all or none.
    public func create(_ tasks: [NewTask], by actor: Actor) async throws -> [UUID] {
        let organisationID = organisationID
        return try await write { db in
            var ids: [UUID] = []
            for input in tasks {
                ids.append(try await self.insert(input, organisationID: organisationID, by: actor, on: db))
            }
            return ids
        }
    }

    func insert(_ input: NewTask, organisationID: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        let text = input.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw TrackingError(.invalid, "Nội dung nhiệm vụ không được để trống.") }
        try await requireUnit(input.leadUnitID, on: db)
        try await requireLeader(input.leaderID, on: db)
        let task = TaskRecord()
        task.$organisation.id = organisationID
        task.$document.id = input.documentID
        task.section = input.section
        task.title = Self.title(input.title, text: text)
        task.text = text
        let pieces = input.pieces
        task.spanStart = pieces.first?.start
        task.spanEnd = pieces.first?.end
        task.sourceSpans = pieces.count > 1 ? String(decoding: try JSONEncoder().encode(pieces), as: UTF8.self) : nil
        if let milestones = input.milestones, milestones.count > 1 {
            task.milestones = String(decoding: try JSONEncoder().encode(milestones), as: UTF8.self)
        }
        task.$leadUnit.id = input.leadUnitID
        task.leadText = input.leadText
        task.$leader.id = input.leaderID
        task.deadline = input.deadline?.iso
        task.originalDeadline = input.deadline?.iso
        task.deadlineText = input.deadlineText.blankAsNil
        task.recurrence = input.recurrence
        task.workflowState = .notStarted
        task.folded = SearchFolding.fold(task.title + " " + text + " " + (input.leadText ?? ""))
        try await task.create(on: db)
        let id = try task.requireID()
        for unitID in Set(input.supportUnitIDs ?? []) where unitID != input.leadUnitID {
            try await requireUnit(unitID, on: db)
            try await CoordinationRecord(taskID: id, unitID: unitID).create(on: db)
        }
        try await AuditLog.record(.createTask, entity: TaskRecord.schema, id: id,
                                  before: TaskSnapshot?.none, after: TaskSnapshot(task), by: actor, on: db)
        return id
    }

    /// Edits a task's wording, units, leader or deadline. Changing the
    /// deadline here corrects a mistake; granting more time goes through an
    /// extension so the original deadline stays on record.
    public func update(_ id: UUID, _ changes: TaskChanges, by actor: Actor) async throws {
        try await write { db in
            let task = try await self.task(id, on: db)
            let before = TaskSnapshot(task)
            if let title = changes.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty { task.title = title }
            if let text = changes.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { task.text = text }
            if let unit = changes.leadUnitID {
                try await self.requireUnit(unit, on: db)
                task.$leadUnit.id = unit
            }
            if let leader = changes.leaderID {
                try await self.requireLeader(leader, on: db)
                task.$leader.id = leader
            }
            if let deadline = changes.deadline {
                task.deadline = deadline.iso
                if task.originalDeadline == nil { task.originalDeadline = deadline.iso }
            }
            if let text = changes.deadlineText { task.deadlineText = text.blankAsNil }
            task.folded = SearchFolding.fold(task.title + " " + task.text + " " + (task.leadText ?? ""))
            try await task.update(on: db)
            if let support = changes.supportUnitIDs {
                try await CoordinationRecord.query(on: db).filter(\.$task.$id == id).delete()
                for unitID in Set(support) where unitID != task.$leadUnit.id {
                    try await self.requireUnit(unitID, on: db)
                    try await CoordinationRecord(taskID: id, unitID: unitID).create(on: db)
                }
            }
            try await AuditLog.record(.editTask, entity: TaskRecord.schema, id: id,
                                      before: before, after: TaskSnapshot(task), by: actor, on: db)
        }
    }

    /// A leader hands a task to another lead unit (chủ trì) and/or changes
    /// its coordinating units (phối hợp), optionally another leader, with a
    /// note for the history. A new lead unit starts the work over; units that
    /// stay coordinating keep the progress of their part. `support` nil keeps
    /// the coordinating units as they are.
    public func reassign(_ id: UUID, toUnit unitID: UUID, leader: UUID?, support: [UUID]? = nil,
                         note: String? = nil, by actor: Actor) async throws {
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).blankAsNil
        try await write { db in
            let task = try await self.task(id, on: db)
            try await self.requireUnit(unitID, on: db)
            try await self.requireLeader(leader, on: db)
            let coordinating = try await CoordinationRecord.query(on: db).filter(\.$task.$id == id).all()
            let before = TaskSnapshot(task, supportUnitIDs: coordinating.map { $0.$unit.id }.sorted { $0.uuidString < $1.uuidString })
            let wanted = Set(support ?? coordinating.map { $0.$unit.id }).subtracting([unitID])
            for unit in wanted { try await self.requireUnit(unit, on: db) }
            let leadChanges = task.$leadUnit.id != unitID
            guard leadChanges || wanted != Set(before.supportUnitIDs ?? []) || (leader != nil && leader != task.$leader.id) else {
                throw TrackingError(.invalid, "Đơn vị chủ trì và đơn vị phối hợp không thay đổi, không có gì để giao lại.")
            }
            task.$leadUnit.id = unitID
            if let leader { task.$leader.id = leader }
            if leadChanges, task.workflowState != .done { task.workflowState = .notStarted }
            try await task.update(on: db)
            for record in coordinating where !wanted.contains(record.$unit.id) { try await record.delete(on: db) }
            for unit in wanted.subtracting(coordinating.map { $0.$unit.id }) {
                try await CoordinationRecord(taskID: id, unitID: unit).create(on: db)
            }
            let after = TaskSnapshot(task, supportUnitIDs: wanted.sorted { $0.uuidString < $1.uuidString }, note: note)
            try await AuditLog.record(.reassignTask, entity: TaskRecord.schema, id: id,
                                      before: before, after: after, by: actor, on: db)
        }
    }

    /// A short title: the task's first clause, cut at a word boundary.
    static func title(_ given: String?, text: String) -> String {
        if let given = given?.trimmingCharacters(in: .whitespacesAndNewlines), !given.isEmpty { return given }
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard firstLine.count > 120 else { return firstLine }
        let cut = firstLine.prefix(120)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}

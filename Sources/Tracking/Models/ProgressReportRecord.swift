import FluentKit
import Foundation

public enum ReportKind: String, Codable, Sendable {
    case progress = "tien_do"        // báo cáo tiến độ
    case completion = "hoan_thanh"   // báo cáo hoàn thành
}

public enum Decision: String, Codable, Sendable {
    case pending = "cho_duyet"   // chờ duyệt
    case approved = "dong_y"     // đồng ý
    case refused = "tu_choi"     // từ chối
}

/// A unit's report on a task: progress, or completion with its evidence
/// (text, an attached file, the number of the answering document).
public final class ProgressReportRecord: Model, @unchecked Sendable {
    public static let schema = "progress_reports"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: TaskRecord
    /// The period of a recurring duty the report answers for; nil on a one-off task.
    @OptionalParent(key: "occurrence_id") public var occurrence: OccurrenceRecord?
    @Parent(key: "author_id") public var author: UserRecord
    @OptionalParent(key: "unit_id") public var unit: UnitRecord?
    @Enum(key: "kind") public var kind: ReportKind
    @Field(key: "text") public var text: String
    @OptionalField(key: "evidence_file_name") public var evidenceFileName: String?
    @OptionalField(key: "evidence") public var evidence: Data?
    @OptionalField(key: "answer_number") public var answerNumber: String?
    @Field(key: "reported_on") public var reportedOn: String
    @Enum(key: "decision") public var decision: Decision
    @OptionalParent(key: "decided_by") public var decidedBy: UserRecord?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

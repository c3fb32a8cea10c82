import LegalCalendar

/// An approved request to move a task's deadline (gia hạn; lùi or giãn in the
/// Government's wording). The original deadline is never overwritten: reports
/// show both whether a task met its extended deadline and whether it ran past
/// the one first set.
public struct DeadlineExtension: Hashable, Sendable, Codable {
    public var newDeadline: CivilDate
    /// The day the extension was approved. Nil when unknown: it then counts from the start.
    public var approvedOn: CivilDate?
    /// The approving document ("Công văn số 45/UBND-VP"), for the record.
    public var reference: String?

    public init(newDeadline: CivilDate, approvedOn: CivilDate? = nil, reference: String? = nil) {
        self.newDeadline = newDeadline
        self.approvedOn = approvedOn
        self.reference = reference
    }
}

/// When an open task earns a reminder: a few working days before its deadline
/// (provincial systems use 7, 3 and 1), on the deadline day, and then every few
/// working days while it stays overdue. Evaluated once a day on the task's
/// classification for that day, so a reminder fires on exactly one day per step.
public struct ReminderPlan: Hashable, Sendable, Codable {
    /// Working days before the deadline that trigger a reminder.
    public var workingDaysBefore: Set<Int>
    public var onDeadlineDay: Bool
    /// Repeat every N working days late (the first on the first working day late); nil: once only.
    public var overdueEvery: Int?

    public init(workingDaysBefore: Set<Int> = [7, 3, 1], onDeadlineDay: Bool = true, overdueEvery: Int? = 5) {
        self.workingDaysBefore = workingDaysBefore
        self.onDeadlineDay = onDeadlineDay
        self.overdueEvery = overdueEvery
    }

    public enum Reminder: Hashable, Sendable, Codable {
        /// Sắp đến hạn: this many working days left.
        case upcoming(workingDaysLeft: Int)
        /// Đến hạn hôm nay.
        case dueToday
        /// Quá hạn by this many working days.
        case overdue(workingDaysLate: Int)

        /// The line a notice or e-mail opens with.
        public var message: String {
            switch self {
            case .upcoming(let n): return "Nhiệm vụ sắp đến hạn: còn \(n) ngày làm việc."
            case .dueToday: return "Nhiệm vụ đến hạn hôm nay."
            case .overdue(let n): return "Nhiệm vụ đã quá hạn \(n) ngày làm việc."
            }
        }
    }

    /// The reminder due on the day `classification` was taken, if any. Done, excluded
    /// and deadline-free tasks get none.
    public func reminder(for classification: TaskClassification) -> Reminder? {
        switch classification.status {
        case .inProgressOnTime:
            guard let left = classification.workingDaysLeft else { return nil }
            if left == 0 { return onDeadlineDay ? .dueToday : nil }
            return workingDaysBefore.contains(left) ? .upcoming(workingDaysLeft: left) : nil
        case .overdue:
            let late = classification.workingDaysLate
            // Days off right after the deadline count 0 working days: wait for the first working day.
            guard late >= 1 else { return nil }
            if late == 1 { return .overdue(workingDaysLate: 1) }
            guard let every = overdueEvery, every > 0 else { return nil }
            return (late - 1) % every == 0 ? .overdue(workingDaysLate: late) : nil
        default:
            return nil
        }
    }
}

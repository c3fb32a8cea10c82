import Foundation
import Tracking

/// The Trước / Sau links of the task list: the same filters, the window moved
/// by one page. The first page's link carries no offset, so it reads as the
/// list a filter form gives.
struct TaskListPager {
    let previous: String?
    let next: String?

    init(filter: TaskFilter, size: Int, offset: Int, hasNext: Bool) {
        func link(_ offset: Int) -> String {
            SiteRoute.tasks.path(query: [
                "q": filter.query, "unit": filter.unitID?.uuidString, "leader": filter.leaderID?.uuidString,
                "document": filter.documentID?.uuidString, "state": filter.state?.rawValue, "status": filter.status?.rawValue,
                "deadlineFrom": filter.deadlineFrom, "deadlineTo": filter.deadlineTo,
                "limit": filter.limit.map(String.init), "offset": offset == 0 ? nil : String(offset),
            ])
        }
        previous = offset == 0 ? nil : link(max(offset - size, 0))
        next = hasNext ? link(offset + size) : nil
    }
}

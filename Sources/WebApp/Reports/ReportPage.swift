import Foundation
import Reports
import Tracking
import TrackingRules

/// What report.leaf shows: the figures with links, the rates with their bases,
/// the ranking, the overdue list and the choice of period and scope.
struct ReportPage: Encodable {
    typealias Option = FormOption
    struct Figure: Encodable { let label: String; let value: String; let previous: String?; let link: String }
    struct Rate: Encodable { let label: String; let value: String; let basis: String }
    struct UnitLine: Encodable {
        let rank: Int
        let name: String
        let total: Int, doneOnTime: Int, doneLate: Int, openInTime: Int, overdue: Int
        let completion: String, overdueRate: String, update: String
        let link: String
    }
    struct OverdueLine: Codable {
        let id: String, title: String, document: String?, unit: String, deadline: String?, daysLate: Int
    }

    let me: TaskPagesController.Me
    let csrf: String
    let title: String
    let windowLabel: String
    let windowRange: String
    let sentence: String
    let comparison: String?
    let figures: [Figure]
    let rates: [Rate]
    let units: [UnitLine]
    let overdue: [OverdueLine]
    /// All the overdue tasks, when the list shows only the most overdue.
    let overdueTotal: Int?
    let overdueLink: String
    let excluded: Int
    let query: ReportQuery
    let queryString: String
    let unitOptions: [Option]
    let leaderOptions: [Option]
    let documentOptions: [Option]
    let canDraftReminder: Bool

    static func rate(_ r: ReportRate) -> Rate {
        Rate(label: r.label, value: VietnameseNumber.percent(r.value),
             basis: "\(VietnameseNumber.integer(r.numerator))/\(VietnameseNumber.integer(r.denominator))")
    }

    static func figures(_ report: ReportOverview, query: String) -> [Figure] {
        [ReportFigure.total, .done, .doneOnTime, .doneLate, .open, .openInTime, .overdue, .noDeadline, .dueSoon, .notUpdated].map { figure in
            Figure(label: figure.label, value: VietnameseNumber.integer(figure.value(report.counts)),
                   previous: report.previous.map { VietnameseNumber.integer(figure.value($0.counts)) },
                   link: SiteRoute.reportTasks.path(encodedQuery: "figure=\(figure.rawValue)&" + query))
        }
    }

    static func unitLines(_ report: ReportOverview, query: ReportQuery) -> [UnitLine] {
        report.units.map { unit in
            var scoped = query
            scoped.unit = UUID(uuidString: unit.unitID)
            scoped.leader = nil
            scoped.document = nil
            let c = unit.counts
            return UnitLine(rank: unit.rank, name: unit.unitName, total: c.total, doneOnTime: c.doneOnTime, doneLate: c.doneLate,
                            openInTime: c.openInTime, overdue: c.overdue,
                            completion: VietnameseNumber.percent(c.completionRate.value),
                            overdueRate: VietnameseNumber.percent(c.overdueRate.value),
                            update: VietnameseNumber.percent(c.updateRate.value),
                            link: SiteRoute.reports.path(encodedQuery: scoped.queryString))
        }
    }

    static func overdueLines(_ rows: [ReportedTask]) -> [OverdueLine] {
        rows.map {
            OverdueLine(id: $0.task.id, title: $0.task.reportTitle, document: $0.task.sourceDocumentNumber, unit: $0.task.leadUnitName,
                        deadline: $0.classification.effectiveDeadline?.vietnamese, daysLate: $0.classification.workingDaysLate)
        }
    }
}

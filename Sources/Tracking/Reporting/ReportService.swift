import FluentKit
import Foundation
import LegalCalendar
import Reports
import TrackingRules

/// Builds period reports for the pages, the downloads and `dondoc report`:
/// the tasks are loaded in bulk (`ReportSnapshots`) and counted by the pure
/// `Reports` module, so a page, a file and the command always agree.
public struct ReportService: Sendable {
    public let db: any Database
    public let dueSoonThreshold: Int
    /// The working calendar when the caller has it (the server keeps one);
    /// read from the database otherwise.
    let calendar: WorkCalendar?

    public init(db: any Database, dueSoonThreshold: Int = 3, calendar: WorkCalendar? = nil) {
        self.db = db
        self.dueSoonThreshold = dueSoonThreshold
        self.calendar = calendar
    }

    public func workCalendar() async throws -> WorkCalendar {
        if let calendar { return calendar }
        return try await ReportCalendar.load(on: db)
    }

    public func classifier() async throws -> StatusClassifier {
        StatusClassifier(calendar: try await workCalendar(), dueSoonThreshold: dueSoonThreshold)
    }

    func figureQuery() async throws -> ReportFigureQuery {
        ReportFigureQuery(db: db, calendar: try await workCalendar(), dueSoonThreshold: dueSoonThreshold)
    }

    public func report(_ subject: ReportSubject, window: ReportWindow) async throws -> PeriodReport {
        let classifier = try await classifier()
        let items = try await ReportSnapshots(db: db).items(subject)
        return PeriodReport.build(tasks: items, window: window, scope: try await scope(subject), classifier: classifier)
    }

    /// The figures computed in SQL (for the dashboard and large books).
    public func figures(_ subject: ReportSubject, window: ReportWindow) async throws -> ReportFigures {
        try await figureQuery().figures(subject, window: window)
    }

    /// The done, overdue and already-due counts at the end of each window, in one pass (the dashboard's trend).
    public func monthEnds(_ subject: ReportSubject, windows: [ReportWindow]) async throws -> [MonthEndCounts] {
        try await figureQuery().monthEnds(subject, windows: windows)
    }

    /// The pure module's scope for a subject; a leader is matched by name there.
    public func scope(_ subject: ReportSubject) async throws -> ReportScope {
        switch subject {
        case .all: return .all
        case .unit(let id): return .unit(id: id.uuidString)
        case .document(let id): return .sourceDocument(id: id.uuidString)
        case .leader(let id):
            guard let leader = try await UserRecord.find(id, on: db) else { throw TrackingError.notFound("lãnh đạo") }
            return .leader(name: leader.displayName)
        }
    }
}

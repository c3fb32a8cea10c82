import FluentKit

/// Every migration of the tracking schema, in order. Append only: a released
/// step is never edited, a change is a new step.
public enum TrackingMigrations {
    public static var all: [any Migration] {
        [
            CreateOrganisations(), CreateUnits(), CreateUsers(), CreateDocuments(), CreateTasks(),
            CreateCoordinators(), CreateProgressReports(), CreateExtensions(), CreateAuditLog(),
            CreateApiTokens(), CreateCalendarOverrides(), CreateLoginAttempts(),
        ] + SearchAndIndexes.steps + [
            AddExtensionDecidedOn(),
            SearchAndIndexes.urgencyOrder,
        ] + ListIndexes.steps + ReportingMigrations.all
            + LastReportColumn.steps + ListIndexes.dashboardSteps + DraftReviewColumns.steps + PeriodExtensionColumn.steps
            + RecurringMigrations.all
            + ReportTallyMigrations.all
            + DashboardIndexes.steps
            + UnitListIndexes.steps
            + FullTextIdMap.steps
            + ReportItemMigrations.all
    }
}

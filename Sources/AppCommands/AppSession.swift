import Foundation
import Tracking
import Vapor
import WebApp

/// Runs a batch command on the same database as `dondoc serve` (the SQLite
/// file in the data folder, or DATABASE_URL), without serving HTTP and
/// without the server's daily scheduler.
public enum AppSession {
    /// `environment` is where DATABASE_URL is looked up: the process's own,
    /// or a test's.
    public static func run<T>(dataDirectory: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                              _ body: (Application) async throws -> T) async throws -> T {
        let database = DatabaseLocation.choose(environment: environment, dataDirectory: dataDirectory)
        var settings = AppSettings(dataDirectory: dataDirectory, database: database)
        var reporting = ReportingSettings.fromEnvironment(issuer: settings.organisationName)
        reporting.reminders.schedule = nil
        settings.reporting = reporting
        return try await Application.configured(Environment(name: "production", arguments: ["dondoc"]), settings, body)
    }
}

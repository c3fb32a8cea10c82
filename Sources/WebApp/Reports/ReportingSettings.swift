import Foundation
import Vapor

/// How reports are signed and reminders delivered, beside `AppSettings`.
public struct ReportingSettings: Sendable {
    public var office: OfficeIdentity
    public var reminders: ReminderSettings

    public init(office: OfficeIdentity, reminders: ReminderSettings = ReminderSettings()) {
        self.office = office
        self.reminders = reminders
    }

    public static func fromEnvironment(issuer: String, _ environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportingSettings {
        ReportingSettings(office: .fromEnvironment(issuer: issuer, environment), reminders: .fromEnvironment(environment))
    }
}

extension Application {
    private struct ReportingKey: StorageKey { typealias Value = ReportingSettings }

    var reporting: ReportingSettings {
        get { storage[ReportingKey.self] ?? .fromEnvironment(issuer: "Ủy ban nhân dân") }
        set { storage[ReportingKey.self] = newValue }
    }
}

extension Application {
    /// Who signs the reports, for the command line.
    public var reportingOffice: OfficeIdentity { reporting.office }
}

import Foundation
import Tracking

/// How one dondoc server runs: where its data lives, which day it is.
public struct AppSettings: Sendable {
    public var dataDirectory: String
    public var database: DatabaseLocation
    public var clock: any DayClock
    public var organisationName: String
    /// Report signature and reminder delivery; nil reads them from the environment.
    public var reporting: ReportingSettings?
    /// Keep the busiest lists' and tasks' answers until the next write (`KeptAnswers`).
    public var keepAnswers = true

    /// The organisation a server keeps its directory under unless told otherwise.
    public static let defaultOrganisationName = "Ủy ban nhân dân"

    public init(dataDirectory: String, database: DatabaseLocation, clock: any DayClock = VietnamDayClock(),
                organisationName: String = defaultOrganisationName) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.clock = clock
        self.organisationName = organisationName
    }
}

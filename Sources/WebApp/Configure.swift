import Fluent
import Foundation
import Leaf
import Tracking
import Vapor

/// Sets up a dondoc application: database and migrations, sessions,
/// views, middleware and routes. The `serve` command and the tests both
/// start from here.
public func configure(_ app: Application, _ settings: AppSettings) async throws {
    try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
    app.databases.use(try settings.database.factory(), as: settings.database.id)
    for middleware in TallyMiddleware.all + CoordinatorListKeys.middleware { app.databases.middleware.use(middleware, on: settings.database.id) }
    app.migrations.add(TrackingMigrations.all)
    app.migrations.add(SessionRecord.migration)
    try await app.autoMigrate()
    try await settings.database.tune(app.databases, on: app.eventLoopGroup, logger: app.logger)

    let gate = WriteGate(database: app.db)
    let organisationID = try await Directory(db: app.db, gate: gate).organisation(named: settings.organisationName)
    app.dondoc = DondocContext(gate: gate, clock: settings.clock, organisationID: organisationID, keepAnswers: settings.keepAnswers)

    app.routes.defaultMaxBodySize = "20mb"
    app.sessions.use(.stored(settings.database.id))
    app.sessions.configuration.cookieName = SessionKeys.cookie
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(string: id.string, isHTTPOnly: true, sameSite: .lax)
    }

    app.views.use(.leaf)
    app.leaf.configuration.rootDirectory = app.directory.viewsDirectory
    app.leaf.tags["ngay"] = VietnameseDateTag()
    app.leaf.tags["ngaygio"] = VietnameseTimeTag()
    app.leaf.tags["path"] = PathTag()

    app.middleware = .init()
    app.middleware.use(RequestMetricsMiddleware())
    app.middleware.use(VietnameseErrorMiddleware())
    app.middleware.use(PublicFilesMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(SessionPrincipalAuthenticator())
    app.middleware.use(BearerPrincipalAuthenticator())
    app.middleware.use(CSRFMiddleware())

    try registerRoutes(app)
    try configureReporting(app, settings)
}

func registerRoutes(_ app: Application) throws {
    try app.register(collection: OpsController())
    try app.register(collection: AuthController())
    try app.register(collection: TaskAPIController())
    try app.register(collection: OccurrenceAPIController())
    try app.register(collection: DirectoryAPIController())
    try app.register(collection: UserAPIController())
    try app.register(collection: AuditAPIController())
    try app.register(collection: CalendarAPIController())
    try app.register(collection: TaskPagesController())
    try app.register(collection: DocumentAPIController())
    try app.register(collection: DocumentPagesController())
    try app.register(collection: DocumentRegisterController())
    try app.register(collection: AdminPagesController())
    try app.register(collection: UserPagesController())
    try app.register(collection: CalendarPagesController())
    try app.register(collection: UnitAPIController())
    try app.register(collection: UnitPagesController())
}

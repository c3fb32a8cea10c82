import Fluent
import Foundation
import LegalCalendar
import Reports
import Tracking
import Vapor

/// The notification list, the draft reminder dispatch (công văn đôn đốc) to a
/// unit. Where each user's reminders are e-mailed is set with the user
/// (`UserAPIController`).
struct RemindersController: RouteCollection {
    struct NotificationOut: Content {
        let id: UUID
        let digestDate: String
        let title: String
        let body: String
        let link: String?
        let read: Bool
    }
    struct NotificationsPage: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let notifications: [NotificationOut]
        let unread: Int
    }

    /// Days a unit is given to answer a reminder dispatch.
    static let replyWithinWorkingDays = 5

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .notifications, action: .readNotifications) { request, principal in
            let list = try await notifications(request, principal)
            return try await request.view.render("notifications", NotificationsPage(
                me: TaskPagesController.me(principal), csrf: request.csrfToken, notifications: list,
                unread: list.filter { !$0.read }.count))
        }
        routes.guarded(.POST, .notificationsRead, action: .readNotifications) { request, principal in
            try await request.application.dondoc.gate.write(on: request.db) { db in
                try await NotificationRecord.query(on: db).filter(\.$user.$id == principal.id).set(\.$read, to: true).update()
            }
            return request.redirect(to: SiteRoute.notifications.path)
        }
        routes.guarded(.GET, .api(.notifications), action: .readNotifications) { request, principal in
            try await notifications(request, principal)
        }
        routes.guarded(.GET, .reminderDispatch(.key), action: .draftReminder) { request, _ in
            try await dispatch(request).response()
        }
    }

    private func notifications(_ request: Request, _ principal: Principal) async throws -> [NotificationOut] {
        try await NotificationRecord.query(on: request.db).filter(\.$user.$id == principal.id)
            .sort(\.$createdAt, .descending).limit(100).all().map {
                NotificationOut(id: try $0.requireID(), digestDate: $0.digestDate, title: $0.title, body: $0.body,
                                link: $0.link, read: $0.read)
            }
    }

    /// The draft công văn đôn đốc to one unit, listing its overdue tasks today:
    /// the items a report counts, so each overdue period of a duty is a line.
    private func dispatch(_ request: Request) async throws -> ReportFile {
        guard let unitID = request.parameters.get("unitID", as: UUID.self),
              let unit = try await UnitRecord.find(unitID, on: request.db) else { throw Abort(.notFound) }
        let today = request.application.dondoc.clock.today()
        let service = ReportService(db: request.db)
        let classifier = try await service.classifier()
        let tasks = try await ReportSnapshots(db: request.db).items(.unit(unitID)).map {
            ReportedTask($0, asOf: today, classifier: classifier)
        }
        let office = request.application.reporting.office
        let replyBy = classifier.calendar.adding(workingDays: Self.replyWithinWorkingDays, to: today)
        let bytes: [UInt8]
        do throws(ExportError) {
            bytes = try ReminderDispatch.docx(unit: unit.name, tasks: tasks, asOf: today, replyBy: replyBy,
                                              header: office.header(symbol: "UBND-VP", date: today), signature: office.signature)
        } catch {
            switch error {
            case .nothingToRemind: throw Abort(.unprocessableEntity, reason: error.message)
            case .packaging: throw Abort(.internalServerError, reason: error.message)
            }
        }
        return ReportFile(bytes: bytes, format: .docx,
                          baseName: "Công văn đôn đốc \(unit.name) ngày \(today.vietnamese)".replacingOccurrences(of: "/", with: "-"))
    }
}

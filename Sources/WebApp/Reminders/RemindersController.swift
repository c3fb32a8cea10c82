import Fluent
import Foundation
import LegalCalendar
import Reports
import SQLKit
import Tracking
import Vapor

/// The notification list, the draft reminder dispatch (công văn đôn đốc) to a
/// unit, and where each user's reminders are e-mailed.
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
    struct EmailBody: Content { let email: String? }

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
        routes.guarded(.POST, .api(.userEmail(.key)), action: .manageUsers) { request, _ in
            guard let id = request.parameters.get("userID", as: UUID.self),
                  try await UserRecord.find(id, on: request.db) != nil else { throw Abort(.notFound) }
            let email = try request.content.decode(EmailBody.self).email?.trimmingCharacters(in: .whitespaces)
            if let email, !email.isEmpty, !Self.looksLikeAddress(email) {
                throw Abort(.unprocessableEntity, reason: "Địa chỉ thư điện tử \"\(email)\" không hợp lệ.")
            }
            try await request.application.dondoc.gate.write(on: request.db) { db in
                try await (db as! any SQLDatabase).raw("""
                    UPDATE users SET email = \(bind: email.flatMap { $0.isEmpty ? nil : $0 }) WHERE id = \(bind: id)
                    """).run()
            }
            return HTTPStatus.noContent
        }
    }

    private func notifications(_ request: Request, _ principal: Principal) async throws -> [NotificationOut] {
        try await NotificationRecord.query(on: request.db).filter(\.$user.$id == principal.id)
            .sort(\.$createdAt, .descending).limit(100).all().map {
                NotificationOut(id: try $0.requireID(), digestDate: $0.digestDate, title: $0.title, body: $0.body,
                                link: $0.link, read: $0.read)
            }
    }

    /// The draft công văn đôn đốc to one unit, listing its overdue tasks today.
    private func dispatch(_ request: Request) async throws -> ReportFile {
        guard let unitID = request.parameters.get("unitID", as: UUID.self),
              let unit = try await UnitRecord.find(unitID, on: request.db) else { throw Abort(.notFound) }
        let today = request.application.dondoc.clock.today()
        let service = ReportService(db: request.db)
        let classifier = try await service.classifier()
        let tasks = try await ReportSnapshots(db: request.db).load(.unit(unitID)).map {
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

    static func looksLikeAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0 == " " || $0 == "\r" || $0 == "\n" || $0 == "<" || $0 == ">" })
    }
}

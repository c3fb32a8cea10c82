import LegalCalendar
import Tracking
import Vapor

/// /admin/calendar: one year of the working calendar as the national rules
/// and announcements give it (holidays, nghỉ bù, swapped days, worked
/// Saturdays), the office's own overrides, and the forms that add or
/// withdraw one. Deadlines are counted on this calendar from the next request on.
struct CalendarPagesController: RouteCollection {
    struct Day: Encodable {
        let date: String
        let weekday: String
        let name: String
        let kind: String
        /// The office's override of this national day, if it has one.
        let overriddenBy: String?
    }
    struct Override: Encodable {
        let id: UUID
        let date: String
        let weekday: String
        let isWorkingDay: Bool
        let name: String
    }
    struct Page: Encodable {
        let me: TaskPagesController.Me
        let csrf: String
        let year: Int
        let previousYear: Int
        let nextYear: Int
        let daysOff: [Day]
        let workedWeekendDays: [Day]
        let overrides: [Override]
        let form: Form?
        let workingChosen: Bool
        let error: String?
    }
    struct Form: Content {
        let date: String
        let kind: String
        let name: String
    }
    /// What the form's "Điều chỉnh" choice declares the day to be.
    enum Kind: String {
        case off, working
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.guarded(.GET, .adminCalendar, action: .manageCalendar) { request, principal in
            try await page(request, principal, year: Self.year(request), form: nil, error: nil)
        }
        routes.guarded(.POST, .adminCalendar, action: .manageCalendar) { request, principal in
            let form = try request.content.decode(Form.self)
            var year = Self.year(request)
            return try await FormRefusal.handle(request) {
                let date = try FormDate.parse(form.date, field: "Ngày")
                year = date.year
                guard let kind = Kind(rawValue: form.kind) else {
                    throw TrackingError(.invalid, "Xin chọn \"Cơ quan nghỉ\" hoặc \"Cơ quan làm việc\".")
                }
                try await request.directory.setOverride(
                    DayOverride(date: date, isWorkingDay: kind == .working, name: form.name), by: principal.actor)
                return request.redirect(to: Self.path(year: date.year))
            } page: { message in
                try await page(request, principal, year: year, form: form, error: message)
            }
        }
        routes.guarded(.POST, .adminCalendarOverrideRemoval(.key), action: .manageCalendar) { request, principal in
            let removed = try await request.directory.removeOverride(try request.overrideID, by: principal.actor)
            return request.redirect(to: Self.path(year: removed?.date.year))
        }
    }

    private func page(_ request: Request, _ principal: Principal, year: Int, form: Form?, error: String?) async throws -> View {
        let overrides = try await request.directory.dayOverrides()
        let byDate = Dictionary(overrides.map { ($0.date, $0) }, uniquingKeysWith: { $1 })
        let national = WorkCalendar.vietnam
        func note(_ date: CivilDate) -> String? { byDate[date].map { "\($0.isWorkingDay ? "Cơ quan làm việc" : "Cơ quan nghỉ"): \($0.name)" } }
        return try await request.view.render("admin-calendar", Page(
            me: TaskPagesController.me(principal), csrf: request.csrfToken,
            year: year, previousYear: year - 1, nextYear: year + 1,
            daysOff: national.daysOff(in: year).map {
                Day(date: $0.date.vietnamese, weekday: $0.date.vietnameseWeekday, name: $0.name, kind: $0.kind.vietnamese,
                    overriddenBy: note($0.date))
            },
            workedWeekendDays: national.workedWeekendDays(in: year).map {
                Day(date: $0.date.vietnamese, weekday: $0.date.vietnameseWeekday, name: $0.name, kind: "Ngày làm bù",
                    overriddenBy: note($0.date))
            },
            overrides: overrides.filter { $0.date.year == year }.map {
                Override(id: $0.id, date: $0.date.vietnamese, weekday: $0.date.vietnameseWeekday,
                         isWorkingDay: $0.isWorkingDay, name: $0.name)
            },
            form: form, workingChosen: form?.kind == Kind.working.rawValue, error: error))
    }

    static func path(year: Int?) -> String {
        SiteRoute.adminCalendar.path(query: ["year": year.map(String.init)])
    }

    /// The year asked for, or this year; only years the calendar knows.
    static func year(_ request: Request) -> Int {
        let today = request.application.dondoc.clock.today()
        guard let year = try? request.query.get(Int.self, at: "year"), (1900...2199).contains(year) else { return today.year }
        return year
    }
}

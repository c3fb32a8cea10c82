/// The public holidays of Labour Code 2019 (45/2019/QH14) Art. 112(1), placed on the
/// calendar for a year the government has not (yet) announced, with the make-up days
/// of Art. 111(3). Announced years (`AnnouncedDaysOff`) take precedence.
///
/// Art. 112(3) leaves the exact Tết days and the second Quốc khánh day to the Prime
/// Minister; the defaults below follow what the announcements of 2017-2026 did.
enum StatutoryHolidays {
    static let newYear = "Tết Dương lịch"
    static let tet = "Tết Nguyên đán"
    static let hungKings = "Giỗ Tổ Hùng Vương (10/3 âm lịch)"
    static let reunification = "Ngày Chiến thắng (30/4)"
    static let labourDay = "Ngày Quốc tế Lao động (1/5)"
    static let nationalDay = "Quốc khánh (2/9)"
    static let nationalDayAdjacent = "Quốc khánh (ngày liền kề)"

    static func compensatoryName(for holiday: String) -> String { "Nghỉ bù \(holiday)" }

    /// The days off of `year`: the holidays that fall on weekdays plus one make-up day for
    /// each holiday on a Saturday or Sunday. Lunar holidays are left out when the lunar
    /// calendar does not cover the year.
    static func daysOff(in year: Int) -> [DayOff] {
        var holidays: [(date: CivilDate, name: String)] = []
        holidays.append((CivilDate(year: year, month: 1, day: 1)!, newYear))
        if let firstDay = LunarFestivals.tet(lunarYear: year) {
            for date in tetDays(firstDay: firstDay) { holidays.append((date, tet)) }
        }
        if let hungKingsDay = LunarFestivals.hungKingsDay(lunarYear: year) {
            holidays.append((hungKingsDay, hungKings))
        }
        holidays.append((CivilDate(year: year, month: 4, day: 30)!, reunification))
        holidays.append((CivilDate(year: year, month: 5, day: 1)!, labourDay))
        let nationalDayDate = CivilDate(year: year, month: 9, day: 2)!
        holidays.append((nationalDayDate, nationalDay))
        holidays.append((nationalDayAdjacent(to: nationalDayDate), nationalDayAdjacent))
        holidays.sort { $0.date < $1.date }
        return withCompensatoryDays(holidays)
    }

    /// Five days: usually the two days before Tết and the first three of the year; a Tết on
    /// Tuesday takes one day before and four after, so the break is Monday to Friday.
    static func tetDays(firstDay: CivilDate) -> [CivilDate] {
        let daysBefore = firstDay.weekday == 2 ? 1 : 2
        return (0..<5).map { firstDay.adding(days: $0 - daysBefore) }
    }

    /// The second Quốc khánh day: the neighbour of 2/9 that joins the break to a weekend
    /// (as in 2021-2026); on a Wednesday the day before, as in 2026.
    static func nationalDayAdjacent(to nationalDay: CivilDate) -> CivilDate {
        switch nationalDay.weekday {
        case 1, 4, 7: return nationalDay.adding(days: 1)   // Monday, Thursday, Sunday
        default: return nationalDay.adding(days: -1)        // Tuesday, Wednesday, Friday, Saturday
        }
    }

    /// Art. 111(3): each holiday on a weekend is made up on the next weekday that is not
    /// itself a holiday or an earlier make-up day. Two holidays on one date (Giỗ Tổ can fall
    /// on 30/4, as in 1917 and 1947) are treated alike, our reading of Art. 112's 11 days.
    static func withCompensatoryDays(_ holidays: [(date: CivilDate, name: String)]) -> [DayOff] {
        var taken = Set(holidays.map(\.date))
        var observed = Set<CivilDate>()
        var result: [DayOff] = []
        for holiday in holidays {
            if !holiday.date.isWeekend && observed.insert(holiday.date).inserted {
                result.append(DayOff(date: holiday.date, name: holiday.name, kind: .holiday))
                continue
            }
            var makeUp = holiday.date.adding(days: 1)
            while makeUp.isWeekend || taken.contains(makeUp) { makeUp = makeUp.adding(days: 1) }
            taken.insert(makeUp)
            result.append(DayOff(date: makeUp, name: compensatoryName(for: holiday.name), kind: .compensatory))
        }
        return result.sorted { $0.date < $1.date }
    }
}

/// The days off the government actually announced for the public sector, year by year.
/// They take precedence over `StatutoryHolidays` because Labour Code Art. 112(3) lets the
/// Prime Minister fix the Tết and Quốc khánh days, and swaps (a weekday off for a worked
/// Saturday) follow no rule at all.
///
/// To add a year: append an `AnnouncedYear` listing EVERY weekday off of that year (the
/// list replaces the rules for the year) and every worked weekend day, with its source.
/// Weekend days inside a break are not listed: they are off anyway.
///
/// Not included: 24/11 Ngày Văn hóa Việt Nam (80-NQ/TW, 30/NQ-CP), announced as a paid day
/// off but not yet in the Labour Code when domain.md was written (single source). Once
/// confirmed, add it to `StatutoryHolidays` from its first year; until then an
/// administrator can add it as a `DayOverride`.
struct AnnouncedYear: Sendable {
    let year: Int
    let source: String
    let daysOff: [DayOff]
    let workedWeekendDays: [WorkedWeekendDay]
}

enum AnnouncedDaysOff {
    static let byYear: [Int: AnnouncedYear] = Dictionary(
        uniqueKeysWithValues: table.map { ($0.year, $0) })

    private typealias H = StatutoryHolidays

    private static let table: [AnnouncedYear] = [
        // 2020 fell under Labour Code 2012 (Quốc khánh one day). Written from memory of the
        // MOLISA notices; agrees with the PyPI `holidays` 0.108 table, but neither is a
        // primary text: UNVERIFIED.
        year(2020, source: "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ năm 2020 (chưa đối chiếu văn bản gốc)", [
            holiday(1, 1, H.newYear),
            holiday(1, 23, H.tet), holiday(1, 24, H.tet), holiday(1, 27, H.tet),
            compensatory(1, 28, H.tet), compensatory(1, 29, H.tet),
            holiday(4, 2, H.hungKings),
            holiday(4, 30, H.reunification), holiday(5, 1, H.labourDay),
            holiday(9, 2, H.nationalDay),
        ]),
        // 2021, the first year of Labour Code 2019. From memory, agrees with `holidays` 0.108: UNVERIFIED.
        year(2021, source: "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ năm 2021 (chưa đối chiếu văn bản gốc)", [
            holiday(1, 1, H.newYear),
            holiday(2, 10, H.tet), holiday(2, 11, H.tet), holiday(2, 12, H.tet),
            compensatory(2, 15, H.tet), compensatory(2, 16, H.tet),
            holiday(4, 21, H.hungKings),
            holiday(4, 30, H.reunification), compensatory(5, 3, H.labourDay),
            holiday(9, 2, H.nationalDay), holiday(9, 3, H.nationalDayAdjacent),
        ]),
        year(2022, source: "domain.md §5 (baoquocte.vn; tet-amlich.com)", [
            compensatory(1, 3, H.newYear),
            holiday(1, 31, H.tet), holiday(2, 1, H.tet), holiday(2, 2, H.tet), holiday(2, 3, H.tet), holiday(2, 4, H.tet),
            compensatory(4, 11, H.hungKings),
            compensatory(5, 2, H.reunification), compensatory(5, 3, H.labourDay),
            holiday(9, 1, H.nationalDayAdjacent), holiday(9, 2, H.nationalDay),
        ]),
        year(2023, source: "domain.md §5 (vietnamnet.vn; tet-amlich.com)", [
            compensatory(1, 2, H.newYear),
            holiday(1, 20, H.tet), holiday(1, 23, H.tet), holiday(1, 24, H.tet),
            compensatory(1, 25, H.tet), compensatory(1, 26, H.tet),
            holiday(5, 1, H.labourDay),
            compensatory(5, 2, H.hungKings), compensatory(5, 3, H.reunification),
            holiday(9, 1, H.nationalDayAdjacent), compensatory(9, 4, H.nationalDay),
        ]),
        year(2024, source: "domain.md §5 (vietnamnews.vn; 2450/VPCP-KGVX)", [
            holiday(1, 1, H.newYear),
            holiday(2, 8, H.tet), holiday(2, 9, H.tet), holiday(2, 12, H.tet),
            compensatory(2, 13, H.tet), compensatory(2, 14, H.tet),
            holiday(4, 18, H.hungKings),
            swapped(4, 29, workedOn: (5, 4)), holiday(4, 30, H.reunification), holiday(5, 1, H.labourDay),
            holiday(9, 2, H.nationalDay), holiday(9, 3, H.nationalDayAdjacent),
        ], worked: [worked(5, 4, for: (4, 29))]),
        year(2025, source: "domain.md §5 (sggp.org.vn; tet-amlich.com)", [
            holiday(1, 1, H.newYear),
            holiday(1, 27, H.tet), holiday(1, 28, H.tet), holiday(1, 29, H.tet), holiday(1, 30, H.tet), holiday(1, 31, H.tet),
            holiday(4, 7, H.hungKings),
            holiday(4, 30, H.reunification), holiday(5, 1, H.labourDay), swapped(5, 2, workedOn: (4, 26)),
            holiday(9, 1, H.nationalDayAdjacent), holiday(9, 2, H.nationalDay),
        ], worked: [worked(4, 26, for: (5, 2))]),
        // The two 2026 swaps come from a single source (domain.md §5).
        year(2026, source: "domain.md §5 (vietnammedia.vnanet.vn; collector.com.tr, single source for the swaps)", [
            holiday(1, 1, H.newYear), swapped(1, 2, workedOn: (1, 10)),
            holiday(2, 16, H.tet), holiday(2, 17, H.tet), holiday(2, 18, H.tet), holiday(2, 19, H.tet), holiday(2, 20, H.tet),
            compensatory(4, 27, H.hungKings),
            holiday(4, 30, H.reunification), holiday(5, 1, H.labourDay),
            swapped(8, 31, workedOn: (8, 22)), holiday(9, 1, H.nationalDayAdjacent), holiday(9, 2, H.nationalDay),
        ], worked: [worked(1, 10, for: (1, 2)), worked(8, 22, for: (8, 31))]),
    ]

    // MARK: - The small vocabulary the table is written in

    private typealias Entry = (month: Int, day: Int, name: String, kind: DayOffKind)

    private static func year(_ year: Int, source: String, _ entries: [Entry],
                             worked: [(month: Int, day: Int, name: String)] = []) -> AnnouncedYear {
        AnnouncedYear(
            year: year, source: source,
            daysOff: entries.map { DayOff(date: CivilDate(year: year, month: $0.month, day: $0.day)!, name: $0.name, kind: $0.kind) },
            workedWeekendDays: worked.map { WorkedWeekendDay(date: CivilDate(year: year, month: $0.month, day: $0.day)!, name: $0.name) })
    }

    private static func holiday(_ month: Int, _ day: Int, _ name: String) -> Entry { (month, day, name, .holiday) }

    private static func compensatory(_ month: Int, _ day: Int, _ holiday: String) -> Entry {
        (month, day, H.compensatoryName(for: holiday), .compensatory)
    }

    private static func swapped(_ month: Int, _ day: Int, workedOn saturday: (Int, Int)) -> Entry {
        (month, day, "Nghỉ hoán đổi (làm bù thứ Bảy \(saturday.1)/\(saturday.0))", .swapped)
    }

    private static func worked(_ month: Int, _ day: Int, for dayOff: (Int, Int)) -> (month: Int, day: Int, name: String) {
        (month, day, "Làm bù cho ngày \(dayOff.1)/\(dayOff.0)")
    }
}

import Testing
import LegalCalendar

@Suite struct CivilDateTests {
    @Test func knownWeekdays() {
        #expect(CivilDate(year: 2024, month: 2, day: 10)!.weekday == 6)  // Tết Giáp Thìn, a Saturday
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.weekday == 4)
        #expect(CivilDate(year: 1900, month: 1, day: 1)!.weekday == 1)
    }

    @Test func invalidDaysAreRejected() {
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(iso: "2024-13-01") == nil)
    }

    @Test func isoTextIsReadExactlyAsYearMonthDay() {
        #expect(CivilDate(iso: "2026-11-23") == CivilDate(year: 2026, month: 11, day: 23))
        #expect(CivilDate(iso: "0999-01-01") == CivilDate(year: 999, month: 1, day: 1))
        #expect(CivilDate(iso: "2026-11-23"[...]) == CivilDate(year: 2026, month: 11, day: 23))
        for text in ["", "2026-1-23", "2026-11-3", "2026-11-23T00:00", "+026-11-23", "2026/11/23", "2026-11-2x",
                     "２０２６-11-23", "2026-11-23 ", "20261123", "2026-00-10", "2026-02-30"] {
            #expect(CivilDate(iso: text) == nil, "\(text)")
        }
        var date = CivilDate(year: 1999, month: 12, day: 25)!
        for _ in 0..<2_000 {
            #expect(CivilDate(iso: date.iso) == date)
            date = date.adding(days: 13)
        }
    }

    @Test func daysRoundTripAcrossCenturies() {
        var date = CivilDate(year: 1899, month: 12, day: 31)!
        for n in date.daysSinceEpoch...(date.daysSinceEpoch + 110_000) {
            let d = CivilDate(daysSinceEpoch: n)
            #expect(d.daysSinceEpoch == n)
            if n > date.daysSinceEpoch { #expect(d > date) }
            date = d
        }
    }

    @Test func formats() {
        let d = CivilDate(year: 2024, month: 2, day: 7)!
        #expect(d.iso == "2024-02-07")
        #expect(d.vietnamese == "07/02/2024")
        #expect(CivilDate(iso: "2024-02-07") == d)
        #expect(CivilDate(year: 2024, month: 2, day: 3)!.endOfMonth == CivilDate(year: 2024, month: 2, day: 29)!)
    }
}

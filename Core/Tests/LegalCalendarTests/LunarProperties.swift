import Testing
import PropertyBased
import LegalCalendar

@Suite struct LunarProperties {
    /// Any day 1-29 of any ordinary month exists and converts back to itself; day 30 exists
    /// exactly when the month has 30 days.
    @Test func lunarDatesRoundTrip() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1900...2199), Gen.int(in: 1...12), Gen.int(in: 1...30)) { year, month, day in
            let lunar = LunarDate(year: year, month: month, day: day)
            let civil = Lunar.civilDate(for: lunar)
            if day <= 29 { #expect(civil != nil) }
            #expect((civil != nil) == (day <= Lunar.monthLength(year: year, month: month)!))
            if let civil { #expect(Lunar.lunarDate(for: civil) == lunar) }
        }
    }

    @Test func tetFallsBetween21JanuaryAnd20February() async {
        await propertyCheck(input: Gen.int(in: 1900...2199)) { year in
            let tet = Lunar.newYear(year)
            #expect(tet >= CivilDate(year: year, month: 1, day: 21)! && tet <= CivilDate(year: year, month: 2, day: 20)!)
        }
    }
}

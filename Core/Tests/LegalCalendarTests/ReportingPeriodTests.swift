import Foundation
import Testing
import PropertyBased
import LegalCalendar

@Suite struct ReportingPeriodTests {
    @Test func decree09MonthRunsFromThe15thToThe14th() {
        let march = ReportingPeriod(kind: .month, index: 3, year: 2024)!
        #expect(march.start == date(2024, 2, 15))
        #expect(march.end == date(2024, 3, 14))
        #expect(march.label == "Tháng 3/2024")
        let january = ReportingPeriod(kind: .month, index: 1, year: 2024)!
        #expect(january.start == date(2023, 12, 15))
    }

    /// Decree 09 Art. 12 windows (domain.md §7).
    @Test(arguments: [
        (PeriodKind.quarter, 1, date(2023, 12, 15), date(2024, 3, 14), "Quý I/2024"),
        (PeriodKind.quarter, 2, date(2024, 3, 15), date(2024, 6, 14), "Quý II/2024"),
        (PeriodKind.quarter, 3, date(2024, 6, 15), date(2024, 9, 14), "Quý III/2024"),
        (PeriodKind.quarter, 4, date(2024, 9, 15), date(2024, 12, 14), "Quý IV/2024"),
        (PeriodKind.halfYear, 1, date(2023, 12, 15), date(2024, 6, 14), "6 tháng đầu năm 2024"),
        (PeriodKind.halfYear, 2, date(2024, 6, 15), date(2024, 12, 14), "6 tháng cuối năm 2024"),
        (PeriodKind.nineMonths, 1, date(2023, 12, 15), date(2024, 9, 14), "9 tháng đầu năm 2024"),
        (PeriodKind.year, 1, date(2023, 12, 15), date(2024, 12, 14), "Năm 2024"),
    ])
    func decree09Windows(kind: PeriodKind, index: Int, start: CivilDate, end: CivilDate, label: String) {
        let period = ReportingPeriod(kind: kind, index: index, year: 2024)!
        #expect(period.start == start)
        #expect(period.end == end)
        #expect(period.label == label)
    }

    @Test func calendarPeriodsFollowTheMonths() {
        let q1 = ReportingPeriod(kind: .quarter, index: 1, year: 2024, basis: .calendar)!
        #expect(q1.start == date(2024, 1, 1) && q1.end == date(2024, 3, 31))
        let february = ReportingPeriod(kind: .month, index: 2, year: 2024, basis: .calendar)!
        #expect(february.end == date(2024, 2, 29))
        let h2 = ReportingPeriod(kind: .halfYear, index: 2, year: 2024, basis: .calendar)!
        #expect(h2.start == date(2024, 7, 1) && h2.end == date(2024, 12, 31))
        #expect(ReportingPeriod(kind: .nineMonths, year: 2024, basis: .calendar)!.end == date(2024, 9, 30))
    }

    @Test func periodContainingADate() {
        // 20 December 2024 already counts for January and for the year 2025 under Decree 09.
        #expect(ReportingPeriod.period(.month, containing: date(2024, 12, 20))?.label == "Tháng 1/2025")
        #expect(ReportingPeriod.period(.year, containing: date(2024, 12, 20))?.label == "Năm 2025")
        #expect(ReportingPeriod.period(.quarter, containing: date(2024, 3, 14))?.label == "Quý I/2024")
        #expect(ReportingPeriod.period(.quarter, containing: date(2024, 3, 15))?.label == "Quý II/2024")
        #expect(ReportingPeriod.period(.year, containing: date(2024, 12, 20), basis: .calendar)?.label == "Năm 2024")
        #expect(ReportingPeriod.period(.nineMonths, containing: date(2024, 10, 1)) == nil)
    }

    @Test func codesRoundTrip() {
        for kind in PeriodKind.allCases {
            for period in ReportingPeriod.periods(kind, of: 2024) {
                #expect(ReportingPeriod(code: period.code, kind: kind) == period)
            }
        }
        #expect(ReportingPeriod(code: "2024-q2", kind: .quarter)?.label == "Quý II/2024")
        #expect(ReportingPeriod(code: "2024-Q5", kind: .quarter) == nil)
        #expect(ReportingPeriod(code: "2024-Q1", kind: .month) == nil)
        #expect(ReportingPeriod(code: "24-03", kind: .month) == nil)
    }

    @Test func jsonCarriesTheDaysAndTheLabel() throws {
        let q1 = ReportingPeriod(kind: .quarter, index: 1, year: 2024)!
        let json = String(decoding: try JSONEncoder().encode(q1), as: UTF8.self)
        #expect(json.contains(#""start":"2023-12-15""#) && json.contains(#""label":"Quý I\/2024""#))
        #expect(try JSONDecoder().decode(ReportingPeriod.self, from: Data(json.utf8)) == q1)
        let bad = Data(#"{"kind":"quarter","index":5,"year":2024}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReportingPeriod.self, from: bad) }
    }

    @Test func previousAndNext() {
        let january = ReportingPeriod(kind: .month, index: 1, year: 2024)!
        #expect(january.previous.label == "Tháng 12/2023")
        #expect(january.previous.next == january)
        #expect(ReportingPeriod(kind: .year, year: 2024)!.next.label == "Năm 2025")
    }

    @Test func noSuchPeriod() {
        #expect(ReportingPeriod(kind: .month, index: 13, year: 2024) == nil)
        #expect(ReportingPeriod(kind: .quarter, index: 0, year: 2024) == nil)
    }

    /// The periods of a year tile it: consecutive, no gap, no overlap.
    @Test func periodsOfAYearAreConsecutive() async {
        await propertyCheck(input: Gen.int(in: 1900...2199), Gen.int(in: 0...3), Gen.bool) { year, kindIndex, calendar in
            let kind = [PeriodKind.month, .quarter, .halfYear, .year][kindIndex]
            let periods = ReportingPeriod.periods(kind, of: year, basis: calendar ? .calendar : .decree09)
            for (a, b) in zip(periods, periods.dropFirst()) { #expect(a.end.adding(days: 1) == b.start) }
            let next = ReportingPeriod.periods(kind, of: year + 1, basis: calendar ? .calendar : .decree09)
            #expect(periods.last!.end.adding(days: 1) == next.first!.start)
        }
    }

    @Test func everyDayLiesInThePeriodFoundForIt() async {
        await propertyCheck(input: Gen.int(in: -25_567...84_000), Gen.int(in: 0...4), Gen.bool) { n, kindIndex, calendar in
            let day = CivilDate(daysSinceEpoch: n)
            let kind = PeriodKind.allCases[kindIndex]
            if let period = ReportingPeriod.period(kind, containing: day, basis: calendar ? .calendar : .decree09) {
                #expect(period.contains(day))
            } else {
                #expect(kind == .nineMonths)
            }
        }
    }
}

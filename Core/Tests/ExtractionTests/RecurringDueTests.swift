import LegalCalendar
import Testing
@testable import Extraction

/// The day of each period and the end a recurring duty's item states.
@Suite struct RecurringDueTests {
    func recurrence(_ text: String, year: Int? = 2026) -> Recurrence? {
        let layout = TextLayout(Array(text.unicodeScalars))
        return DeadlineReader(layout: layout).read(0..<layout.tokens.count, documentYear: year, documentDate: nil, calendar: nil).recurrence
    }

    @Test func beforeADayOfEveryMonth() {
        let r = recurrence("Định kỳ hằng tháng, Sở Tài chính báo cáo kết quả về UBND tỉnh trước ngày 20.")
        #expect(r?.periods == [.monthly])
        #expect(r?.due == RecurringDue(rule: .beforeDay, day: 20))
        #expect(r?.until == nil)
    }

    @Test func aDayOfTheQuartersLastMonthAndAnEnd() {
        let r = recurrence("Báo cáo hằng quý chậm nhất ngày 15 của tháng cuối quý, thực hiện đến hết năm 2027.")
        #expect(r?.due == RecurringDue(rule: .onDay, day: 15, monthOfPeriod: 3))
        #expect(r?.until == CivilDate(year: 2027, month: 12, day: 31))
    }

    @Test func aYearlyDutyNamesItsMonthAndAWeeklyOneItsWeekday() {
        #expect(recurrence("Hằng năm, trước ngày 10 tháng 12, tổng kết và báo cáo.")?.due == RecurringDue(rule: .beforeDay, day: 10, monthOfPeriod: 12))
        #expect(recurrence("Giao ban vào thứ Sáu hằng tuần.")?.due == RecurringDue(rule: .weekday, day: 5))
    }

    @Test func aFullDateIsNotADayOfEachPeriod() {
        let r = recurrence("Hằng tháng cập nhật số liệu; tổng kết trước ngày 20/12/2026 và trước ngày 15 tháng 11 năm 2026.")
        #expect(r?.periods == [.monthly])
        #expect(r?.due == nil)
    }

    @Test func aDutyWithoutAWordOfWhenIsDueAtTheEndOfThePeriodDownstream() {
        let r = recurrence("Các sở, ngành báo cáo định kỳ 6 tháng, năm về Sở Nội vụ.")
        #expect(r?.due == nil)
        #expect(r?.until == nil)
    }
}

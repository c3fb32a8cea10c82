import Testing
import LegalCalendar

@Suite struct VietnameseDateTests {
    @Test func weekdayNames() {
        #expect(date(2024, 2, 10).vietnameseWeekday == "Thứ Bảy")
        #expect(date(2024, 2, 11).vietnameseWeekday == "Chủ nhật")
        #expect(date(2024, 2, 12).vietnameseWeekday == "Thứ Hai")
    }

    @Test func dayFirstDates() {
        #expect(CivilDate(vietnamese: "5/2/2024") == date(2024, 2, 5))
        #expect(CivilDate(vietnamese: "05-02-2024") == date(2024, 2, 5))
        #expect(CivilDate(vietnamese: "30/02/2024") == nil)
        #expect(CivilDate(vietnamese: "5/2/24") == nil)
        #expect(CivilDate(vietnamese: "2024-02-05") == nil)
    }
}

import LegalCalendar
import Testing
@testable import Extraction

@Suite struct DeadlinePhraseTests {
    func dates(_ text: String, year: Int? = 2024) -> [String] { Sentence(text).deadlines(year: year).map(\.date.iso) }

    @Test func explicitDueDates() {
        #expect(dates("Thời gian hoàn thành trước ngày 07/02/2024.") == ["2024-02-07"])
        #expect(dates("gửi Phòng Tài chính chậm nhất trong ngày 22/6/2023.") == ["2023-06-22"])
        #expect(dates("hoàn thành trước ngày 05 tháng 12 năm 2025.") == ["2025-12-05"])
        #expect(dates("sơ tán dân, hoàn thành trước 17 giờ ngày 27/10/2025.") == ["2025-10-27"])
        #expect(dates("kêu gọi tàu thuyền vào bờ trước 17h00 ngày 26/10/2025.") == ["2025-10-26"])
        #expect(dates("Thời hạn hoàn thành: 30/6/2024.") == ["2024-06-30"])
        #expect(dates("gửi báo cáo chậm nhất là ngày 15/3/2024.") == ["2024-03-15"])
    }

    @Test func monthsAndQuartersMeanTheirLastDay() {
        #expect(dates("hoàn thành trong tháng 02/2024.") == ["2024-02-29"])
        #expect(dates("tổ chức hội nghị trong quý II/2024.") == ["2024-06-30"])
        #expect(dates("báo cáo UBND huyện trong tháng 11 năm 2023.") == ["2023-11-30"])
    }

    @Test func aDateWithoutYearTakesTheDocumentsYear() {
        #expect(dates("báo cáo kết quả trước ngày 30/6.", year: 2025) == ["2025-06-30"])
    }

    @Test func milestonesKeepEveryDateAndTheEarliestComesFirst() {
        let d = Sentence("đảm bảo đến ngày 30/6/2023 giải ngân đạt 60% và đến ngày 31/12/2023 giải ngân đạt 100% kế hoạch vốn.").deadlines()
        #expect(d.map(\.date.iso) == ["2023-06-30", "2023-12-31"])
        #expect(d.first?.text == "đến ngày 30/6/2023")
    }

    @Test func backgroundDatesAreNotDeadlines() {
        #expect(dates("Tham mưu triển khai Quyết định số 01/2024/QĐ-UBND ngày 03/01/2024 của UBND tỉnh.").isEmpty)
        #expect(dates("Ngày 12/6/2023, UBND huyện tổ chức phiên họp thường kỳ.").isEmpty)
        #expect(dates("định hướng thu các sắc thuế từ nay đến cuối năm 2023.").isEmpty)
        #expect(dates("Thực hiện từ ngày 01/3/2024 đến ngày 31/3/2024 tại các xã.").isEmpty)
        #expect(dates("(Thông báo số 12/TB-UBND ngày 02/7/2025, thời hạn quý III/2025) chưa hoàn thành.").isEmpty)
    }

    @Test func recurringDutiesAreARecurrenceNotADate() {
        let layout = TextLayout(Array("hàng tuần, hàng tháng báo cáo Chủ tịch UBND huyện các hồ sơ trễ hạn.".unicodeScalars))
        let f = DeadlineReader(layout: layout).read(0..<layout.tokens.count, documentYear: 2024, documentDate: nil, calendar: nil)
        #expect(f.deadlines.isEmpty)
        #expect(f.recurrence?.periods == [.weekly, .monthly])
    }

    @Test func relativeDeadlinesAreCountedOnTheWorkingCalendar() {
        let layout = TextLayout(Array("báo cáo kết quả trong 05 ngày làm việc kể từ ngày ký.".unicodeScalars))
        let signed = CivilDate(year: 2024, month: 2, day: 5)!   // Monday before Tết 2024 (08–14/02 off)
        let f = DeadlineReader(layout: layout).read(0..<layout.tokens.count, documentYear: 2024, documentDate: signed, calendar: .vietnam)
        #expect(f.relative?.count == 5)
        #expect(f.relative?.workingDays == true)
        #expect(f.relative?.origin == .signing)
        #expect(f.relative?.resolved == WorkCalendar.vietnam.adding(workingDays: 5, to: signed))
        #expect(f.deadlines.first?.date == f.relative?.resolved)
        // Without a known signing day it stays relative.
        let unresolved = DeadlineReader(layout: layout).read(0..<layout.tokens.count, documentYear: 2024, documentDate: nil, calendar: .vietnam)
        #expect(unresolved.relative?.resolved == nil)
        #expect(unresolved.deadlines.isEmpty)
    }
}

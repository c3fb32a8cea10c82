import Foundation
import Testing
@testable import WebApp

extension AppTests {
    /// The task page's history writes each moment on Vietnam's clock by
    /// arithmetic; it must read exactly as a formatter for Asia/Ho_Chi_Minh
    /// writes it.
    @Suite struct VietnameseTimeTagTests {
        @Test func aMomentReadsAsOnVietnamsClock() {
            // 23/11/2026 at 16:59:59 UTC is 23:59:59 in Hà Nội; a second later it is the 24th.
            let evening = Date(timeIntervalSince1970: 1_795_453_199)
            #expect(VietnameseTimeTag.text(evening) == "23/11/2026 23:59")
            #expect(VietnameseTimeTag.text(evening.addingTimeInterval(1)) == "24/11/2026 00:00")
        }

        @Test func itAgreesWithTheFormatterOverTheYears() {
            let formatter = DateFormatter()
            formatter.dateFormat = "dd/MM/yyyy HH:mm"
            formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<20_000 {
                // 1980 to 2100, down to fractions of a second.
                let date = Date(timeIntervalSince1970: Double.random(in: 315_532_800...4_102_444_800, using: &generator))
                #expect(VietnameseTimeTag.text(date) == formatter.string(from: date))
            }
        }
    }
}

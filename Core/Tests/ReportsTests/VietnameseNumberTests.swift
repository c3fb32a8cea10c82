import Testing
import Reports

@Suite struct VietnameseNumberTests {
    @Test func thousandsUseDots() {
        #expect(VietnameseNumber.integer(1589) == "1.589")
        #expect(VietnameseNumber.integer(1_500_050) == "1.500.050")
        #expect(VietnameseNumber.integer(42) == "42")
    }

    @Test func percentagesUseACommaDecimal() {
        #expect(VietnameseNumber.percent(2501.0 / 2723.0) == "91,8%")
        #expect(VietnameseNumber.percent(35.0 / 1589.0) == "2,2%")
        #expect(VietnameseNumber.percent(nil) == "-")
    }
}

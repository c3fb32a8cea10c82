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

@Suite struct VietnameseDecimalTests {
    @Test func decimalsDropTrailingZerosFixedKeepsThem() {
        #expect(VietnameseNumber.decimal(1500.05) == "1.500,05")
        #expect(VietnameseNumber.decimal(2.5) == "2,5")
        #expect(VietnameseNumber.decimal(-3) == "-3")
        #expect(VietnameseNumber.fixed(25) == "25,0")
        #expect(VietnameseNumber.fixed(4.25, decimals: 2) == "4,25")
    }
}

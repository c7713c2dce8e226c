import Testing

@testable import IKUPlan

@Suite struct NumberFormatTests {
  let id = NumberFormat(.indonesian)
  let en = NumberFormat(.english)

  @Test func indonesianConvention() {
    #expect(id.fixed(5517, decimals: 0) == "5.517")
    #expect(id.percent(39.67) == "39,67%")
    #expect(id.fixed(1_234_567.5, decimals: 1) == "1.234.567,5")
    #expect(id.fixed(-1234.5, decimals: 2) == "-1.234,50")
    // A value that rounds to zero has no sign.
    #expect(id.fixed(-0.001, decimals: 2) == "0,00")
    #expect(id.fixed(-0.0, decimals: 1) == "0,0")
    #expect(id.fixed(-0.006, decimals: 2) == "-0,01")
  }

  /// Beyond 10¹⁵ digits mean nothing: four significant ones and an
  /// exponent, never forty groups of thousands.
  @Test func enormousNumbersAreScientific() {
    #expect(id.fixed(1e300, decimals: 0) == "1,000E+300")
    #expect(en.fixed(-2.5e15, decimals: 2) == "-2.500E+15")
    #expect(id.fixed(999_999_999_999_999, decimals: 0) == "999.999.999.999.999")
    #expect(id.fixed(.nan, decimals: 2) == "–")
  }

  @Test func englishConvention() {
    #expect(en.fixed(5517, decimals: 0) == "5,517")
    #expect(en.percent(39.67) == "39.67%")
  }

  @Test func significantDigits() {
    #expect(id.significant(0.000673565789473684, digits: 6) == "6,73566E-04")
    #expect(id.significant(2, digits: 10) == "2")
    #expect(id.significant(0.0632455532033676, digits: 10) == "0,0632455532")
    #expect(id.significant(4638.6123, digits: 5) == "4.638,6")
    #expect(en.significant(12_345_678, digits: 3) == "1.23E+07")
    #expect(id.significant(.nan, digits: 3) == "–")
    #expect(id.significant(0, digits: 3) == "0")
  }

  /// Values as read, without E-notation for the small ones a sheet holds.
  @Test func exactValues() {
    let id = NumberFormat(.indonesian)
    #expect(id.exact(0.00012) == "0,00012")
    #expect(id.exact(0.000175) == "0,000175")
    #expect(id.exact(45_678_123) == "45.678.123")
    #expect(id.exact(0.292) == "0,292")
    #expect(id.exact(1e-12) == "1,000000000E-12")
  }

  /// Levels as the user wrote them: `--level 99.5` was labelled `100`.
  @Test func levelLabels() {
    #expect(NumberFormat.levelLabel(0.8) == "80")
    #expect(NumberFormat.levelLabel(0.95) == "95")
    #expect(NumberFormat.levelLabel(99.5 / 100) == "99.5")
    #expect(NumberFormat.levelLabel(99.99 / 100) == "99.99")
    #expect(NumberFormat.levelLabel(12.345 / 100) == "12.345")
  }
}

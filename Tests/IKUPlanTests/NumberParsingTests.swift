import Testing

@testable import IKUPlan

@Suite struct NumberParsingTests {
  @Test(arguments: [
    ("12", 12.0), ("-0.5", -0.5), (".11019", 0.11019), ("1.5E-03", 0.0015),
    ("+3", 3.0), (" 7 ", 7.0), ("0.429796848199937E-03", 0.000429796848199937),
  ])
  func accepts(_ text: String, _ value: Double) {
    #expect(parseDotDecimal(text) == value)
  }

  @Test(arguments: ["", "abc", "inf", "nan", "0x1p3", "1,5", "1.2.3", "1e", "--1", ".", "1e400"])
  func rejects(_ text: String) {
    #expect(parseDotDecimal(text) == nil)
  }

  @Test func missingMarkers() {
    #expect(isMissingMarker(""))
    #expect(isMissingMarker(" - "))
    #expect(isMissingMarker("N/A"))
    #expect(!isMissingMarker("0"))
  }
}

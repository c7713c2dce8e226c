import Testing

@testable import IKUPlan

@Suite struct NumberConventionTests {
  @Test(
    arguments: [
      // text, Indonesian reading, English reading, unit
      ("39,67", 39.67, nil, nil), ("39,67%", 39.67, nil, "%"), ("91,18 %", 91.18, nil, "%"),
      ("5.517", 5517.0, 5.517, nil), ("5.517 Orang", 5517.0, 5.517, "Orang"),
      ("1.234.567,5", 1_234_567.5, nil, nil), ("9,30 persen", 9.3, nil, "persen"),
      ("39.67", nil, 39.67, nil), (".11019", nil, 0.11019, nil), ("1,234", 1.234, 1234.0, nil),
      ("1,234,567", nil, 1_234_567.0, nil), ("1.5E-03", nil, 0.0015, nil),
      ("-12", -12.0, -12.0, nil),
      ("2024", 2024.0, 2024.0, nil), ("0,5", 0.5, nil, nil), ("−3,5", -3.5, nil, nil),
      ("760.", nil, 760.0, nil), ("760,", 760.0, nil, nil),
      // Footnote marks after a published value.
      ("5,86*)", 5.86, nil, nil), ("5,86 **)", 5.86, nil, nil), ("5,86*", 5.86, nil, nil),
      // Money written before the number.
      ("Rp 1.234.567", 1_234_567.0, nil, "Rp"), ("Rp. 45.000", 45000.0, 45.0, "Rp"),
      ("Rp 1,5 juta", 1.5, nil, "Rp juta"),
      // A negative number in brackets, as financial tables write it.
      ("(1,25)", -1.25, nil, nil),
    ] as [(String, Double?, Double?, String?)])
  func readings(_ text: String, _ indonesian: Double?, _ english: Double?, _ unit: String?) throws {
    let number = try #require(WrittenNumber(text))
    #expect(number.indonesian == indonesian)
    #expect(number.english == english)
    #expect(number.unit == unit)
  }

  @Test(arguments: [
    "", "abc", "1.2.3,4,5", "12,34,56", "1e", "39,67x9", "Rp", ".", ",5,", "1.23.4",
  ])
  func notNumbers(_ text: String) {
    #expect(WrittenNumber(text) == nil)
  }

  @Test func whatACellSettles() throws {
    #expect(try #require(WrittenNumber("39,67")).settles == .indonesian)
    #expect(try #require(WrittenNumber("39.67")).settles == .english)
    #expect(try #require(WrittenNumber("5.517")).settles == nil)
    #expect(try #require(WrittenNumber("5.517")).isAmbiguous)
    #expect(try !#require(WrittenNumber("2024")).isAmbiguous)
  }

  @Test func missingMarkers() {
    #expect(isMissingMarker(""))
    #expect(isMissingMarker(" - "))
    #expect(isMissingMarker("N/A"))
    #expect(!isMissingMarker("0"))
    // As published tables write them (issue 17, item 5).
    for marker in [
      "—", "--", "n.a", "n.a.", "N.A", "ND", "tad", "TAD", "...", "…", "x", "#N/A", "*)", "-*)",
      "Belum ada data", "belum tersedia", "Tidak ada data",
    ] {
      #expect(isMissingMarker(marker), "\(marker)")
    }
    for value in ["5,86*)", "B", "0,0", "x1"] {
      #expect(!isMissingMarker(value), "\(value)")
    }
  }
}

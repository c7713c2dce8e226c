import Testing

@testable import IKUPlan

@Suite struct ValueStyleTests {
  @Test func indicatorValuesFollowTheirKind() {
    let percent = Indicator(code: "A", name: "a", unit: "%", lowerBound: 0, upperBound: 100)
    let count = Indicator(code: "B", name: "b", unit: "orang", lowerBound: 0)
    let gini = Indicator(code: "C", name: "Gini", unit: "rasio", lowerBound: 0, upperBound: 1)
    let years = Indicator(code: "D", name: "RLS", unit: "tahun", lowerBound: 0)
    let money = Indicator(code: "E", name: "PAD", unit: "Rp", lowerBound: 0)
    #expect(ValueStyle.value(of: percent) == .percent(decimals: 2))
    #expect(ValueStyle.value(of: count) == .decimal(0))
    #expect(ValueStyle.value(of: gini) == .decimal(3))
    #expect(ValueStyle.value(of: years) == .decimal(2))
    #expect(ValueStyle.value(of: money) == .rupiah)
    let millions = Indicator(code: "F", name: "PDRB per kapita", unit: "juta rupiah")
    #expect(ValueStyle.value(of: millions) == .decimal(2))
    #expect(ValueStyle.value(of: percent).text(55.04, in: .indonesian) == "55,04%")
    #expect(ValueStyle.value(of: count).text(5517, in: .indonesian) == "5.517")
    #expect(ValueStyle.value(of: count).text(5517, in: .english) == "5,517")
    #expect(ValueStyle.value(of: gini).text(0.292, in: .indonesian) == "0,292")
    #expect(ValueStyle.value(of: years).text(9.55, in: .indonesian) == "9,55")
  }

  /// Rupiah in juta and miliar, never `1620675000.0000002` or `2,00E+09`.
  @Test func rupiahInJutaAndMiliar() {
    #expect(ValueStyle.rupiah.text(1_620_675_000.0000002, in: .indonesian) == "Rp 1,62 miliar")
    #expect(ValueStyle.rupiah.text(2e9, in: .indonesian) == "Rp 2,00 miliar")
    #expect(ValueStyle.rupiah.text(350_500_000, in: .indonesian) == "Rp 350,50 juta")
    #expect(ValueStyle.rupiah.text(350_500_000, in: .english) == "Rp 350.50 million")
    #expect(ValueStyle.rupiah.text(1.5e12, in: .indonesian) == "Rp 1,50 triliun")
    // Above a juta the unit is chosen after rounding to two decimals;
    // below it, whole rupiah.
    #expect(ValueStyle.rupiah.text(999_999_999, in: .indonesian) == "Rp 1,00 miliar")
    #expect(ValueStyle.rupiah.text(999_999_999_999, in: .indonesian) == "Rp 1,00 triliun")
    #expect(ValueStyle.rupiah.text(999_999.6, in: .indonesian) == "Rp 1.000.000")
    #expect(ValueStyle.rupiah.text(994_999_999, in: .indonesian) == "Rp 995,00 juta")
    #expect(ValueStyle.rupiah.text(999_999, in: .indonesian) == "Rp 999.999")
    #expect(ValueStyle.rupiah.text(950_000, in: .indonesian) == "Rp 950.000")
  }

  /// One rule for chances: whole percent, `<1%` and `>99%` where whole
  /// percent would round to an end that is not exact.
  @Test func probabilities() {
    let p = ValueStyle.probability
    #expect(p.text(0.42, in: .indonesian) == "42%")
    #expect(p.text(0.004, in: .indonesian) == "<1%")
    #expect(p.text(0.996, in: .indonesian) == ">99%")
    #expect(p.text(1, in: .indonesian) == "100%")
    #expect(p.text(0, in: .indonesian) == "0%")
  }

  /// Statistics without E-notation for people.
  @Test func significantDigits() {
    let s = ValueStyle.significant(10)
    #expect(s.text(6.7356578912e-4, in: .indonesian) == "0,000673565789")
    #expect(s.text(910_079_222.1, in: .indonesian) == "910.079.222")
    #expect(s.text(2.952e-108, in: .indonesian) == "≈ 0")
    #expect(ValueStyle.significant(4).text(9.985e-4, in: .english) == "0.0009985")
  }

  /// An interval whose ends read the same is one value.
  @Test func intervals() {
    let percent = ValueStyle.percent(decimals: 2)
    #expect(percent.text(lower: 38.04, upper: 46.31, in: .indonesian) == "38,04–46,31%")
    #expect(
      ValueStyle.rupiah.text(lower: 7.735e9, upper: 7.7351e9, in: .indonesian) == "Rp 7,74 miliar")
    #expect(ValueStyle.decimal(0).text(lower: 4814, upper: 6231, in: .english) == "4,814–6,231")
  }

  @Test func spreadsheetValuesAndFormats() {
    #expect(ValueStyle.percent(decimals: 2).excelValue(55.04) == 55.04 / 100)
    #expect(ValueStyle.percent(decimals: 2).excelFormat == "0.00%")
    #expect(ValueStyle.decimal(0).excelFormat == "#,##0")
    #expect(ValueStyle.decimal(3).excelFormat == "#,##0.000")
    #expect(ValueStyle.probability.excelValue(0.42) == 0.42)
    // The one rule for chances in a spreadsheet's format: <1% and >99%
    // for the numbers it keeps, whole percent between, exact ends plain.
    #expect(
      ValueStyle.probability.excelFormat(for: 0.0008) == "[<0.01]\"<1%\";[>0.99]\">99%\";0%")
    #expect(ValueStyle.probability.excelFormat(for: 0) == "0%")
    #expect(ValueStyle.probability.excelFormat(for: 1) == "0%")
    #expect(ValueStyle.percent(decimals: 2).excelFormat(for: 0.5) == "0.00%")
    #expect(ValueStyle.percent(decimals: 2).csvText(39.669999, convention: .indonesian) == "39,67%")
    #expect(ValueStyle.decimal(0).csvText(5517, convention: .indonesian) == "5517")
    #expect(ValueStyle.decimal(2).csvText(7.334, convention: .english) == "7.33")
    #expect(
      ValueStyle.probability.csvText(0.0006982379417591816, convention: .indonesian) == "<1%")
    #expect(ValueStyle.probability.csvText(0.962, convention: .english) == "96%")
    #expect(
      ValueStyle.rupiah.csvText(1_620_675_000.0000002, convention: .indonesian) == "1620675000")
    #expect(ValueStyle.decimal(2).text(.nan, in: .indonesian) == "–")
  }
}

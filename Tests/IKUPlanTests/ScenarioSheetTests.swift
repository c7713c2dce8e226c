import IKUForecast
import Testing

@testable import IKUPlan

/// The words and cell texts of scenario workbooks.
@Suite struct ScenarioSheetTests {
  @Test func plainNumbers() {
    let cases: [(Double, String)] = [
      (0.92, "0,92"), (3_500_000, "3500000"), (1e-5, "0,00001"), (1.5e20, "150000000000000000000"),
      (-2.5, "-2,5"), (0, "0"), (0.125, "0,1250"), (1234.125, "1234,125"), (400, "400"),
    ]
    for (value, text) in cases {
      #expect(ScenarioSheet.plainNumber(value, decimalSeparator: ",") == text)
      // Every written number reads back in the convention it settles.
      let written = WrittenNumber(text)
      #expect(written?.indonesian == value, "\(text)")
      #expect(written?.isAmbiguous == false, "\(text)")
    }
  }

  @Test func cellTexts() {
    func text(_ value: ScenarioFile.DriverValue, _ language: Language) -> String? {
      ScenarioSheet.text(
        value, in: language, convention: language == .indonesian ? .indonesian : .english)
    }
    #expect(
      text(.given(.normal(mean: 0.96, standardDeviation: 0.02)), .indonesian) == "normal 0,96; 0,02"
    )
    #expect(text(.given(.uniform(minimum: 0.85, maximum: 0.98)), .english) == "uniform 0.85; 0.98")
    #expect(
      text(.given(.triangular(minimum: 900, mode: 1000, maximum: 1200)), .indonesian)
        == "segitiga 900; 1000; 1200")
    #expect(text(.forecast(.denominator), .indonesian) == "proyeksi penyebut")
    #expect(text(.growth(start: 400, rate: 0.1), .indonesian) == "tumbuh 400; 0,1")
    #expect(text(.step(start: 400, increment: 40), .english) == "step 400; 40")
    #expect(text(.byYear([:]), .english) == nil)
  }

  @Test func splittingAText() {
    #expect(ScenarioSheet.split("normal 0,96; 0,02")?.word == "normal")
    #expect(ScenarioSheet.split("normal 0,96; 0,02")?.parameters == ["0,96", " 0,02"])
    #expect(ScenarioSheet.split("  Proyeksi  Penyebut ")?.word == "Proyeksi  Penyebut")
    #expect(ScenarioSheet.split("0,96") == nil)
    #expect(ScenarioSheet.Kind(word: "Proyeksi  Penyebut") == .forecastDenominator)
    #expect(ScenarioSheet.Kind(word: "forecast denominator") == .forecastDenominator)
    #expect(ScenarioSheet.Kind(word: "SERAGAM") == .uniform)
    #expect(ScenarioSheet.Block(heading: "hitung  balik") == .goal)
    #expect(ScenarioSheet.Block(heading: "Goal seek") == .goal)
  }

  /// A formula name is what the formula parser reads as one name.
  @Test func formulaNames() {
    for name in ["biaya_per_kursi", "_x", "kapasitas2", "Kelulusan", "min"] {
      #expect(ScenarioSheet.isFormulaName(name), "\(name)")
    }
    for name in ["biaya per kursi", "2kursi", "biaya-kursi", "", "a*b", "max(a; b)", "1.5"] {
      #expect(!ScenarioSheet.isFormulaName(name), "\(name)")
    }
  }

  @Test func parametersAreChecked() throws {
    #expect(throws: ScenarioSheet.ParameterError.self) {
      try ScenarioSheet.Kind.normal.value([1, 0])
    }
    #expect(throws: ScenarioSheet.ParameterError.self) {
      try ScenarioSheet.Kind.triangular.value([1, 3, 2])
    }
    #expect(
      try ScenarioSheet.Kind.lognormal.value([5, 1])
        == .given(.lognormal(mean: 5, standardDeviation: 1)))
    // The parameter that is wrong; of a pair out of order, the first.
    func wrong(_ kind: ScenarioSheet.Kind, _ numbers: [Double]) -> ScenarioSheet.DriverColumn? {
      do {
        _ = try kind.value(numbers)
        return nil
      } catch {
        return error.parameter
      }
    }
    #expect(wrong(.normal, [0.9, -0.03]) == .standardDeviation)
    #expect(wrong(.lognormal, [0, 1]) == .value)
    #expect(wrong(.lognormal, [5, 0]) == .standardDeviation)
    #expect(wrong(.uniform, [2, 1]) == .minimum)
    #expect(wrong(.triangular, [2, 1, 3]) == .minimum)
    #expect(wrong(.triangular, [1, 3, 2]) == .mode)
    #expect(wrong(.triangular, [1, 1, 1]) == .minimum)
  }
}

import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct ScenarioReconciliationTests {
  static let yaml = """
    indicator: IKU-1
    year: 2025
    formula: "min(kapasitas * kelulusan; pendaftar) / pendaftar * 100"
    drivers:
      pendaftar: {forecast: denominator}
      kapasitas: 400
      kelulusan: 0.92
      biaya: 3500000
    outputs: {anggaran: "kapasitas * biaya"}
    draws: 20001
    seed: 5
    """

  /// The direct forecast is the review's number; the drivers' medians are
  /// their distributions' (the file's 400 and 0,92; the forecast's
  /// median); the formula at the drivers' medians is the formula's
  /// arithmetic at those medians; the scenario's median is the draws' and
  /// lies within its stated noise of the formula (the indicator is a
  /// monotone function of the one random driver).
  @Test func theNumbersAreTheReviewsAndTheFormulas() throws {
    let dataset = try ScenarioAnalysisTests.dataset()
    let analysis = try ScenarioAnalysis(
      ScenarioFile(yaml: Self.yaml, file: "s.yaml"), dataset: dataset)
    let r = try #require(analysis.reconciliation)
    let indicator = try #require(dataset.indicator("IKU-1"))
    let review = IndicatorReview(
      indicator, in: dataset, year: 2025, settings: ReviewSettings(year: 2025))
    #expect(r.direct.median == review.forecast?.median)
    #expect(r.drivers.map(\.name) == ["pendaftar", "kapasitas", "kelulusan"])
    #expect(r.drivers[0].forecastFrom == .denominator && r.drivers[1].forecastFrom == nil)
    #expect(r.drivers[1].median == 400 && r.drivers[2].median == 0.92)
    let registrants = r.drivers[0].median
    let central = try #require(r.formulaAtDriverMedians)
    #expect(central == min(400 * 0.92, registrants) / registrants * 100)
    #expect(r.scenarioMedian == analysis.cases[0].indicator.median)
    #expect(r.medianNoise > 0 && abs(r.scenarioMedian - central) <= 2 * r.medianNoise)
  }

  /// The paragraph names the two numbers, the drivers and where they come
  /// from, and the size of the gap, in the chosen language only.
  @Test func theExplanationNamesTheGap() throws {
    let dataset = try ScenarioAnalysisTests.dataset()
    let analysis = try ScenarioAnalysis(
      ScenarioFile(yaml: Self.yaml, file: "s.yaml"), dataset: dataset)
    let r = try #require(analysis.reconciliation)
    let indonesian = r.explanation(indicator: analysis.indicator, in: .indonesian)
    let direct = NumberFormat(.indonesian).percent(r.direct.median)
    let central = NumberFormat(.indonesian).percent(try #require(r.formulaAtDriverMedians))
    let gap = NumberFormat(.indonesian).fixed(
      abs(try #require(r.formulaAtDriverMedians) - r.direct.median), decimals: 2)
    #expect(indonesian.contains("proyeksi langsung \(direct) melanjutkan riwayat IKU-1"))
    #expect(indonesian.contains("(proyeksi dari riwayat penyebut IKU-1)"))
    #expect(indonesian.contains("kapasitas 400, kelulusan 0,92 (dari berkas skenario)"))
    #expect(
      indonesian.contains("memberi \(central), \(gap) poin persen di bawah proyeksi langsung"))
    #expect(indonesian.contains("bukan dari tren IKU-1 sendiri"))
    #expect(indonesian.contains("lebih dari derau penarikan (±"))
    let english = r.explanation(indicator: analysis.indicator, in: .english)
    #expect(english.contains("percentage points below the direct forecast"))
    for word in ["proyeksi", "pemicu", "rumus", "berkas", "selisih"] {
      #expect(!english.lowercased().contains(word))
    }
  }

  /// Without history to forecast from there is nothing to reconcile.
  @Test func noDirectForecastNoReconciliation() throws {
    let analysis = try ScenarioAnalysis(
      ScenarioFile(yaml: "year: 2025\nformula: \"a\"\ndrivers: {a: 1}\n", file: "s.yaml"),
      dataset: nil)
    #expect(analysis.reconciliation == nil && analysis.directForecast == nil)
  }
}

import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct ScenarioEngineTests {
  private static func file(_ yaml: String) throws -> ScenarioFile {
    try ScenarioFile(yaml: yaml, file: "s.yaml")
  }

  /// A one-year analysis and a Renstra period of that one year are two uses
  /// of one engine: the same file gives the same draws, bit for bit, with
  /// a forecast driver, a correlation and every kind of distribution.
  @Test func oneYearAndAOneYearPeriodAreTheSameDraws() throws {
    let body = """
      indicator: IKU-1
      formula: "min(kapasitas * kelulusan; pendaftar) / pendaftar * 100"
      drivers:
        pendaftar: {forecast: denominator}
        kapasitas: {triangular: {min: 380, mode: 400, max: 450}}
        kelulusan: {normal: {mean: 0.92, sd: 0.03}}
        biaya: {lognormal: {mean: 3500000, sd: 200000}}
        hari: {uniform: {min: 20, max: 24}}
      outputs: {anggaran: "kapasitas * biaya"}
      correlation: [[kapasitas, kelulusan, 0.4], [biaya, hari, -0.2]]
      scenarios:
        - name: Dasar
        - name: Naik
          set: {kapasitas: 480}
      draws: 5000
      seed: 11
      """
    let dataset = try ScenarioAnalysisTests.dataset()
    let one = try ScenarioAnalysis(Self.file("year: 2025\n" + body), dataset: dataset)
    let period = try RenstraAnalysis(Self.file("years: [2025, 2025]\n" + body), dataset: dataset)
    #expect(one.cases.count == 2 && period.cases.count == 2)
    for (a, b) in zip(one.cases, period.cases) {
      let year = try #require(b.years.first)
      #expect(a.indicator == year.indicator)
      #expect(a.probabilityOfAttaining == year.probabilityOfAttaining)
      #expect(a.outputs.map(\.summary) == year.outputs.map(\.summary))
    }
    #expect(one.target == period.targets[2025])
  }

  /// One number per quantity: a scenario that is just the indicator
  /// forecast from its own values gives the review's forecast — median,
  /// P10 and P90 — within the sampling error of 200.000 draws (a quantile's
  /// standard error is √(p(1 − p)/n)/f(q): about 0,011 points for the
  /// median and 0,015 for P10 and P90 here, with σ ≈ 3,9; 0,05 is more than
  /// three of them).
  @Test func aForecastOfTheValueIsTheReviewsForecast() throws {
    let dataset = try ScenarioAnalysisTests.dataset()
    let analysis = try ScenarioAnalysis(
      Self.file(
        """
        indicator: IKU-1
        year: 2025
        formula: "x"
        drivers: {x: {forecast: value}}
        draws: 200000
        """), dataset: dataset)
    let indicator = try #require(dataset.indicator("IKU-1"))
    let forecast = try #require(
      IndicatorReview(indicator, in: dataset, year: 2025, settings: ReviewSettings(year: 2025))
        .forecast)
    let drawn = analysis.cases[0].indicator
    for (value, p) in [(drawn.median, 0.5), (drawn.p10, 0.1), (drawn.p90, 0.9)] {
      let expected = try #require(forecast.quantile(p))
      #expect(abs(value - expected) <= 0.05, "p = \(p): \(value) against \(expected)")
    }
  }

  /// Three drivers whose correlations cannot hold together, from line 2
  /// (line 1 is the year or the period).
  static let contradictory = """
    formula: "a + b + c"
    drivers:
      a: {normal: {mean: 10, sd: 1}}
      b: {normal: {mean: 10, sd: 1}}
      c: {normal: {mean: 10, sd: 1}}
    correlation:
      - [a, b, 0.9]
      - [a, c, 0.9]
      - [b, c, -0.9]
    draws: 100
    """

  /// Correlations that cannot hold together (a and b, a and c strongly
  /// positive, b and c strongly negative: the matrix is not positive
  /// definite) are named at the first correlation written for the driver
  /// where the matrix fails, c, with the drivers involved, in the chosen
  /// language.
  @Test func correlationsThatCannotHoldTogetherAreNamedWhereWritten() throws {
    do {
      _ = try ScenarioAnalysis(Self.file("year: 2025\n" + Self.contradictory), dataset: nil)
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.location.line == 9 && error.location.column == 5)
      let indonesian = error.message(in: .indonesian)
      #expect(indonesian.contains("s.yaml, baris 9, kolom 5"))
      #expect(indonesian.contains("korelasi a, b, c tidak mungkin terjadi bersamaan"))
      #expect(!indonesian.contains("correlation"))
      #expect(error.message(in: .english).contains("the correlations of a, b, c cannot all hold"))
    }
  }

  /// Over a period the years' links join the within-year correlation; a
  /// contradiction there is named the same way, as one across years.
  @Test func aPeriodsCorrelationErrorIsNamedToo() throws {
    do {
      _ = try RenstraAnalysis(
        Self.file("years: [2025, 2026]\n" + Self.contradictory), dataset: nil)
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.location.line == 9 && error.location.column == 5)
      #expect(error.message(in: .indonesian).contains("antartahun"))
    }
  }

  /// The chance of a target is the review's rule (``TargetRange``): `≥`
  /// the lower end when higher is better, `≤` the upper when lower is,
  /// inside both ends of a range target of a `stabil` indicator, none for a
  /// single target of a `stabil` indicator.
  @Test func sharesFollowTheReviewsRule() throws {
    let values = [1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    func engine(_ polarity: Polarity) throws -> ScenarioEngine {
      ScenarioEngine(
        try Self.file("year: 2025\nformula: \"x\"\ndrivers: {x: 1}\n"),
        indicator: Indicator(code: "X", name: "x", unit: "", polarity: polarity),
        dataset: nil, years: [2025], targets: [:])
    }
    #expect(try engine(.higher).share(values, attaining: TargetRange(8)) == 0.3)
    #expect(try engine(.lower).share(values, attaining: TargetRange(3)) == 0.3)
    #expect(
      try engine(.higher).share(values, attaining: TargetRange(lower: 4, upper: 6)) == 0.7)
    #expect(try engine(.lower).share(values, attaining: TargetRange(lower: 4, upper: 6)) == 0.6)
    #expect(
      try engine(.range).share(values, attaining: TargetRange(lower: 4, upper: 6)) == 0.3)
    #expect(try engine(.range).share(values, attaining: TargetRange(5)) == nil)
  }

  /// The budget is money: its draws are whole rupiah, so a period's total
  /// is the sum of the years shown.
  @Test func theBudgetIsWholeRupiah() throws {
    let analysis = try RenstraAnalysis(
      Self.file(
        """
        years: [2025, 2027]
        formula: "seats"
        drivers:
          seats: 400
          cost: {start: 3500000, growth: 0.05}
        outputs: {anggaran: "seats * cost * 1.0001"}
        draws: 10
        """), dataset: nil)
    let result = try #require(analysis.cases.first)
    var expected = 0.0
    for (n, year) in result.years.enumerated() {
      let cost = 3_500_000 * ScenarioFile.DriverValue.power(1.05, n)
      let budget = (400 * cost * 1.0001).rounded()
      #expect(year.outputs[0].summary.median == budget)
      expected += budget
    }
    #expect(result.totals[0].summary.median == expected)
  }
}

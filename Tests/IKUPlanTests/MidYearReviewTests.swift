import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

/// Mid-year projections on constructed quarterly histories with known
/// answers.
@Suite struct MidYearReviewTests {
  static let count = Indicator(
    code: "C", name: "Jumlah", unit: "unit", lowerBound: 0, rollup: .sum)

  /// A count whose Q2 year-to-date was `shares[i]` of each earlier year's
  /// total of 1000, now at `now` after Q2, target `target`.
  static func countDataset(shares: [Double], now: Double, target: Double = 6000) -> Dataset {
    var quarterly: [QuarterlyObservation] = []
    for (i, share) in shares.enumerated() {
      let year = 2020 + i
      quarterly.append(
        QuarterlyObservation(code: "C", year: year, quarter: 2, actual: 1000 * share, source: "uji")
      )
      quarterly.append(
        QuarterlyObservation(code: "C", year: year, quarter: 4, actual: 1000, source: "uji"))
    }
    quarterly.append(
      QuarterlyObservation(code: "C", year: 2025, quarter: 2, actual: now, source: "uji"))
    return Dataset(
      title: "T", indicators: [count],
      annual: [AnnualObservation(code: "C", year: 2025, target: target, source: "uji")],
      quarterly: quarterly)
  }

  private func project(_ dataset: Dataset) throws -> MidYearProjection {
    try #require(try MidYearReview(dataset).projections.first)
  }

  private func width(_ p: MidYearProjection) -> Double {
    (p.intervals.first?.upper ?? .nan) - (p.intervals.first?.lower ?? .nan)
  }

  /// A year to date of zero or below claims no distribution.
  ///
  /// Nothing counted so far gave `log 0` and a 0% chance with "off track"
  /// for an accident count exactly on its target of 0; a negative sum gave
  /// `nan` and "at risk". Neither claims a distribution now.
  @Test func zeroOrNegativeYearToDateClaimsNoDistribution() throws {
    for now in [0.0, -5] {
      let p = try project(Self.countDataset(shares: [0.5, 0.5, 0.5], now: now, target: 0))
      #expect(p.basis == .yearToDateOnly)
      #expect(p.probabilityOfAttaining == nil && p.status == nil)
      #expect(p.median == max(now, 0))
    }
  }

  @Test func steadyQuartersProjectTheObviousTotal() throws {
    // Quarters were always 25% of the year: half the year by Q2.
    let p = try project(Self.countDataset(shares: [0.5, 0.5, 0.5, 0.5], now: 3000))
    #expect(p.basis == .seasonalShares)
    #expect(abs(p.median - 6000) / 6000 < 0.01)
    #expect(width(p) < 0.01 * 6000)
    #expect(p.historyYears == [2020, 2021, 2022, 2023])
    // Pace: 3000 still needed over two quarters, 1500 each; 1500 so far.
    #expect(p.requiredPace == MidYearProjection.Pace(required: 1500, soFar: 1500))
  }

  @Test func erraticSharesWidenTheInterval() throws {
    let steady = try project(Self.countDataset(shares: [0.49, 0.50, 0.51, 0.50], now: 3000))
    let erratic = try project(Self.countDataset(shares: [0.30, 0.60, 0.45, 0.70], now: 3000))
    #expect(width(erratic) > 10 * width(steady))
    #expect(abs(steady.median - 6000) / 6000 < 0.01)
  }

  @Test func withoutQuarterlyHistoryTheRunRateIsWiderAndSaysSo() throws {
    let p = try project(Self.countDataset(shares: [], now: 3000))
    #expect(p.basis == .runRate)
    #expect(abs(p.median - 6000) < 1e-9)
    let steady = try project(Self.countDataset(shares: [0.49, 0.50, 0.51, 0.50], now: 3000))
    #expect(width(p) > 5 * width(steady))
  }

  @Test func ratiosCombineNumeratorAndDenominator() throws {
    // By Q2 the numerator always reached half its year, the denominator
    // 40%: 100 and 400 now make 200 ÷ 1000 = 20% at year end.
    let ratio = Indicator(
      code: "R", name: "Persentase", unit: "%", lowerBound: 0, upperBound: 100)
    var quarterly: [QuarterlyObservation] = []
    for year in 2021...2023 {
      quarterly.append(
        QuarterlyObservation(
          code: "R", year: year, quarter: 2, numerator: 50, denominator: 200, source: "uji"))
      quarterly.append(
        QuarterlyObservation(
          code: "R", year: year, quarter: 4, numerator: 100, denominator: 500, source: "uji"))
    }
    quarterly.append(
      QuarterlyObservation(
        code: "R", year: 2025, quarter: 2, actual: 25, numerator: 100, denominator: 400,
        source: "uji"))
    let dataset = Dataset(
      title: "T", indicators: [ratio],
      annual: [AnnualObservation(code: "R", year: 2025, target: 18, source: "uji")],
      quarterly: quarterly)
    let p = try project(dataset)
    #expect(p.basis == .jointRatio)
    #expect(abs(p.median - 20) < 1e-9)
    #expect(p.yearToDate == 25)
    #expect(p.probabilityOfAttaining == 1)
    #expect(p.status == .onTrack)
  }

  @Test func levelsBlendTheYearToDateWithTheAnnualForecast() throws {
    let level = Indicator(
      code: "L", name: "Persentase", unit: "%", lowerBound: 0, upperBound: 100, rollup: .last)
    let annual = [40.0, 42, 45, 44, 47].enumerated().map {
      AnnualObservation(code: "L", year: 2020 + $0.offset, actual: $0.element, source: "uji")
    }
    let dataset = Dataset(
      title: "T", indicators: [level],
      annual: annual + [AnnualObservation(code: "L", year: 2025, target: 48, source: "uji")],
      quarterly: [
        QuarterlyObservation(code: "L", year: 2025, quarter: 2, actual: 50, source: "uji")
      ])
    let p = try project(dataset)
    #expect(p.basis == .blendedWithForecast)
    let forecast = try #require(
      IndicatorReview(level, in: dataset, year: 2025, settings: ReviewSettings()).forecast)
    #expect(abs(p.median - (0.5 * 50 + 0.5 * forecast.median)) < 1e-9)
    let interval = try #require(p.intervals.first)
    let f = try #require(forecast.intervals.first)
    #expect(abs(interval.lower - (25 + 0.5 * f.lower)) < 1e-9)
    #expect(abs(interval.upper - (25 + 0.5 * f.upper)) < 1e-9)
  }

  @Test func statusThresholds() throws {
    // Far above, near and far below the projected 6000.
    let statuses = try [4000.0, 6000, 9000].map { target in
      try project(Self.countDataset(shares: [0.45, 0.5, 0.55, 0.5], now: 3000, target: target))
        .status
    }
    #expect(statuses == [.onTrack, .atRisk, .offTrack])
  }

  @Test func theFourthQuarterIsTheYear() throws {
    var dataset = Self.countDataset(shares: [0.5, 0.5], now: 3000)
    dataset.quarterly.append(
      QuarterlyObservation(code: "C", year: 2025, quarter: 4, actual: 6100, source: "uji"))
    let p = try #require(try MidYearReview(dataset).projections.first)
    #expect(p.quarter == 4 && p.basis == .complete && p.median == 6100)
    #expect(p.probabilityOfAttaining == 1)
  }

  /// A range target binds at its lower end for a count (higher is
  /// better): the chance is that of the lower end alone, the achievement
  /// of the projected median by the range rule, the required pace towards
  /// the lower end.
  @Test func aRangeTargetBindsAtItsLowerEnd() throws {
    func ranged(_ lower: Double, _ upper: Double) -> Dataset {
      var dataset = Self.countDataset(shares: [0.45, 0.5, 0.55, 0.5], now: 3000)
      dataset.annual = [
        AnnualObservation(code: "C", year: 2025, target: lower, source: "uji", targetUpper: upper)
      ]
      return dataset
    }
    let range = try project(ranged(5800, 6400))
    let single = try project(
      Self.countDataset(shares: [0.45, 0.5, 0.55, 0.5], now: 3000, target: 5800))
    #expect(range.targetRange == TargetRange(lower: 5800, upper: 6400))
    #expect(range.probabilityOfAttaining == single.probabilityOfAttaining)
    #expect(range.requiredPace?.required == (5800 - 3000) / 2.0)
    let m = range.median
    let expected = m > 6400 ? m / 6400 * 100 : m < 5800 ? m / 5800 * 100 : 100
    #expect(agrees(try #require(range.achievement).value, expected, relative: 1e-14))
    // At the fourth quarter a value within the range has attained it.
    var complete = ranged(5800, 6400)
    complete.quarterly.append(
      QuarterlyObservation(code: "C", year: 2025, quarter: 4, actual: 6000, source: "uji"))
    let year = try #require(try MidYearReview(complete).projections.first)
    #expect(year.probabilityOfAttaining == 1 && year.achievement?.value == 100)
  }

  @Test func noQuarterlyDataIsAnError() {
    #expect(throws: InputError.self) {
      try MidYearReview(Dataset(title: "T", indicators: [Self.count]))
    }
  }

  /// A quarter no indicator has a value for is refused naming it, not shown
  /// as an empty table.
  @Test func aQuarterWithoutValuesIsAnError() throws {
    let dataset = try Dataset(
      folder: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path)
    do {
      _ = try MidYearReview(dataset, settings: MidYearSettings(year: 2025, quarter: 4))
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.problem == .noQuarterlyData(year: 2025, quarter: 4))
      #expect(
        error.message(in: .indonesian).contains(
          "tidak ada nilai triwulan (triwulan.csv) untuk triwulan 4 tahun 2025"))
    }
  }
}

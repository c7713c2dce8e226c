import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

/// `TargetPath`, the one target-setting rule, against a normal basis whose
/// quantiles and chances are known in closed form.
@Suite struct TargetPathTests {
  /// `N(mean, sd)`: quantiles by the normal quantile, chances by its CDF.
  struct Normal: TargetBasis {
    let mean: Double
    let sd: Double
    var distribution: NormalDistribution { NormalDistribution(mean: mean, standardDeviation: sd) }

    func quantile(_ p: Double) -> Double? { distribution.quantile(p) }

    func probability(attaining target: Double, polarity: Polarity) -> Double? {
      polarity == .lower ? distribution.cdf(target) : 1 - distribution.cdf(target)
    }
  }

  static let percent = Indicator(code: "A", name: "a", unit: "%", lowerBound: 0, upperBound: 100)

  /// Higher is better, a rising forecast: the 30% quantile, rounded down to
  /// two decimals (its chance at least 70%), while it stays above the
  /// floor; z₀.₃ = −0.5244005.
  @Test func attainedWithTheAskedChanceAboveTheFloor() throws {
    let path = TargetPath(
      years: [(2025, Normal(mean: 50, sd: 2)), (2026, Normal(mean: 53, sd: 3))],
      probability: 0.7, floor: 45, indicator: Self.percent, settings: ReviewSettings())
    let expected = [50 - 0.5244005 * 2, 53 - 0.5244005 * 3].map { ($0 * 100).rounded(.down) / 100 }
    for (point, value) in zip(path.points, expected) {
      #expect(agrees(point.value, value, relative: 1e-12))
      #expect(try #require(point.probability) >= 0.7)
      #expect(!point.heldByFloor && point.flags.isEmpty)
    }
  }

  /// A falling forecast: the floor (last realisation 55,04) holds the first
  /// year.
  ///
  /// Its chance is P(Y ≥ 55,04) = 1 − Φ((55,04 − 54,9)/2) ≈ 0.472, no
  /// flag. The next year's quantile is lower again: held at 55,04.
  @Test func theFloorHoldsTheRealisation() throws {
    let path = TargetPath(
      years: [(2025, Normal(mean: 54.9, sd: 2)), (2026, Normal(mean: 54, sd: 3))],
      probability: 0.7, floor: 55.04, indicator: Self.percent, settings: ReviewSettings())
    #expect(path.points.map(\.value) == [55.04, 55.04])
    #expect(path.points.allSatisfy { $0.heldByFloor })
    let p = try #require(path.points[0].probability)
    let expected = 1 - NormalDistribution.standard.cdf(0.07)
    #expect(agrees(p, expected, relative: 1e-12))
    #expect(path.points[0].flags.isEmpty)
  }

  /// Holding the realisation has less than 10%: both demands cannot hold;
  /// the realisation is held and flagged unrealistic, as `check` would.
  @Test func conflictIsHeldAndFlagged() throws {
    let path = TargetPath(
      years: [(2025, Normal(mean: 40, sd: 2))], probability: 0.7, floor: 45,
      indicator: Self.percent, settings: ReviewSettings())
    let point = try #require(path.points.first)
    #expect(point.value == 45 && point.heldByFloor)
    #expect(point.flags.map(\.code) == [.targetUnrealistic])
    #expect(try #require(point.attainedValue) < 45)
  }

  /// Lower is better: the 70% quantile rounded up, never above the floor;
  /// bounds hold (a quantile below 0 gives 0).
  @Test func lowerIsBetterAndBounds() throws {
    var indicator = Self.percent
    indicator.polarity = .lower
    let path = TargetPath(
      years: [(2025, Normal(mean: 5, sd: 0.5)), (2026, Normal(mean: -3, sd: 0.5))],
      probability: 0.7, floor: 6.2, indicator: indicator, settings: ReviewSettings())
    let expected = ((5 + 0.5244005 * 0.5) * 100).rounded(.up) / 100
    #expect(agrees(path.points[0].value, expected, relative: 1e-12))
    #expect(path.points[1].value == 0)
  }

  /// A year without a distribution keeps the previous target, without a
  /// chance; counts round to whole numbers.
  @Test func missingDistributionAndCounts() {
    let count = Indicator(code: "B", name: "b", unit: "orang", lowerBound: 0)
    let path = TargetPath(
      years: [(2025, Normal(mean: 5600, sd: 100)), (2026, nil)], probability: 0.7, floor: 5517,
      indicator: count, settings: ReviewSettings())
    #expect(path.points[0].value == (5600 - 0.5244005 * 100).rounded(.down))
    #expect(path.points[1].value == path.points[0].value && path.points[1].probability == nil)
  }

  /// Three decimals for a 0–1 ratio, two for a percentage, none for a
  /// count; the realisation is put on that grid in the good direction.
  @Test func decimalsAndTheFloor() {
    let gini = Indicator(
      code: "G", name: "g", unit: "rasio", polarity: .lower, lowerBound: 0, upperBound: 1)
    #expect(TargetPath.decimals(gini) == 3)
    #expect(TargetPath.decimals(Self.percent) == 2)
    #expect(TargetPath.decimals(Indicator(code: "B", name: "b", unit: "orang", lowerBound: 0)) == 0)
    #expect(TargetPath.round(0.721, decimals: 2, notWorseFor: .higher) == 0.73)
    #expect(TargetPath.round(0.2915, decimals: 3, notWorseFor: .lower) == 0.291)
    let path = TargetPath(
      years: [(2020, Normal(mean: 0.70, sd: 0.002))], probability: 0.7, floor: 0.7213,
      indicator: Self.percent, settings: ReviewSettings())
    #expect(path.points[0].value == 0.73)
  }

  /// No target can beat the best bound: 0 cases for a lower-is-better count
  /// is not "too easy", however likely.
  @Test func theBestBoundIsNeverTooEasy() throws {
    let cases = Indicator(
      code: "C", name: "c", unit: "kasus", polarity: .lower, lowerBound: 0)
    #expect(cases.isBestPossible(0) && !cases.isBestPossible(1))
    let path = TargetPath(
      years: [(2020, Normal(mean: -2, sd: 0.5))], probability: 0.7, floor: 1, indicator: cases,
      settings: ReviewSettings())
    #expect(path.points[0].value == 0)
    #expect(try #require(path.points[0].probability) > 0.9)
    #expect(path.points[0].flags.isEmpty)
  }

  @Test func roundingKeepsTheChance() {
    #expect(TargetPath.round(51.987, decimals: 2, keeping: .higher) == 51.98)
    #expect(TargetPath.round(51.981, decimals: 2, keeping: .lower) == 51.99)
    #expect(TargetPath.round(39.67, decimals: 2, keeping: .higher) == 39.67)
    #expect(TargetPath.round(5517.4, decimals: 0, keeping: nil) == 5517)
  }
}

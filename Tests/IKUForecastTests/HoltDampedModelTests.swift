import TestSupport
import Testing

@testable import IKUForecast

@Suite struct HoltDampedModelTests {
  let y: [Double] = [10, 11, 14, 18, 21, 27, 34, 40, 43, 47, 50, 52]

  /// statsmodels 0.15 `ExponentialSmoothing(y, trend="add", damped_trend=True,
  /// initialization_method="estimated").fit(smoothing_level=0.5,
  /// smoothing_trend=0.2, damping_trend=0.9)` (β = αβ* = 0.1): the initial
  /// states it optimises numerically are the least-squares ones solved here.
  @Test func initialStatesMatchStatsmodels() throws {
    let candidate = try #require(HoltDampedModel.candidate(y, alpha: 0.5, beta: 0.1, phi: 0.9))
    #expect(agrees(candidate.sumOfSquares, 109.46769924023725, relative: 1e-9))
    let fitted = HoltDampedModel.Fitted(
      level: candidate.level, trend: candidate.trend, alpha: 0.5, beta: 0.1, phi: 0.9,
      sigma: 1, degreesOfFreedom: 7)
    let expected = [54.67549733, 56.94076008, 58.97949657]
    for (step, value) in zip(fitted.forecast(horizon: 3), expected) {
      #expect(agrees(step.center, value, relative: 1e-8))
    }
  }

  /// The ETS(A,Ad,N) variance of Hyndman and others (2008, Table 6.1).
  ///
  /// At h = 3 with α = 0.5, β = 0.1, φ = 0.9: 1 + (0.5 + 0.09)² + (0.5 + 0.171)² =
  /// 1.798341 (by hand).
  @Test func predictionVarianceFollowsTheClassOneFormula() {
    let fitted = HoltDampedModel.Fitted(
      level: 0, trend: 0, alpha: 0.5, beta: 0.1, phi: 0.9, sigma: 2, degreesOfFreedom: 7)
    let steps = fitted.forecast(horizon: 3)
    #expect(steps[0].predictionStandardError == 2)
    #expect(agrees(steps[2].predictionStandardError, 2 * 1.798341.squareRoot(), relative: 1e-14))
    #expect(steps[0].meanStandardError.isNaN)
  }

  /// A series that follows a damped trend exactly (ℓ₀ = 5, b₀ = 2,
  /// φ = 0.9) is recovered: the φ = 0.9 grid points fit it with no error
  /// and the forecast continues the same path.
  @Test func recoversAnExactDampedPath() throws {
    func path(_ t: Int) -> Double {
      var sum = 0.0
      var power = 1.0
      for _ in 0..<t {
        power *= 0.9
        sum += power
      }
      return 5 + 2 * sum
    }
    let series = (1...12).map(path)
    let steps = try HoltDampedModel().fit(series).forecast(horizon: 3)
    for (h, step) in steps.enumerated() {
      #expect(agrees(step.center, path(12 + h + 1), relative: 1e-10))
    }
    #expect(steps[0].predictionStandardError < 1e-8)
  }

  @Test func theGridKeepsBetaAtMostAlpha() {
    #expect(HoltDampedModel.smoothingGrid.count == 28)
    #expect(HoltDampedModel.smoothingGrid.allSatisfy { $0.beta <= $0.alpha })
  }

  @Test func fitPicksTheSmallestSumOfSquares() throws {
    let fitted = try #require(try HoltDampedModel().fit(y) as? HoltDampedModel.Fitted)
    var best = Double.infinity
    for phi in HoltDampedModel.dampingGrid {
      for (alpha, beta) in HoltDampedModel.smoothingGrid {
        if let c = HoltDampedModel.candidate(y, alpha: alpha, beta: beta, phi: phi) {
          best = min(best, c.sumOfSquares)
        }
      }
    }
    #expect(agrees(fitted.sigma * fitted.sigma * 7, best, relative: 1e-12))
  }

  /// A constant series fits exactly at every grid point: the sums of
  /// squares are exactly 0 on every kernel, the first grid point wins, the
  /// forecast is the constant and no interval is claimed.
  @Test func constantSeries() throws {
    let fitted = try #require(
      try HoltDampedModel().fit(Array(repeating: 42.5, count: 12)) as? HoltDampedModel.Fitted)
    #expect(fitted.sigma == 0)
    #expect(fitted.phi == HoltDampedModel.dampingGrid[0])
    #expect(fitted.alpha == HoltDampedModel.smoothingGrid[0].alpha)
    for step in fitted.forecast(horizon: 3) {
      #expect(agrees(step.center, 42.5, relative: 1e-12))
      #expect(!step.hasEstimatedSpread)
    }
  }
}

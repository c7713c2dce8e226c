import RealModule
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct OptimizedThetaModelTests {
  let y: [Double] = [5.0, 6.1, 5.4, 6.8, 6.2, 7.9, 6.9, 8.3, 7.6, 9.1, 8.2, 9.4]

  /// The paper's recursion written out literally.
  ///
  /// Fiorucci and others (2016), §3.2: the sum of squared one-step errors and the state after the last
  /// value, for given ℓ₀, α, θ.
  func literal(_ y: [Double], level0: Double, alpha: Double, theta: Double)
    -> (sse: Double, level: Double, a: Double, b: Double)
  {
    var level = level0
    var a = y[0]
    var b = 0.0
    var sse = 0.0
    for t in 1...y.count {
      let mu =
        level + (1 - 1 / theta)
        * (Double.pow(1 - alpha, t - 1) * a + (1 - Double.pow(1 - alpha, t)) / alpha * b)
      sse += (y[t - 1] - mu) * (y[t - 1] - mu)
      level = alpha * y[t - 1] + (1 - alpha) * level
      if t >= 2 {
        // Ordinary least squares of y_1…y_t on 1…t, from the textbook formulas.
        let ts = (1...t).map(Double.init)
        let tm = ts.reduce(0, +) / Double(t)
        let ym = y[0..<t].reduce(0, +) / Double(t)
        b =
          zip(ts, y[0..<t]).map { ($0 - tm) * ($1 - ym) }.reduce(0, +)
          / ts.map { ($0 - tm) * ($0 - tm) }.reduce(0, +)
        a = ym - b * tm
      }
    }
    return (sse, level, a, b)
  }

  @Test func candidateIsTheLeastSquaresPointOfTheRecursion() throws {
    let c = try #require(OptimizedThetaModel.candidate(y, alpha: 0.4))
    #expect(c.weight > 0 && c.weight < 1)
    let theta = 1 / (1 - c.weight)
    // ℓ₀ recovered from ℓ_T: the literal recursion must reproduce SSE and ℓ_T.
    var dataLevel = 0.0
    for v in y { dataLevel = 0.4 * v + 0.6 * dataLevel }
    let level0 = (c.level - dataLevel) / Double.pow(0.6, y.count)
    let run = literal(y, level0: level0, alpha: 0.4, theta: theta)
    #expect(agrees(run.sse, c.sumOfSquares, relative: 1e-9))
    #expect(agrees(run.level, c.level, relative: 1e-12))
    #expect(agrees(run.b, c.slope, relative: 1e-12))
    // And it is a minimum: moving ℓ₀ or θ either way costs.
    for (dl, dt) in [(0.05, 0.0), (-0.05, 0.0), (0.0, 0.05), (0.0, -0.05)] {
      #expect(literal(y, level0: level0 + dl, alpha: 0.4, theta: theta + dt).sse > run.sse)
    }
  }

  @Test func forecastContinuesTheRecursion() throws {
    let c = try #require(OptimizedThetaModel.candidate(y, alpha: 0.4))
    let fitted = OptimizedThetaModel.Fitted(
      level: c.level, weight: c.weight, intercept: c.intercept, slope: c.slope, alpha: 0.4,
      count: y.count, sigma: 1, degreesOfFreedom: 9)
    // ŷ_{T+1} is μ_{T+1} of the recursion: by the formula with t = T + 1.
    let n = y.count
    let mu =
      c.level + c.weight
      * (Double.pow(0.6, n) * c.intercept + (1 - Double.pow(0.6, n + 1)) / 0.4 * c.slope)
    let steps = fitted.forecast(horizon: 2)
    #expect(agrees(steps[0].center, mu, relative: 1e-14))
    #expect(agrees(steps[1].center - steps[0].center, c.weight * c.slope, relative: 1e-12))
    #expect(agrees(steps[1].predictionStandardError, (1 + 0.16).squareRoot(), relative: 1e-14))
  }

  /// θ below 1 would mean a negative trend weight; it is held at θ = 1.
  ///
  /// That is simple exponential smoothing. A series that falls after a rise makes
  /// the unconstrained weight negative at a small α.
  @Test func weightStaysInsideItsBounds() throws {
    // A steady climb wants k ≈ 1.04 (θ < 0) at α = 0.4: held at k = 1,
    // θ = ∞, with ℓ₀ refitted; the literal recursion agrees.
    let climb: [Double] = [4.2, 4.9, 5.1, 6.3, 6.0, 7.4, 8.1, 7.7, 9.0, 9.8, 10.1, 11.5]
    let c = try #require(OptimizedThetaModel.candidate(climb, alpha: 0.4))
    #expect(c.weight == 1)
    var dataLevel = 0.0
    for v in climb { dataLevel = 0.4 * v + 0.6 * dataLevel }
    let level0 = (c.level - dataLevel) / Double.pow(0.6, climb.count)
    let run = literal(climb, level0: level0, alpha: 0.4, theta: .infinity)
    #expect(agrees(run.sse, c.sumOfSquares, relative: 1e-9))
    #expect(literal(climb, level0: level0 + 0.05, alpha: 0.4, theta: .infinity).sse > run.sse)

    let zigzag: [Double] = [1, 3, 2, 4, 3, 5, 4, 6, 5, 2, 1, 0]
    for alpha in (10...99).map({ Double($0) / 100 }) {
      if let c = OptimizedThetaModel.candidate(zigzag, alpha: alpha) {
        #expect((0...1).contains(c.weight))
      }
    }
  }

  @Test func fitChoosesTheBestAlpha() throws {
    let fitted = try #require(try OptimizedThetaModel().fit(y) as? OptimizedThetaModel.Fitted)
    let sse = fitted.sigma * fitted.sigma * 9
    let coarse = OptimizedThetaModel.coarseGrid.compactMap {
      OptimizedThetaModel.candidate(y, alpha: $0)
    }
    let bestCoarse = try #require(coarse.min { $0.sumOfSquares < $1.sumOfSquares })
    #expect(sse <= bestCoarse.sumOfSquares)
    // The best of the 0.01 grid within 0.04 of the coarse minimum.
    let centre = Int((bestCoarse.alpha * 100).rounded())
    let nearby: [Int] = ((centre - 4)...(centre + 4)).filter { (10...99).contains($0) }
    let local: [Double] = nearby.compactMap { step in
      OptimizedThetaModel.candidate(y, alpha: Double(step) / 100)?.sumOfSquares
    }
    #expect(agrees(sse, try #require(local.min()), relative: 1e-12))
    #expect(OptimizedThetaModel.refinedGrid(around: 0.1) == [0.11, 0.12, 0.13, 0.14])
    #expect(OptimizedThetaModel.refinedGrid(around: 0.99).count == 4)
  }

  /// Simple exponential smoothing with its initial level by least squares,
  /// by the scalar formula `ℓ₀ = Σ cₜ rₜ / Σ cₜ²` (no LAPACK): the one-step
  /// errors are `rₜ − cₜ ℓ₀` with `cₜ = (1 − α)^{t−1}` and `rₜ` the part of
  /// the error that comes from the data.
  func ses(_ y: [Double], alpha: Double) -> (sse: Double, level: Double) {
    var dataLevel = 0.0
    var power = 1.0
    var cc = 0.0
    var cr = 0.0
    for value in y {
      cc += power * power
      cr += power * (value - dataLevel)
      dataLevel = alpha * value + (1 - alpha) * dataLevel
      power *= 1 - alpha
    }
    let level0 = cr / cc
    let run = literal(y, level0: level0, alpha: alpha, theta: 1)
    return (run.sse, run.level)
  }

  /// A series constant before its last value makes the Theta weight's column
  /// exactly a multiple of the level's (`g_t = y₁ c_t`).
  ///
  /// The design is
  /// rank deficient on every OpenBLAS kernel; the weight is not identified
  /// and is 0 (simple exponential smoothing), never a coefficient of 10¹⁶.
  @Test func collinearDesignFallsBackToExponentialSmoothing() throws {
    let jump: [Double] = [5, 5, 5, 5, 8]
    for alpha in OptimizedThetaModel.coarseGrid {
      let c = try #require(OptimizedThetaModel.candidate(jump, alpha: alpha))
      let expected = ses(jump, alpha: alpha)
      #expect(c.weight == 0)
      #expect(agrees(c.level, expected.level, relative: 1e-12))
      #expect(agrees(c.sumOfSquares, expected.sse, relative: 1e-9, absolute: 1e-12))
    }
    let step = try OptimizedThetaModel().fit(jump).forecast(horizon: 2)
    for s in step { #expect(s.center >= 5 && s.center <= 8) }
  }

  /// A constant series: the forecast is the constant, and the spread is
  /// exactly zero (an exact fit), so no interval is claimed.
  @Test func constantSeries() throws {
    for constant in [7.0, 0.1, 1234.5678] {
      let steps = try OptimizedThetaModel().fit(Array(repeating: constant, count: 8))
        .forecast(horizon: 3)
      for step in steps {
        #expect(agrees(step.center, constant, relative: 1e-12))
        #expect(step.predictionStandardError == 0)
        #expect(!step.hasEstimatedSpread)
      }
    }
  }
}

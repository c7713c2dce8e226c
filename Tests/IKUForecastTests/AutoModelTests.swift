import TestSupport
import Testing

@testable import IKUForecast

@Suite struct AutoModelTests {
  @Test func oneValueClaimsNoInterval() throws {
    let forecast = try Forecaster().forecast([55.04], horizon: 1)
    let step = forecast.steps[0]
    #expect(step.median == 55.04)
    #expect(!step.hasInterval)
    #expect(step.intervals.isEmpty)
    #expect(step.probability(atLeast: 39) == nil)
  }

  @Test func twoValuesDrift() throws {
    let step = try Forecaster().forecast([50, 54], horizon: 2).steps[1]
    #expect(step.median == 62)
    #expect(!step.hasInterval)
  }

  /// Changes that revert: the last value plus `λ` times the change the
  /// drift and the damped drift forecast, `λ` the prior's trend weight.
  @Test func revertingChangesKeepTheGlobalMembersOnly() throws {
    let y: [Double] = [5.64, 9.30, 6.31, 5.27, 4.76, 4.69]
    let evidence = TrendEvidence(values: y)
    #expect(!evidence.changesPersist)
    let lambda = TrendPrior.reference.trendWeight(evidence)
    #expect(lambda > 0 && lambda < 0.1)
    let auto = try Forecaster().forecast(y, horizon: 2).steps
    let drift = try Forecaster(model: DriftModel()).forecast(y, horizon: 2).steps
    let damped = try Forecaster(model: DampedTrendModel()).forecast(y, horizon: 2).steps
    for h in 0..<2 {
      let mean = (drift[h].median + damped[h].median) / 2
      #expect(agrees(auto[h].median, y[5] + lambda * (mean - y[5]), relative: 1e-14))
    }
  }

  /// Under a panel's shared direction the forecast also moves by `h` times
  /// the borrowed t in drift standard errors, `σ̂/√(n − 1)` a year.
  @Test func aSharedDirectionIsBorrowedInDriftStandardErrors() throws {
    let y: [Double] = [5.64, 9.30, 6.31, 5.27, 4.76, 4.69]
    let prior = TrendPrior(spikeShare: 0.2, slabVariance: 0.5, location: -0.8)
    let shrinkage = prior.shrinkage(TrendEvidence(values: y))
    #expect(shrinkage.borrowedT < -0.1)
    let d = zip(y.dropFirst(), y).map { $0 - $1 }
    let c = d.reduce(0, +) / 5
    let sigma = (d.map { ($0 - c) * ($0 - c) }.reduce(0, +) / 4).squareRoot()
    let auto = try Forecaster(model: AutoModel(prior: prior)).forecast(y, horizon: 2).steps
    let drift = try Forecaster(model: DriftModel()).forecast(y, horizon: 2).steps
    let damped = try Forecaster(model: DampedTrendModel()).forecast(y, horizon: 2).steps
    for h in 0..<2 {
      let mean = (drift[h].median + damped[h].median) / 2
      let expected =
        y[5] + shrinkage.ownShare * (mean - y[5])
        + Double(h + 1) * shrinkage.borrowedT * sigma / 5.0.squareRoot()
      #expect(agrees(auto[h].median, expected, relative: 1e-13))
    }
  }

  /// Changes that persist: DOTM joins, and from ten values Holt's damped
  /// trend; under another prior the weight is that prior's.
  @Test func persistingChangesAddTheLocalMembers() throws {
    let y: [Double] = [10, 11, 14, 18, 21, 27, 34, 40, 43, 47, 50, 52]
    let evidence = TrendEvidence(values: y)
    #expect(evidence.changesPersist)
    let members: [any TrendModel] = [
      DriftModel(), DampedTrendModel(), OptimizedThetaModel(), HoltDampedModel(),
    ]
    for prior in [TrendPrior.reference, TrendPrior(spikeShare: 0.9, slabVariance: 2)] {
      let lambda = prior.trendWeight(evidence)
      let auto = try Forecaster(model: AutoModel(prior: prior)).forecast(y, horizon: 3).steps
      for h in 0..<3 {
        var sum = 0.0
        for model in members {
          sum += try Forecaster(model: model).forecast(y, horizon: 3).steps[h].median
        }
        #expect(agrees(auto[h].median, y[11] + lambda * (sum / 4 - y[11]), relative: 1e-14))
      }
    }
    // Below ten values Holt stays out.
    let short = Array(y.prefix(8))
    let lambda = TrendPrior.reference.trendWeight(TrendEvidence(values: short))
    let auto = try Forecaster().forecast(short, horizon: 1).steps[0].median
    var sum = 0.0
    for model in members.prefix(3) {
      sum += try Forecaster(model: model).forecast(short, horizon: 1).steps[0].median
    }
    #expect(agrees(auto, short[7] + lambda * (sum / 3 - short[7]), relative: 1e-14))
  }

  @Test func baseIntervalIsTheLocalLinearTrendVariance() throws {
    // Eight values: σ² from the drift residuals, σ²_η from the second
    // differences by the method of moments, computed here by hand.
    let y: [Double] = [10, 11, 14, 18, 21, 27, 34, 40]
    let d = zip(y.dropFirst(), y).map { $0 - $1 }  // 1, 3, 4, 3, 6, 7, 6
    let c = (y[7] - y[0]) / 7
    let s2 = d.map { ($0 - c) * ($0 - c) }.reduce(0, +) / 6
    let d2 = zip(d.dropFirst(), d).map { $0 - $1 }  // 2, 1, -1, 3, 1, -1
    let m = d2.reduce(0, +) / 6
    let g0 = d2.map { ($0 - m) * ($0 - m) }.reduce(0, +) / 6
    let g1 = zip(d2.dropFirst(), d2).map { ($0 - m) * ($1 - m) }.reduce(0, +) / 6
    let eta2 = max(g0 - 2 * max(-g1, 0), 0)
    #expect(eta2 > 0)
    #expect(agrees(AutoModel.slopeStepVariance(d), eta2, relative: 1e-14))
    let steps = try AutoModel().baseFit(y).uncalibratedForecast(horizon: 3)
    for h in 1...3 {
      let hh = Double(h)
      let variance = s2 * hh * (1 + hh / 7) + eta2 * (hh - 1) * hh * (2 * hh - 1) / 6
      #expect(agrees(steps[h - 1].predictionStandardError, variance.squareRoot(), relative: 1e-13))
      #expect(steps[h - 1].degreesOfFreedom == 6)
    }
  }

  /// The single-series calibration, recomputed here from its definition:
  /// refit at origins 3…7, standardise each later value's error by the
  /// final fit's base standard error at its horizon and rescale by
  /// √((Σ z²/v + 10)/(n + 10)), v = 6/4.
  @Test func ownBacktestsRescaleTheInterval() throws {
    let y: [Double] = [10, 11, 14, 18, 21, 27, 34, 40]
    let model = AutoModel()
    let final = try model.baseFit(y).uncalibratedForecast(horizon: 5)
    var sum = 0.0
    var count = 0
    for origin in 3..<8 {
      let steps = try model.baseFit(Array(y[0..<origin])).uncalibratedForecast(horizon: 8 - origin)
      for step in steps {
        let z =
          (y[origin + step.horizon - 1] - step.center)
          / final[step.horizon - 1].predictionStandardError
        sum += z * z / 1.5
        count += 1
      }
    }
    #expect(count == 15)
    let scale = ((sum + 10) / Double(count + 10)).squareRoot()
    let base = try model.baseFit(y).uncalibratedForecast(horizon: 2)
    let fitted = try #require(try model.fit(y) as? AutoModel.Fitted)
    // The pooled record leaves out origin 3 (five errors): a fit on three
    // values claims t on one degree of freedom.
    #expect(fitted.backtestErrors.count == 10)
    #expect(fitted.backtestErrors.byHorizon.map(\.count) == [4, 3, 2, 1])
    for (step, baseStep) in zip(fitted.forecast(horizon: 2), base) {
      #expect(step.center == baseStep.center)
      #expect(
        agrees(
          step.predictionStandardError, baseStep.predictionStandardError * scale, relative: 1e-12))
    }
  }

  /// Four values: the t on two degrees of freedom has no finite variance,
  /// so the formula interval stands.
  @Test func fourValuesKeepTheFormula() throws {
    let y: [Double] = [3, 5, 4, 6]
    let fitted = try #require(try AutoModel().fit(y) as? AutoModel.Fitted)
    #expect(fitted.backtestErrors.count == 0)
    #expect(fitted.forecast(horizon: 2) == fitted.uncalibratedForecast(horizon: 2))
  }

  @Test func shortSeriesHaveNoSlopeStepVariance() {
    #expect(AutoModel.slopeStepVariance([1, 2, 3, 4]) == 0)
  }

  /// The combination over a constant series and over one whose Theta
  /// member has a rank-deficient design (constant, then one jump).
  ///
  /// Finite, sane forecasts on every kernel. The constant claims no interval; the
  /// jump's centre lies between the old level and the new value plus its
  /// drift, and its 95% interval is finite.
  @Test func constantAndCollinearSeries() throws {
    let flat = try AutoModel().fit(Array(repeating: 55.04, count: 6)).forecast(horizon: 2)
    for step in flat {
      #expect(agrees(step.center, 55.04, relative: 1e-12))
      #expect(!step.hasEstimatedSpread)
    }
    let jump: [Double] = [5, 5, 5, 5, 5, 8]
    let steps = try AutoModel().fit(jump).forecast(horizon: 2)
    for step in steps {
      #expect(step.center > 5 && step.center < 8 + 2 * 0.6)
      #expect(step.hasEstimatedSpread)
      let upper = step.predictionQuantile(0.975)
      #expect(upper.isFinite && upper < 100)
    }
  }
}

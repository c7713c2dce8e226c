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

  @Test func centreIsTheMeanOfThetaAndDamped() throws {
    let y: [Double] = [5.64, 9.30, 6.31, 5.27, 4.76, 4.69]
    let auto = try Forecaster().forecast(y, horizon: 2).steps
    let theta = try Forecaster(model: ThetaModel()).forecast(y, horizon: 2).steps
    let damped = try Forecaster(model: DampedTrendModel()).forecast(y, horizon: 2).steps
    for h in 0..<2 {
      #expect(agrees(auto[h].median, (theta[h].median + damped[h].median) / 2, relative: 1e-14))
    }
  }

  @Test func intervalIsTheLocalLinearTrendVariance() throws {
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
    let steps = try Forecaster().forecast(y, horizon: 3).steps
    for h in 1...3 {
      let hh = Double(h)
      let variance = s2 * hh * (1 + hh / 7) + eta2 * (hh - 1) * hh * (2 * hh - 1) / 6
      #expect(
        agrees(
          steps[h - 1].modelScale.predictionStandardError, variance.squareRoot(),
          relative: 1e-13))
      #expect(steps[h - 1].modelScale.degreesOfFreedom == 6)
    }
  }

  @Test func shortSeriesHaveNoSlopeStepVariance() {
    #expect(AutoModel.slopeStepVariance([1, 2, 3, 4]) == 0)
  }
}

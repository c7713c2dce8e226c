import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import IKUForecast

/// The models' intervals against independent computations
/// (`Fixtures/forecasts/make_references.py`: statsmodels for the linear
/// trend, R forecast's formulas with scipy quantiles for the others).
@Suite struct ForecastTests {
  struct Reference: Sendable, CustomStringConvertible {
    let model: String
    let series: String
    let horizon: Int
    let level: Double
    let center: Double
    let lower: Double
    let upper: Double
    let meanInterval: (Double, Double)?
    var description: String { "\(model) \(series) h=\(horizon) \(level)" }
  }

  static let series: [String: [Double]] = [
    "short": [48.2, 51.0, 55.04, 53.9],
    "tpt": [5.64, 9.30, 6.31, 5.27, 4.76, 4.69],
    "growth": [940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52, 2602.45],
  ]

  static let references: [Reference] = {
    guard let path = try? fixturePath("forecasts/references.csv"),
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return [] }
    return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard f.count == 9, let h = Int(f[2]), let level = Double(f[3]), let c = Double(f[4]),
        let lo = Double(f[5]), let hi = Double(f[6])
      else { return nil }
      let mean = Double(f[7]).flatMap { lower in Double(f[8]).map { (lower, $0) } }
      return Reference(
        model: f[0], series: f[1], horizon: h, level: level, center: c, lower: lo, upper: hi,
        meanInterval: mean)
    }
  }()

  static func model(_ name: String) -> any TrendModel {
    switch name {
    case "naive": return NaiveModel()
    case "drift": return DriftModel()
    case "linear": return LinearTrendModel()
    case "damped": return DampedTrendModel()
    default: return ThetaModel()
    }
  }

  @Test func referencesArePresent() {
    #expect(Self.references.count == 72)
  }

  @Test("intervals match the independent computation", arguments: references)
  func matchesReference(_ reference: Reference) throws {
    let values = try #require(Self.series[reference.series])
    let forecast = try Forecaster(model: Self.model(reference.model)).forecast(
      values, horizon: 3, levels: [reference.level])
    let step = forecast.steps[reference.horizon - 1]
    #expect(agrees(step.median, reference.center, relative: 1e-12))
    #expect(agrees(step.intervals[0].lower, reference.lower, relative: 1e-10))
    #expect(agrees(step.intervals[0].upper, reference.upper, relative: 1e-10))
    if let (lower, upper) = reference.meanInterval {
      let interval = try #require(step.confidenceIntervalOfMean(level: reference.level))
      #expect(agrees(interval.lower, lower, relative: 1e-10))
      #expect(agrees(interval.upper, upper, relative: 1e-10))
    }
  }

  @Test func thetaFollowsHyndmanAndBillah() throws {
    // Recompute thetaf's formulas by hand for the model's own α.
    let y = try #require(Self.series["growth"])
    let alpha = ThetaModel.bestAlpha(y)
    var level = y[0]
    var sse = 0.0
    for value in y.dropFirst() {
      sse += (value - level) * (value - level)
      level += alpha * (value - level)
    }
    let n = Double(y.count)
    let tbar = (n - 1) / 2
    var sxy = 0.0
    var sxx = 0.0
    let ybar = y.reduce(0, +) / n
    for (i, value) in y.enumerated() {
      sxy += (Double(i) - tbar) * (value - ybar)
      sxx += (Double(i) - tbar) * (Double(i) - tbar)
    }
    let b = sxy / sxx
    let sigma = (sse / (n - 1)).squareRoot()
    let q = StudentTDistribution(degreesOfFreedom: n - 3).quantile(0.9)
    let forecast = try Forecaster(model: ThetaModel()).forecast(y, horizon: 3, levels: [0.8])
    for h in 1...3 {
      let hh = Double(h)
      let center = level + b / 2 * (hh - 1 + (1 - pow(1 - alpha, n)) / alpha)
      let se = sigma * (1 + alpha * alpha * (hh - 1)).squareRoot()
      #expect(agrees(forecast.steps[h - 1].median, center, relative: 1e-12))
      #expect(agrees(forecast.steps[h - 1].intervals[0].upper, center + q * se, relative: 1e-10))
    }
  }

  @Test func thetaAlphaMinimisesTheErrors() {
    let y: [Double] = [10, 12, 11, 15, 14, 18, 17, 21]
    let alpha = ThetaModel.bestAlpha(y)
    let best = ThetaModel.smooth(y, alpha: alpha).sumOfSquares
    for a in stride(from: 0.01, through: 1, by: 0.01) {
      #expect(best <= ThetaModel.smooth(y, alpha: a).sumOfSquares + 1e-9)
    }
  }
}

@Suite struct ForecasterInputTests {
  @Test func valuesOutsideTheScaleThrow() {
    let percent = Forecaster(
      model: DriftModel(), transform: .censored(lower: 0, upper: 100))
    #expect(throws: ForecastError.outsideScale(index: 2)) {
      try percent.forecast([40, 60, 101, 80], horizon: 1)
    }
    #expect(throws: ForecastError.nonFinite(index: 1)) {
      try percent.forecast([40, .nan, 70], horizon: 1)
    }
  }

  /// A constant history and a perfectly straight one fit without spread
  /// (zero, or rounding noise): a centre, but no interval or probability.
  @Test func historyWithoutVariationClaimsNoInterval() throws {
    for (model, values) in [
      (NaiveModel() as any TrendModel, [7.0, 7, 7, 7]),
      (LinearTrendModel(), [10.0, 12.5, 15, 17.5, 20]),
      (DriftModel(), [10.0, 12.5, 15, 17.5, 20]),
    ] {
      let forecast = try Forecaster(model: model).forecast(values, horizon: 2)
      for step in forecast.steps {
        #expect(!step.hasInterval && step.intervals.isEmpty)
        #expect(step.probability(atLeast: 0) == nil)
      }
      #expect(agrees(forecast.steps[0].median, values.count == 4 ? 7 : 22.5, relative: 1e-12))
    }
  }

  /// Estimating as many parameters as there are values leaves no residual
  /// degree of freedom: no interval (holt: 5 parameters; dotm and theta: 3).
  @Test func noResidualDegreesOfFreedomNoInterval() throws {
    for (model, values) in [
      (HoltDampedModel() as any TrendModel, [5.0, 5.4, 5.1, 5.9, 6.3]),
      (OptimizedThetaModel(), [5.0, 5.4, 5.1]),
      (ThetaModel(), [5.0, 5.4, 5.1]),
    ] {
      let forecast = try Forecaster(model: model).forecast(values, horizon: 2)
      for step in forecast.steps {
        #expect(!step.hasInterval && step.intervals.isEmpty, "\(model.name)")
        #expect(step.mean == nil, "\(model.name)")
      }
    }
    let six = try Forecaster(model: HoltDampedModel()).forecast(
      [5.0, 5.4, 5.1, 5.9, 6.3, 6.0], horizon: 1)
    #expect(six.steps[0].hasInterval)
  }

  /// Outside and at the ends of the support the probabilities are certain:
  /// a count is at least 0, a percentage between 0 and 100, whatever the
  /// history (the forecast cases' count with a zero and percentage reaching
  /// 100).
  @Test func theBoundsAreCertain() throws {
    let cases: [([Double], Double?, Double?)] = [
      ([5200, 5400, 5600, 0, 5900], 0, nil), ([98, 99, 99.5, 100], 0, 100),
      ([6.2, 5.9, 5.6, 5.3, 5.1, 7.8], 0, 100),
    ]
    for (values, lower, upper) in cases {
      let transform = Transform.automatic(for: values, lower: lower, upper: upper)
      let step = try Forecaster(transform: transform).forecast(values, horizon: 1).steps[0]
      #expect(step.probability(atLeast: 0) == 1)
      if upper != nil { #expect(step.probability(atMost: 100) == 1) }
      #expect(try #require(step.intervals.first).lower >= 0)
    }
  }

  /// Property: for random percentage histories (3 to 15 years, values
  /// anywhere in [0, 100], 0% and 100% included), the auto model's
  /// intervals are nested by level, hold the median, and stay in bounds.
  @Test func intervalsAreNestedAndBounded() async {
    let values = Gen.double(in: 0...100).array(of: 3...15)
    await propertyCheck(count: 300, input: values) { y in
      let levels = [0.5, 0.8, 0.95]
      let transform = Transform.automatic(for: y, lower: 0, upper: 100)
      guard
        let forecast = try? Forecaster(transform: transform).forecast(
          y, horizon: 3, levels: levels)
      else {
        Issue.record("no forecast for \(y)")
        return
      }
      for step in forecast.steps where step.hasInterval {
        let (i50, i80, i95) = (step.intervals[0], step.intervals[1], step.intervals[2])
        #expect(0 <= i95.lower && i95.lower <= i80.lower && i80.lower <= i50.lower, "\(y)")
        #expect(i50.lower <= step.median && step.median <= i50.upper, "\(y)")
        #expect(i50.upper <= i80.upper && i80.upper <= i95.upper && i95.upper <= 100, "\(y)")
        let mean = step.mean ?? .nan
        #expect(mean.isFinite && mean >= 0 && mean <= 100, "\(y)")
      }
    }
  }
}

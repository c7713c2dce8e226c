/// How far a model's own forecasts from earlier origins of a series fell
/// from what happened, in units of the standard errors it claimed then.
///
/// Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of
/// forecasting accuracy", *IJF* 16(4)): the model is refitted on the first
/// `o` values for each origin `o`, and each later value it could see
/// `h` years ahead gives `z = (y_{o+h} − ŷ_{o+h|o}) / se_{h|o}`. A fit on
/// `o` values claims Student t on `ν_o` degrees of freedom, so each `z` is
/// carried to the final fit's `ν_T` by matching probabilities,
/// `z′ = F⁻¹_{ν_T}(F_{ν_o}(z))`: an error that was a 90th percentile then
/// counts as a 90th percentile now, and the short fits at early origins do
/// not inflate the scale with their heavy tails.
public struct BacktestErrors: Sendable, Hashable {
  /// `byHorizon[h − 1]` holds the converted errors `z′` at horizon `h`.
  public let byHorizon: [[Double]]
  /// `ν_T`, the degrees of freedom of the final fit.
  public let degreesOfFreedom: Double

  /// No errors (a series too short for backtests).
  public static func none(degreesOfFreedom: Double) -> BacktestErrors {
    BacktestErrors(byHorizon: [], degreesOfFreedom: degreesOfFreedom)
  }

  /// Creates the record from converted errors.
  public init(byHorizon: [[Double]], degreesOfFreedom: Double) {
    precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
    precondition(byHorizon.allSatisfy { $0.allSatisfy(\.isFinite) }, "errors must be finite")
    self.byHorizon = byHorizon
    self.degreesOfFreedom = degreesOfFreedom
  }

  /// The number of errors.
  public var count: Int { byHorizon.map(\.count).reduce(0, +) }

  /// `F⁻¹_{ν}(F_{ν_o}(z))`, with the probability kept inside
  /// [10⁻¹², 1 − 10⁻¹²] so that an extreme early error stays finite.
  static func converting(_ z: Double, from origin: Double, to final: Double) -> Double {
    let p = StudentTDistribution(degreesOfFreedom: origin).cdf(z)
    let clamped = min(max(p, 1e-12), 1 - 1e-12)
    return StudentTDistribution(degreesOfFreedom: final).quantile(clamped)
  }

  /// The series' own spread relative to a reference, shrunk towards it.
  ///
  /// `√((Σ (z′/d_h)² + k) / (n + k))` over the `n` errors, where `d_h` is
  /// the reference standard deviation at horizon `h` and `k` the weight of
  /// the reference in pseudo-errors (credibility weighting, Bühlmann 1967).
  /// With no errors it is 1: the reference itself.
  public func relativeScale(reference deviation: (Int) -> Double, priorWeight: Double) -> Double {
    precondition(priorWeight > 0, "the reference needs a positive weight")
    var sum = 0.0
    var count = 0
    for (index, errors) in byHorizon.enumerated() {
      let d = deviation(index + 1)
      for z in errors {
        sum += (z / d) * (z / d)
        count += 1
      }
    }
    return ((sum + priorWeight) / (Double(count) + priorWeight)).squareRoot()
  }
}

/// A fitted model that records its backtest errors, so that its intervals
/// can be calibrated on errors pooled across a panel
/// (``PooledCalibration``).
public protocol PoolableFit: FittedTrend {
  /// The model's standardised rolling-origin errors on its own series.
  var backtestErrors: BacktestErrors { get }

  /// The forecast with the model's formula standard errors, before any
  /// calibration.
  func uncalibratedForecast(horizon: Int) -> [ForecastStep]
}

/// Prediction intervals calibrated on backtest errors pooled across the
/// series of a panel: split-conformal in shape, per series in scale.
///
/// A series of ten yearly values has too few backtest errors of its own
/// to tell a 95% interval from a 90% one; a panel of hundreds of series has
/// thousands. For each horizon `h` the errors `z′` of every series
/// (``BacktestErrors``) are pooled; their root mean square `d_h` is the
/// pooled scale, and the distribution of `z′/d_h` is the shape
/// (``EmpiricalShape``: its quantiles give the interval, the conformal
/// interval of Vovk et al. 2005 and Lei et al. 2018). Series differ in how
/// well their formula standard errors fit, so each series keeps its own
/// scale, credibility-weighted towards the pool:
/// `r = √((Σ (z′/d_h)² + k)/(n + k))` with the pool counting as `k`
/// pseudo-errors (``priorWeight``, 10). A new observation is then
/// `ŷ_h + se_h · d_h · r · Z`, `Z` from the pooled shape at `h`.
///
/// Horizons with fewer than ``minimumErrors`` pooled errors use the
/// furthest horizon that has enough. Everything is estimated from the
/// series' own histories (their training parts, in a backtest): no value
/// the forecast is scored against is used.
public struct PooledCalibration: Sendable {
  /// The fewest pooled errors at a horizon for its own shape: about five
  /// beyond a 95% interval's end on each side.
  public static let minimumErrors = 100

  /// The weight of the pool in pseudo-errors when a series' own scale is
  /// estimated.
  public let priorWeight: Double
  /// `d_h`, the pooled root mean square error at each horizon.
  public let deviations: [Double]
  /// The pooled shape of `z′/d_h` at each horizon.
  public let shapes: [EmpiricalShape]

  /// Pools the errors of a panel's series; `nil` when fewer than
  /// ``minimumErrors`` errors exist one year ahead.
  public init?(pooling errors: [BacktestErrors], priorWeight: Double = 10) {
    precondition(priorWeight > 0, "the pool needs a positive weight")
    let horizons = errors.map(\.byHorizon.count).max() ?? 0
    var deviations: [Double] = []
    var shapes: [EmpiricalShape] = []
    for h in 0..<horizons {
      let pooled = errors.flatMap { h < $0.byHorizon.count ? $0.byHorizon[h] : [] }
      guard pooled.count >= Self.minimumErrors else { break }
      let deviation = (pooled.map { $0 * $0 }.reduce(0, +) / Double(pooled.count)).squareRoot()
      guard deviation > 0, deviation.isFinite else { break }
      deviations.append(deviation)
      shapes.append(EmpiricalShape(standardizedErrors: pooled.map { $0 / deviation }))
    }
    guard !shapes.isEmpty else { return nil }
    self.priorWeight = priorWeight
    self.deviations = deviations
    self.shapes = shapes
  }

  /// The calibrated forecast of a fit; steps without an estimated spread
  /// are left as they are.
  public func forecast(_ fit: any PoolableFit, horizon: Int) -> [ForecastStep] {
    let last = deviations.count
    let deviation = { (h: Int) in deviations[min(h, last) - 1] }
    let scale = fit.backtestErrors.relativeScale(reference: deviation, priorWeight: priorWeight)
    return fit.uncalibratedForecast(horizon: horizon).map { step in
      guard step.hasEstimatedSpread else { return step }
      let h = min(step.horizon, last)
      return ForecastStep(
        horizon: step.horizon, center: step.center, meanStandardError: step.meanStandardError,
        predictionStandardError: step.predictionStandardError * deviation(h) * scale,
        degreesOfFreedom: step.degreesOfFreedom, shape: shapes[h - 1])
    }
  }
}

/// The forecast of one future period on the model's scale: a centre and
/// two separate uncertainties.
///
/// Following statsmodels' split of `se_mean` and `se_obs`, the uncertainty
/// of the *expected value* (parameter uncertainty only) is kept apart from
/// the uncertainty of a *new observation* (parameters plus the noise of the
/// year itself). Planners' questions — "what will we reach?", "will we
/// attain the target?" — are about the new observation, so intervals and
/// probabilities use ``predictionStandardError``. Both are Student-t with
/// ``degreesOfFreedom`` where parameters are estimated, unless the step
/// carries an empirical ``shape`` (an interval calibrated on backtest
/// errors pooled across series, ``PooledCalibration``): then a new
/// observation is `center + predictionStandardError · Z` with `Z` drawn
/// from that shape.
public struct ForecastStep: Sendable, Hashable {
  /// Periods ahead of the last observation (1 = next year).
  public let horizon: Int
  /// The centre of the predictive distribution (model scale).
  public let center: Double
  /// The standard error of the expected value (model scale).
  public let meanStandardError: Double
  /// The standard error of a new observation (model scale).
  public let predictionStandardError: Double
  /// The degrees of freedom of the Student-t predictive distribution
  /// (`.infinity` for a normal one).
  public let degreesOfFreedom: Double
  /// The standardised distribution of a new observation when it is
  /// calibrated empirically; `nil` for Student t.
  public let shape: EmpiricalShape?

  /// Creates a step.
  public init(
    horizon: Int, center: Double, meanStandardError: Double,
    predictionStandardError: Double, degreesOfFreedom: Double, shape: EmpiricalShape? = nil
  ) {
    precondition(horizon >= 1, "the horizon starts at 1")
    precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
    self.horizon = horizon
    self.center = center
    self.meanStandardError = meanStandardError
    self.predictionStandardError = predictionStandardError
    self.degreesOfFreedom = degreesOfFreedom
    self.shape = shape
  }

  /// The predictive distribution's quantile (model scale).
  public func predictionQuantile(_ p: Double) -> Double {
    center + predictionStandardError * (shape?.quantile(p) ?? distribution.quantile(p))
  }

  /// The variance of a new observation (model scale): `se²` times the
  /// shape's second moment, or the Student-t variance `se²·ν/(ν − 2)`
  /// (`se²` when ν ≤ 2, where it is not finite).
  public var predictionVariance: Double {
    let se2 = predictionStandardError * predictionStandardError
    if let shape { return se2 * shape.secondMoment }
    let df = degreesOfFreedom
    return df > 2 ? se2 * df / (df - 2) : se2
  }

  /// The standardised distribution function of a new observation.
  private func newObservationCDF(_ z: Double) -> Double {
    shape?.cdf(z) ?? distribution.cdf(z)
  }

  /// Whether the spread is an estimate worth an interval: finite, and
  /// above the rounding noise of the centre (`1e-10 · |centre|`).
  ///
  /// A history without variation (a constant, a perfectly straight line)
  /// fits with a spread of zero or of rounding noise; it says nothing about
  /// how far a new value may fall, so no interval is claimed for it.
  public var hasEstimatedSpread: Bool {
    Self.isEstimatedSpread(predictionStandardError, center: center)
  }

  /// The rule of ``hasEstimatedSpread`` for a standard error and centre.
  static func isEstimatedSpread(_ standardError: Double, center: Double) -> Bool {
    standardError.isFinite && standardError > 0 && standardError > 1e-10 * abs(center)
  }

  /// `P(Y ≤ value)` for a new observation (model scale); `nan` when the
  /// standard error is not a number, a step at the centre when it is zero
  /// or rounding noise (not ``hasEstimatedSpread``), so that the answer does
  /// not hang on which OpenBLAS kernel rounded an exact fit.
  public func probability(atMost value: Double) -> Double {
    guard predictionStandardError.isFinite else { return .nan }
    guard hasEstimatedSpread else { return value >= center ? 1 : 0 }
    return newObservationCDF((value - center) / predictionStandardError)
  }

  /// `P(Y ≥ value)` for a new observation (model scale), with the same
  /// conventions.
  public func probability(atLeast value: Double) -> Double {
    guard predictionStandardError.isFinite else { return .nan }
    guard hasEstimatedSpread else { return value <= center ? 1 : 0 }
    return newObservationCDF((center - value) / predictionStandardError)
  }

  /// The central interval for the expected value at `level` (model scale).
  public func confidenceIntervalOfMean(level: Double) -> (lower: Double, upper: Double) {
    let q = distribution.quantile(0.5 + level / 2)
    return (center - q * meanStandardError, center + q * meanStandardError)
  }

  private var distribution: StudentTDistribution {
    StudentTDistribution(degreesOfFreedom: degreesOfFreedom)
  }
}

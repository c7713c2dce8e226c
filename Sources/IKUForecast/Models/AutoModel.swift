/// ikuplan's default model: what a planner gets without choosing.
///
/// It degrades with the length of the series (DESIGN §4):
/// - **1 value**: no trend; the value itself is the centre, with no interval
///   and no probability claimed (standard errors are `nan`), so that callers
///   flag `insufficient-history`.
/// - **2 values**: the drift model's centre; with one difference there is
///   no variance to estimate, so again no interval.
/// - **3 or more**: the equal-weight mean of three forecasts that all shrink
///   the trend in different ways: the drift with half its slope, the damped
///   drift (``DampedTrendModel``, φ = 0.9) and the dynamic optimised Theta
///   model (``OptimizedThetaModel``). From ten values on, Holt's damped
///   trend (``HoltDampedModel``) joins: it estimates five parameters, and
///   below two values per parameter it overfits (on the short windows of
///   the M3 check it made the combination worse, on long histories better;
///   see the README). Combining beats choosing on yearly data (M4's "Comb"
///   and Theta beat their members, forecasting notes §2.7); no weight or
///   member is chosen per series.
///
/// **Interval.** The members' own intervals assume the trend never changes,
/// and on real yearly data such intervals cover far less than they claim
/// (R forecast's ETS and ARIMA 80% intervals cover 71% and 65% on M3
/// yearly). The base is the forecast variance of the local linear trend
/// model (Harvey 1989, *Forecasting, Structural Time Series Models and the
/// Kalman Filter*, §2.3.2), in which the yearly change itself drifts:
///
///     Var(e_h) = σ̂² h (1 + h/(T − 1)) + σ̂²_η (h − 1) h (2h − 1)/6
///
/// `σ̂²` is the drift model's residual variance (its first term includes
/// the uncertainty of the estimated drift) and `σ̂²_η`, the variance of the
/// yearly change's own steps, is estimated by the method of moments from
/// the series' second differences (`Var(Δ²y) = σ²_η + 2σ²_ε`,
/// `Cov(Δ²y_t, Δ²y_{t−1}) = −σ²_ε`) once there are six or more values, and
/// taken as 0 before that. Student t on `T − 2` degrees of freedom.
///
/// That base is then calibrated on the series' own record: the combination
/// is refitted at the last ten origins (from three values on) and its
/// errors `e`, standardised by the final fit's own base standard error at
/// the same horizon, `z = e/se_h`, rescale the standard error by
/// `√((Σ z²/v + k)/(n + k))`, where `v = ν/(ν − 2)` is the variance of the
/// final t and the formula counts as `k = 10` pseudo-errors, so that a
/// series with few values keeps the formula's interval and one with a long
/// record of misses gets a wider one. (Five values or more; below that the
/// t variance is not finite and the formula stands.) The final fit's
/// standard error is the yardstick, not the one claimed at each origin: a
/// break in the last years is in the final spread already, and measured
/// against the calm spread before it, it would be counted a second time
/// (a straight fall then one jump of 2,7 points widened the 80% interval
/// fourteenfold). Across a panel, ``PooledCalibration`` replaces the
/// formula by the errors pooled over the series, each standardised by the
/// standard error claimed at its origin (``backtestErrors``).
/// `ikuplan evaluate` measures what these intervals cover.
public struct AutoModel: TrendModel {
  /// The damped member's damping factor.
  public let damping: Double

  public var name: String { "auto" }
  public var minimumLength: Int { 1 }

  /// Creates the model.
  public init(damping: Double = 0.9) {
    precondition(damping > 0 && damping <= 1, "φ must lie in (0, 1]")
    self.damping = damping
  }

  /// The most recent origins refitted for the backtest calibration.
  public static let backtestOrigins = 10

  /// The weight of the formula's interval, in pseudo-errors, against the
  /// series' own backtest errors.
  public static let priorWeight = 10.0

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    let base = try baseFit(values)
    guard values.count >= 5 else { return base }
    let n = values.count
    let final = residualDegreesOfFreedom(n, parameters: 2)
    let finalSteps = base.uncalibratedForecast(horizon: n - max(3, n - Self.backtestOrigins))
    var byHorizon: [[Double]] = []
    var againstFinal: [[Double]] = []
    for origin in max(3, n - Self.backtestOrigins)..<n {
      let steps = try baseFit(Array(values[0..<origin])).forecast(horizon: n - origin)
      let claimed = residualDegreesOfFreedom(origin, parameters: 2)
      for step in steps where step.hasEstimatedSpread {
        let error = values[origin + step.horizon - 1] - step.center
        let z = error / step.predictionStandardError
        guard z.isFinite else { continue }
        if byHorizon.count < step.horizon {
          byHorizon.append(contentsOf: Array(repeating: [], count: step.horizon - byHorizon.count))
          againstFinal.append(
            contentsOf: Array(repeating: [], count: step.horizon - againstFinal.count))
        }
        byHorizon[step.horizon - 1].append(
          BacktestErrors.converting(z, from: claimed, to: final))
        let reference = finalSteps[step.horizon - 1]
        if reference.hasEstimatedSpread {
          againstFinal[step.horizon - 1].append(error / reference.predictionStandardError)
        }
      }
    }
    var fitted = base
    fitted.backtestErrors = BacktestErrors(byHorizon: byHorizon, degreesOfFreedom: final)
    let variance = final / (final - 2)
    fitted.ownScale = BacktestErrors(byHorizon: againstFinal, degreesOfFreedom: final)
      .relativeScale(reference: { _ in variance.squareRoot() }, priorWeight: Self.priorWeight)
    return fitted
  }

  /// The combination with the formula interval, uncalibrated.
  func baseFit(_ values: [Double]) throws -> Fitted {
    let n = values.count
    let final = residualDegreesOfFreedom(n, parameters: 2)
    switch n {
    case 1:
      return Fitted(
        members: [], last: values[0], sigma: .nan, slopeVariance: 0, count: 1,
        backtestErrors: .none(degreesOfFreedom: final))
    case 2:
      return Fitted(
        members: [try DriftModel().fit(values)], last: values[1], sigma: .nan,
        slopeVariance: 0, count: 2, backtestErrors: .none(degreesOfFreedom: final))
    default:
      let drift = DriftEstimate(values)
      var members: [any FittedTrend] = [
        HalfDrift(last: values[n - 1], slope: drift.slope, sigma: drift.sigma, count: n),
        try DampedTrendModel(damping: damping).fit(values),
        try OptimizedThetaModel().fit(values),
      ]
      if n >= 10 { members.append(try HoltDampedModel().fit(values)) }
      return Fitted(
        members: members, last: values[n - 1], sigma: drift.sigma,
        slopeVariance: Self.slopeStepVariance(drift.differences), count: n,
        backtestErrors: .none(degreesOfFreedom: final))
    }
  }

  /// `σ̂²_η` from the second differences (method of moments), 0 below six
  /// values or when the moments leave nothing for it.
  static func slopeStepVariance(_ differences: [Double]) -> Double {
    guard differences.count >= 5 else { return 0 }
    let second = zip(differences.dropFirst(), differences).map { $0 - $1 }
    let mean = second.reduce(0, +) / Double(second.count)
    let centred = second.map { $0 - mean }
    let gamma0 = centred.map { $0 * $0 }.reduce(0, +) / Double(centred.count)
    let gamma1 =
      zip(centred.dropFirst(), centred).map { $0 * $1 }.reduce(0, +) / Double(centred.count)
    let noise = max(-gamma1, 0)
    return max(gamma0 - 2 * noise, 0)
  }

  /// The random walk with half the drift.
  ///
  /// `ŷ_{T+h} = y_T + h c/2`, the mean of the naive and drift forecasts.
  /// Mean standard error half the drift's, `h σ̂/(2√(T − 1))`.
  struct HalfDrift: FittedTrend {
    let last: Double
    let slope: Double
    let sigma: Double
    let count: Int

    func forecast(horizon: Int) -> [ForecastStep] {
      (1...max(horizon, 1)).map { h in
        let hh = Double(h)
        return ForecastStep(
          horizon: h, center: last + hh * slope / 2,
          meanStandardError: hh * sigma / (2 * Double(count - 1).squareRoot()),
          predictionStandardError: sigma * (hh * (1 + hh / Double(count - 1))).squareRoot(),
          degreesOfFreedom: residualDegreesOfFreedom(count, parameters: 2))
      }
    }
  }

  struct Fitted: PoolableFit {
    let members: [any FittedTrend]
    let last: Double
    let sigma: Double
    let slopeVariance: Double
    let count: Int
    var backtestErrors: BacktestErrors
    /// The single-series calibration factor (1 before calibration).
    var ownScale = 1.0

    func forecast(horizon: Int) -> [ForecastStep] {
      uncalibratedForecast(horizon: horizon).map { step in
        ForecastStep(
          horizon: step.horizon, center: step.center,
          meanStandardError: step.meanStandardError,
          predictionStandardError: step.predictionStandardError * ownScale,
          degreesOfFreedom: step.degreesOfFreedom)
      }
    }

    func uncalibratedForecast(horizon: Int) -> [ForecastStep] {
      let memberSteps = members.map { $0.forecast(horizon: horizon) }
      return (1...max(horizon, 1)).map { h in
        let hh = Double(h)
        let center =
          memberSteps.isEmpty
          ? last : memberSteps.map { $0[h - 1].center }.reduce(0, +) / Double(memberSteps.count)
        let meanErrors = memberSteps.map { $0[h - 1].meanStandardError }.filter(\.isFinite)
        let meanError =
          meanErrors.isEmpty ? .nan : meanErrors.reduce(0, +) / Double(meanErrors.count)
        let variance =
          sigma * sigma * hh * (1 + hh / Double(max(count - 1, 1)))
          + slopeVariance * (hh - 1) * hh * (2 * hh - 1) / 6
        return ForecastStep(
          horizon: h, center: center,
          meanStandardError: count >= 3 ? meanError : .nan,
          predictionStandardError: count >= 3 ? variance.squareRoot() : .nan,
          degreesOfFreedom: residualDegreesOfFreedom(count, parameters: 2))
      }
    }
  }
}

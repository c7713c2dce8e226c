/// ikuplan's default model: what a planner gets without choosing.
///
/// It degrades with the length of the series (DESIGN §4):
/// - **1 value**: no trend; the value itself is the centre, with no interval
///   and no probability claimed (standard errors are `nan`), so that callers
///   flag `insufficient-history`.
/// - **2 values**: the drift model's centre; with one difference there is
///   no variance to estimate, so again no interval.
/// - **3 or more**: the last value moved by a share `λ` of the change the
///   trend members forecast, `ŷ_h = y_T + λ (m̄_h − y_T)`. The members are
///   the drift and the damped drift (``DampedTrendModel``, φ = 0.9); when
///   the series' changes persist (positively autocorrelated differences,
///   ``TrendEvidence``) the dynamic optimised Theta model
///   (``OptimizedThetaModel``) joins, and from ten values on Holt's damped
///   trend (``HoltDampedModel``): both follow the recent slope, which
///   misleads on a series whose changes revert, and Holt estimates five
///   parameters, which below two values per parameter overfits. `λ` is the
///   empirical Bayes weight of the drift's t statistic under ``prior``
///   (``TrendPrior``): a clear trend keeps the members' forecast, a series
///   that wanders or reverts stays near its last value, the naive forecast
///   that is hard to beat on short noisy rates. In a panel whose series
///   share a direction the forecast also moves by `h b`, `b` the panel's
///   standardised drift, shrunk (``TrendPrior/shrinkage(_:)``), times the
///   series' drift standard error `σ̂/√(n − 1)`:
///   `ŷ_h = y_T + λ (m̄_h − y_T) + h b`. Combining beats choosing on
///   yearly data (M4's "Comb" and Theta beat their members, forecasting
///   notes §2.7), and no member or weight is chosen per series by backtest,
///   which is noisy on five to ten values; the README's accuracy section
///   has the measurements.
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
/// standard error claimed at its origin (``backtestErrors``); origins of
/// three values are left out of that record, their claimed t on one degree
/// of freedom (Cauchy) having no variance to pool.
/// `ikuplan evaluate` measures what these intervals cover.
public struct AutoModel: TrendModel {
  /// The damped member's damping factor.
  public let damping: Double
  /// How much of its trend a series keeps (``TrendPrior/reference`` for one
  /// indicator; a panel's own, learned from its series, in `forecast
  /// --panel` and `evaluate`).
  public let prior: TrendPrior

  public var name: String { "auto" }
  public var minimumLength: Int { 1 }

  /// Creates the model.
  public init(damping: Double = 0.9, prior: TrendPrior = .reference) {
    precondition(damping > 0 && damping <= 1, "φ must lie in (0, 1]")
    self.damping = damping
    self.prior = prior
  }

  /// The same model with another prior.
  public func with(prior: TrendPrior) -> AutoModel {
    AutoModel(damping: damping, prior: prior)
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
        // A fit on three values claims Cauchy errors (ν = 1): its z has no
        // variance, and pooled in squares with the others it would decide
        // the scale of a whole panel of five-value windows by chance.
        if claimed >= 2 {
          Self.record(
            BacktestErrors.converting(z, from: claimed, to: final), at: step.horizon,
            in: &byHorizon)
        }
        let reference = finalSteps[step.horizon - 1]
        if reference.hasEstimatedSpread {
          Self.record(
            error / reference.predictionStandardError, at: step.horizon, in: &againstFinal)
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

  /// Appends `error` to the errors of horizon `h` (`errors[h − 1]`).
  private static func record(_ error: Double, at h: Int, in errors: inout [[Double]]) {
    if errors.count < h {
      errors.append(contentsOf: Array(repeating: [], count: h - errors.count))
    }
    errors[h - 1].append(error)
  }

  /// The combination with the formula interval, uncalibrated.
  func baseFit(_ values: [Double]) throws -> Fitted {
    let n = values.count
    let final = residualDegreesOfFreedom(n, parameters: 2)
    switch n {
    case 1:
      return Fitted(
        members: [], last: values[0], trendWeight: 1, borrowedDrift: 0, sigma: .nan,
        slopeVariance: 0, count: 1,
        backtestErrors: .none(degreesOfFreedom: final))
    case 2:
      return Fitted(
        members: [try DriftModel().fit(values)], last: values[1], trendWeight: 1,
        borrowedDrift: 0, sigma: .nan, slopeVariance: 0, count: 2,
        backtestErrors: .none(degreesOfFreedom: final))
    default:
      let drift = DriftEstimate(values)
      let evidence = TrendEvidence(differences: drift.differences)
      var members: [any FittedTrend] = [
        try DriftModel().fit(values),
        try DampedTrendModel(damping: damping).fit(values),
      ]
      if evidence.changesPersist {
        members.append(try OptimizedThetaModel().fit(values))
        if n >= 10 { members.append(try HoltDampedModel().fit(values)) }
      }
      let shrinkage = prior.shrinkage(evidence)
      // The borrowed t in this series' units: t drift standard errors
      // (σ̂/√(n − 1)) per year; none where σ̂ is 0 or overflows.
      let driftError = drift.sigma / Double(n - 1).squareRoot()
      let borrowed =
        shrinkage.borrowedT != 0 && driftError.isFinite ? shrinkage.borrowedT * driftError : 0
      return Fitted(
        members: members, last: values[n - 1], trendWeight: shrinkage.ownShare,
        borrowedDrift: borrowed, sigma: drift.sigma,
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

  struct Fitted: PoolableFit {
    let members: [any FittedTrend]
    let last: Double
    /// `λ`: the share of the members' change from ``last`` kept
    /// (``TrendPrior/trendWeight(_:)``).
    let trendWeight: Double
    /// The drift per year borrowed from the panel's direction
    /// (``TrendPrior/Shrinkage/borrowedT`` in this series' units).
    let borrowedDrift: Double
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
        let memberMean =
          memberSteps.isEmpty
          ? last : memberSteps.map { $0[h - 1].center }.reduce(0, +) / Double(memberSteps.count)
        let center = last + trendWeight * (memberMean - last) + hh * borrowedDrift
        // The last value is known: the centre's estimation error is the
        // members' shrunk by the same weight.
        let meanErrors = memberSteps.map { $0[h - 1].meanStandardError }.filter(\.isFinite)
        let meanError =
          meanErrors.isEmpty
          ? .nan : trendWeight * meanErrors.reduce(0, +) / Double(meanErrors.count)
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

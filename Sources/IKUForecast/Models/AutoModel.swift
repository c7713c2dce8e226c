/// ikuplan's default model: what a planner gets without choosing.
///
/// It degrades with the length of the series (DESIGN §4):
/// - **1 value**: no trend; the value itself is the centre, with no interval
///   and no probability claimed (standard errors are `nan`), so that callers
///   flag `insufficient-history`.
/// - **2 values**: the drift model's centre; with one difference there is
///   no variance to estimate, so again no interval.
/// - **3 or more**: the equal-weight combination of ``ThetaModel`` and
///   ``DampedTrendModel``. Combining beat choosing on the M3 yearly series
///   and on the short-window check of the forecasting notes (§2.7: M4's
///   "Comb" and Theta beat their members); both members shrink the trend,
///   which is what yearly indicators need.
///
/// The interval is not either member's own: those assume the trend never
/// changes, and on real yearly data such intervals cover far less than they
/// claim (R forecast's ETS and ARIMA 80% intervals cover 71% and 65% on M3
/// yearly). ikuplan uses the forecast variance of the local linear trend
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

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    switch values.count {
    case 1:
      return Fitted(members: [], last: values[0], sigma: .nan, slopeVariance: 0, count: 1)
    case 2:
      return Fitted(
        members: [try DriftModel().fit(values)], last: values[1], sigma: .nan,
        slopeVariance: 0, count: 2)
    default:
      let drift = DriftEstimate(values)
      return Fitted(
        members: [
          try ThetaModel().fit(values), try DampedTrendModel(damping: damping).fit(values),
        ],
        last: values[values.count - 1], sigma: drift.sigma,
        slopeVariance: Self.slopeStepVariance(drift.differences), count: values.count)
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

  struct Fitted: FittedTrend {
    let members: [any FittedTrend]
    let last: Double
    let sigma: Double
    let slopeVariance: Double
    let count: Int

    func forecast(horizon: Int) -> [ForecastStep] {
      let memberSteps = members.map { $0.forecast(horizon: horizon) }
      return (1...max(horizon, 1)).map { h in
        let hh = Double(h)
        let center =
          memberSteps.isEmpty
          ? last : memberSteps.map { $0[h - 1].center }.reduce(0, +) / Double(memberSteps.count)
        let meanError =
          memberSteps.isEmpty
          ? .nan
          : memberSteps.map { $0[h - 1].meanStandardError }.reduce(0, +)
            / Double(memberSteps.count)
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

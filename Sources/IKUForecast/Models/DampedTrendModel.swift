/// The damped trend: the average yearly change continues, fading each year
/// by a factor φ.
///
/// `ŷ_{T+h} = y_T + c·(φ + φ² + … + φʰ)` with the drift slope
/// `c = (y_T − y_1)/(T − 1)`: Gardner & McKenzie's damping (1985) applied to
/// the random walk with drift, the "damped drift with a fixed φ" the
/// forecasting notes recommend for 3–10 yearly points (§2.7), and the
/// reason damped methods beat straight trends in M3 and M4. The default
/// φ = 0.9 lies in the range recommended there (0.8–0.9) and is not fitted,
/// which short series could not support. Standard errors follow the drift
/// model with the damped sum in place of `h`: prediction
/// `σ̂·√(h + S²/(T − 1))`, mean `S·σ̂/√(T − 1)`, `S = Σφⁱ`; Student t on
/// `T − 2` degrees of freedom.
public struct DampedTrendModel: TrendModel {
  /// The damping factor φ in (0, 1].
  public let damping: Double

  public var name: String { "damped" }
  public var minimumLength: Int { 3 }

  /// Creates the model.
  public init(damping: Double = 0.9) {
    precondition(damping > 0 && damping <= 1, "φ must lie in (0, 1]")
    self.damping = damping
  }

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    let drift = DriftEstimate(values)
    return Fitted(
      last: values[values.count - 1], slope: drift.slope, sigma: drift.sigma,
      count: values.count, damping: damping,
      degreesOfFreedom: residualDegreesOfFreedom(values.count, parameters: 2))
  }

  struct Fitted: FittedTrend {
    let last: Double
    let slope: Double
    let sigma: Double
    let count: Int
    let damping: Double
    let degreesOfFreedom: Double

    func forecast(horizon: Int) -> [ForecastStep] {
      var sum = 0.0
      var power = 1.0
      return (1...max(horizon, 1)).map { h in
        power *= damping
        sum += power
        return ForecastStep(
          horizon: h, center: last + slope * sum,
          meanStandardError: sum * sigma / Double(count - 1).squareRoot(),
          predictionStandardError: sigma * (Double(h) + sum * sum / Double(count - 1)).squareRoot(),
          degreesOfFreedom: degreesOfFreedom)
      }
    }
  }
}

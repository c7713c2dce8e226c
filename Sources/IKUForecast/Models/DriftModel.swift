/// The random walk with drift: the average yearly change continues.
///
/// `c = (y_T − y_1)/(T − 1)`, `ŷ_{T+h} = y_T + h c`,
/// `σ̂² = Σ(Δy_t − c)²/(T − 2)`, prediction standard error
/// `σ̂·√(h(1 + h/(T − 1)))` and mean standard error `h·σ̂/√(T − 1)` (the
/// drift's own uncertainty). Student t on `T − 2` degrees of freedom, more
/// honest than the normal quantile of R forecast `rwf` and statsforecast for
/// T ≤ 10 (forecasting notes §2.3). With two values, `σ̂` cannot be
/// estimated and the interval is not claimed (standard errors `nan`).
public struct DriftModel: TrendModel {
  public var name: String { "drift" }
  public var minimumLength: Int { 2 }

  /// Creates the model.
  public init() {}

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    let drift = DriftEstimate(values)
    return Fitted(
      last: values[values.count - 1], slope: drift.slope, sigma: drift.sigma,
      count: values.count,
      degreesOfFreedom: residualDegreesOfFreedom(values.count, parameters: 2))
  }

  struct Fitted: FittedTrend {
    let last: Double
    let slope: Double
    let sigma: Double
    let count: Int
    let degreesOfFreedom: Double

    func forecast(horizon: Int) -> [ForecastStep] {
      (1...max(horizon, 1)).map { h in
        let hh = Double(h)
        return ForecastStep(
          horizon: h, center: last + hh * slope,
          meanStandardError: hh * sigma / Double(count - 1).squareRoot(),
          predictionStandardError: sigma * (hh * (1 + hh / Double(count - 1))).squareRoot(),
          degreesOfFreedom: degreesOfFreedom)
      }
    }
  }
}

/// The drift of a series and the spread around it, shared by the drift,
/// damped and auto models: `c = (y_T − y_1)/(T − 1)` and
/// `σ̂² = Σ(Δy_t − c)²/(T − 2)` (`nan` with two values).
struct DriftEstimate {
  /// The first differences `Δy_t`.
  let differences: [Double]
  /// The mean yearly change `c`.
  let slope: Double
  /// The residual standard deviation `σ̂`.
  let sigma: Double

  init(_ values: [Double]) {
    precondition(values.count >= 2, "a drift needs two values")
    let t = values.count
    differences = zip(values.dropFirst(), values).map { $0 - $1 }
    let slope = (values[t - 1] - values[0]) / Double(t - 1)
    self.slope = slope
    sigma =
      t > 2
      ? (differences.map { ($0 - slope) * ($0 - slope) }.reduce(0, +) / Double(t - 2))
        .squareRoot()
      : .nan
  }
}

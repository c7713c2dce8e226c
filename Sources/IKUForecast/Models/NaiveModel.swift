/// The naive forecast (random walk): next year equals the last year.
///
/// `ŷ_{T+h} = y_T`; `σ̂²` is the mean squared first difference and the
/// prediction standard error is `σ̂√h` (Hyndman & Athanasopoulos, FPP3 §5.5;
/// R forecast `naive`), with Student t on `T − 1` degrees of freedom since
/// `σ̂` is estimated. The expected value carries no parameter uncertainty
/// beyond the noise itself, so its standard error is zero.
public struct NaiveModel: TrendModel {
  public var name: String { "naive" }
  public var minimumLength: Int { 2 }

  /// Creates the model.
  public init() {}

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    let differences = zip(values.dropFirst(), values).map { $0 - $1 }
    let variance = differences.map { $0 * $0 }.reduce(0, +) / Double(differences.count)
    return Fitted(
      last: values[values.count - 1], sigma: variance.squareRoot(),
      degreesOfFreedom: Double(differences.count))
  }

  struct Fitted: FittedTrend {
    let last: Double
    let sigma: Double
    let degreesOfFreedom: Double

    func forecast(horizon: Int) -> [ForecastStep] {
      (1...max(horizon, 1)).map { h in
        ForecastStep(
          horizon: h, center: last, meanStandardError: 0,
          predictionStandardError: sigma * Double(h).squareRoot(),
          degreesOfFreedom: degreesOfFreedom)
      }
    }
  }
}

/// The straight-line trend `y = a + b t` by least squares.
///
/// Fitted through ``LeastSquares`` (Householder QR with refinement) on a
/// centred time index. The mean standard error at `x₀ = T + h` is
/// `s·√(x₀ᵀ(AᵀA)⁻¹x₀)` and the prediction standard error
/// `s·√(1 + x₀ᵀ(AᵀA)⁻¹x₀)`, Student t on `T − 2` degrees of freedom
/// (statsmodels `get_prediction`, R `predict.lm`). A residual sum of squares
/// at the rounding level of the data is an exact line with `s = 0`, as in
/// the batch fit (``NumericalZero``). On yearly data a
/// straight line through every point is the weakest of the simple models
/// (forecasting notes §4.3); it is offered when asked for, not chosen by
/// default.
public struct LinearTrendModel: TrendModel {
  public var name: String { "linear" }
  public var minimumLength: Int { 3 }

  /// Creates the model.
  public init() {}

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    let n = values.count
    let middle = Double(n - 1) / 2
    let time = (0..<n).map { Double($0) - middle }
    let fit = try LeastSquares().fit(
      DesignMatrix(columns: [.intercept(count: n), .variable("t", time)]), response: values)
    let rss = NumericalZero.residualSumOfSquares(
      fit.residualSumOfSquares, responseNorm: euclideanNorm(values[...]), rows: n)
    return Fitted(
      fit: fit, lastTime: time[n - 1],
      residualStandardDeviation: (rss / Double(fit.degreesOfFreedom)).squareRoot())
  }

  struct Fitted: FittedTrend {
    let fit: LeastSquaresFit
    let lastTime: Double
    /// `s`, zero for an exact line.
    let residualStandardDeviation: Double

    func forecast(horizon: Int) -> [ForecastStep] {
      let c = fit.unscaledCovariance
      let s = residualStandardDeviation
      return (1...max(horizon, 1)).map { h in
        let x = lastTime + Double(h)
        let leverage = c[0] + 2 * x * c[1] + x * x * c[3]
        return ForecastStep(
          horizon: h, center: fit.coefficients[0] + fit.coefficients[1] * x,
          meanStandardError: s * leverage.squareRoot(),
          predictionStandardError: s * (1 + leverage).squareRoot(),
          degreesOfFreedom: residualDegreesOfFreedom(fit.observations, parameters: 2))
      }
    }
  }
}

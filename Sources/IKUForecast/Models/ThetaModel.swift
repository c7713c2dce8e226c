import RealModule

/// The Theta method: simple exponential smoothing with a drift of half the
/// linear-trend slope (Assimakopoulos & Nikolopoulos 2000, in the form of
/// Hyndman & Billah 2003).
///
/// `b` is the least-squares slope of `y` on time (through ``LeastSquares``),
/// `ℓ_T` the SES level with α chosen by least squares over (0, 1] (a grid,
/// then golden-section refinement; initial level `y₁`), and
/// `ŷ_{T+h} = ℓ_T + (b/2)(h − 1 + (1 − (1 − α)^T)/α)`. Prediction standard
/// error `σ̂√(1 + α²(h − 1))` with `σ̂` from the one-step SES residuals
/// (R forecast `thetaf`; statsmodels documents a wider variant, see the
/// forecasting notes §2.5), Student t on `T − 3` degrees of freedom (level,
/// α and slope estimated; with three values none is left and no interval is
/// claimed). The mean standard error approximates the
/// parameter uncertainty: the steady-state SES level variance
/// `σ̂²α/(2 − α)` plus the slope's `(σ̂·k/2)²·12/(T(T² − 1))` for the
/// `k = h − 1 + (1 − (1 − α)^T)/α` years it is carried.
public struct ThetaModel: TrendModel {
  public var name: String { "theta" }
  public var minimumLength: Int { 3 }

  /// Creates the model.
  public init() {}

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    let n = values.count
    let trend = try LinearTrendModel().fit(values) as? LinearTrendModel.Fitted
    let slope = trend?.fit.coefficients[1] ?? 0
    let alpha = Self.bestAlpha(values)
    let smoothed = Self.smooth(values, alpha: alpha)
    let sigma =
      hasResidualDegreesOfFreedom(n, parameters: 3)
      ? (smoothed.sumOfSquares / Double(n - 1)).squareRoot() : .nan
    return Fitted(
      level: smoothed.level, slope: slope, alpha: alpha, count: n, sigma: sigma,
      degreesOfFreedom: residualDegreesOfFreedom(n, parameters: 3))
  }

  /// The SES level after the last value and the sum of squared one-step
  /// errors.
  static func smooth(_ y: [Double], alpha: Double) -> (level: Double, sumOfSquares: Double) {
    var level = y[0]
    var sum = 0.0
    for value in y.dropFirst() {
      let error = value - level
      sum += error * error
      level += alpha * error
    }
    return (level, sum)
  }

  /// α minimising the one-step squared errors: the best of a grid
  /// 0.01…1, refined by golden-section search in the neighbouring cells.
  static func bestAlpha(_ y: [Double]) -> Double {
    let grid = (1...100).map { Double($0) / 100 }
    let sse = grid.map { smooth(y, alpha: $0).sumOfSquares }
    let best = sse.indices.min { sse[$0] < sse[$1] } ?? 99
    var low = grid[max(best - 1, 0)]
    var high = grid[min(best + 1, grid.count - 1)]
    let ratio = (5.0.squareRoot() - 1) / 2
    for _ in 0..<40 {
      let a = high - ratio * (high - low)
      let b = low + ratio * (high - low)
      if smooth(y, alpha: a).sumOfSquares <= smooth(y, alpha: b).sumOfSquares {
        high = b
      } else {
        low = a
      }
    }
    let refined = (low + high) / 2
    return smooth(y, alpha: refined).sumOfSquares <= sse[best] ? refined : grid[best]
  }

  struct Fitted: FittedTrend {
    let level: Double
    let slope: Double
    let alpha: Double
    let count: Int
    let sigma: Double
    let degreesOfFreedom: Double

    func forecast(horizon: Int) -> [ForecastStep] {
      let start = (1 - Double.pow(1 - alpha, count)) / alpha
      return (1...max(horizon, 1)).map { h in
        let hh = Double(h)
        let carried = hh - 1 + start
        let n = Double(count)
        let slopeVariance = carried * carried / 4 * 12 / (n * (n * n - 1))
        return ForecastStep(
          horizon: h, center: level + slope / 2 * carried,
          meanStandardError: sigma * (alpha / (2 - alpha) + slopeVariance).squareRoot(),
          predictionStandardError: sigma * (1 + alpha * alpha * (hh - 1)).squareRoot(),
          degreesOfFreedom: degreesOfFreedom)
      }
    }
  }
}

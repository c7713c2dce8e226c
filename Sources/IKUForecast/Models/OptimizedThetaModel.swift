import RealModule

/// The dynamic optimised Theta model (DOTM): Theta with its θ coefficient
/// and its initial level estimated, and a trend line that is re-estimated
/// as each year arrives.
///
/// Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler (2016), "Models
/// for optimising the theta method and their relationship to state space
/// models", *International Journal of Forecasting* 32(4), §3.2 (the model
/// of R's `forecTheta::dotm`). With `A_t`, `B_t` the least-squares
/// intercept and slope of `y_1 … y_t` on `1 … t`:
///
///     μ_t = ℓ_{t−1} + (1 − 1/θ)[(1 − α)^{t−1} A_{t−1} + (1 − (1 − α)^t)/α · B_{t−1}],
///     ℓ_t = α y_t + (1 − α) ℓ_{t−1},
///     ŷ_{T+h} = ℓ_T + (1 − 1/θ)[(1 − α)^T A_T + (h − 1 + (1 − (1 − α)^{T+1})/α) B_T].
///
/// θ = 2 gives the standard Theta method's weight of ½ on the trend; θ = 1
/// is simple exponential smoothing. (`A_0 = y_1`, `B_0 = B_1 = 0`: no
/// slope before two values.)
///
/// **Estimation.** The paper minimises the squared one-step errors over
/// (ℓ₀, α, θ) numerically. For a given α the errors are linear in ℓ₀ and in
/// `k = 1 − 1/θ`, so ikuplan solves (ℓ₀, k) exactly by least squares
/// (Householder QR through LAPACK), with `0 ≤ k ≤ 1` (θ ≥ 1, as in the paper) enforced by
/// refitting ℓ₀ alone at the violated bound, and searches α over the
/// paper's range 0.10–0.99: a grid by 0.05, then by 0.01 around its best
/// point. No optimiser, no starting values, the same answer every time.
/// Where k's column is numerically a multiple of ℓ₀'s (a series that is
/// constant before its last value gives `g_t = y₁ c_t` exactly), k is not
/// identified and is set to 0. A sum of squares at the rounding level of
/// the data counts as 0, so that exact fits tie exactly and the first α of
/// the grid wins on every OpenBLAS kernel (``NumericalZero``).
///
/// **Uncertainty.** `σ̂² = SSE/(T − 3)`, none with three values (no
/// residual degree of freedom: no interval); as for the Theta method (an SES
/// with drift), prediction standard error `σ̂√(1 + α²(h − 1))` and mean
/// standard error `σ̂√(α/(2 − α) + k²m²·12/(T(T² − 1)))` for the
/// `m = h − 1 + (1 − (1 − α)^{T+1})/α` years the slope is carried (the
/// steady-state level variance plus the slope's); Student t on `T − 3`
/// degrees of freedom.
public struct OptimizedThetaModel: TrendModel {
  public var name: String { "dotm" }
  public var minimumLength: Int { 3 }

  /// Creates the model.
  public init() {}

  /// The coarse α grid: 0.10 to 0.95 by 0.05, and 0.99 (the paper's
  /// bounds are 0.10 and 0.99).
  static let coarseGrid: [Double] = (2...19).map { Double($0) / 20 } + [0.99]

  /// The α values tried after the coarse grid.
  ///
  /// Steps of 0.01 up to 0.04 on either side of the coarse grid's best
  /// point, inside [0.10, 0.99]. The sum of squares
  /// is smooth in α, and this finds the best α of the 0.01 grid around the
  /// coarse minimum with 27 solves instead of 90.
  static func refinedGrid(around best: Double) -> [Double] {
    let centre = Int((best * 100).rounded())
    return ((centre - 4)...(centre + 4)).filter { $0 != centre && (10...99).contains($0) }
      .map { Double($0) / 100 }
  }

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    let n = values.count
    var best: Candidate?
    func consider(_ alpha: Double) {
      guard let candidate = Self.candidate(values, alpha: alpha) else { return }
      if best.map({ candidate.sumOfSquares < $0.sumOfSquares }) ?? true {
        best = candidate
      }
    }
    Self.coarseGrid.forEach(consider)
    if let coarse = best?.alpha { Self.refinedGrid(around: coarse).forEach(consider) }
    let degreesOfFreedom = residualDegreesOfFreedom(n, parameters: 3)
    guard let best else {
      return Fitted(
        level: values[n - 1], weight: 0, intercept: 0, slope: 0, alpha: 1, count: n,
        sigma: .nan, degreesOfFreedom: degreesOfFreedom)
    }
    return Fitted(
      level: best.level, weight: best.weight, intercept: best.intercept, slope: best.slope,
      alpha: best.alpha, count: n,
      sigma: hasResidualDegreesOfFreedom(n, parameters: 3)
        ? (best.sumOfSquares / degreesOfFreedom).squareRoot() : .nan,
      degreesOfFreedom: degreesOfFreedom)
  }

  /// A fit for one α.
  struct Candidate {
    let alpha: Double
    /// `k = 1 − 1/θ`.
    let weight: Double
    /// `ℓ_T`.
    let level: Double
    /// `A_T`, `B_T`.
    let intercept: Double
    let slope: Double
    let sumOfSquares: Double
  }

  /// Builds the two columns (the weight of ℓ₀ and of k in each μ_t), solves
  /// them, and returns the final level and trend line.
  static func candidate(_ y: [Double], alpha: Double) -> Candidate? {
    let n = y.count
    let decay = 1 - alpha
    // Columns: c_t = (1 − α)^{t−1} (ℓ₀'s weight), g_t (k's weight).
    var design = [Double](repeating: 0, count: 2 * n)
    // Response: y_t minus the part of ℓ_{t−1} that comes from the data.
    var response = [Double](repeating: 0, count: n)
    var dataLevel = 0.0
    var intercept = y[0]
    var slope = 0.0
    var sumT = 0.0
    var sumY = 0.0
    var sumTT = 0.0
    var sumTY = 0.0
    var power = 1.0  // (1 − α)^{t−1}
    for t in 1...n {
      let value = y[t - 1]
      design[t - 1] = power
      design[t - 1 + n] = power * intercept + (1 - power * decay) / alpha * slope
      response[t - 1] = value - dataLevel
      dataLevel = alpha * value + decay * dataLevel
      let tt = Double(t)
      sumT += tt
      sumY += value
      sumTT += tt * tt
      sumTY += tt * value
      if t >= 2 {
        slope = (tt * sumTY - sumT * sumY) / (tt * sumTT - sumT * sumT)
        intercept = (sumY - slope * sumT) / tt
      }
      power *= decay
    }
    // When k's column is a multiple of ℓ₀'s (a series constant before its
    // last value), the data cannot tell the trend weight from the level:
    // k = 0 (θ = 1, simple exponential smoothing) and ℓ₀ alone.
    let joint = smallLeastSquares(design: design, rows: n, columns: 2, response: response)
    var solution = joint ?? ([0, 0], .infinity)
    var weight = solution.coefficients[1]
    if joint == nil || weight < 0 || weight > 1 {
      // k not identified (0), or θ outside [1, ∞) (the violated bound):
      // refit ℓ₀ alone with k held.
      weight = min(max(weight, 0), 1)
      let adjusted = (0..<n).map { response[$0] - weight * design[$0 + n] }
      guard
        let level = smallLeastSquares(
          design: Array(design[0..<n]), rows: n, columns: 1, response: adjusted)
      else { return nil }
      solution = ([level.coefficients[0], weight], level.residualSumOfSquares)
    }
    // ℓ_T = (1 − α)^T ℓ₀ + the data part; `power` is now (1 − α)^T.
    return Candidate(
      alpha: alpha, weight: weight, level: power * solution.coefficients[0] + dataLevel,
      intercept: intercept, slope: slope, sumOfSquares: solution.residualSumOfSquares)
  }

  struct Fitted: FittedTrend {
    let level: Double
    let weight: Double
    let intercept: Double
    let slope: Double
    let alpha: Double
    let count: Int
    let sigma: Double
    let degreesOfFreedom: Double

    func forecast(horizon: Int) -> [ForecastStep] {
      let n = Double(count)
      let decayed = Double.pow(1 - alpha, count)
      let start = (1 - decayed * (1 - alpha)) / alpha
      return (1...max(horizon, 1)).map { h in
        let hh = Double(h)
        let carried = hh - 1 + start
        let slopeVariance = weight * weight * carried * carried * 12 / (n * (n * n - 1))
        return ForecastStep(
          horizon: h, center: level + weight * (decayed * intercept + carried * slope),
          meanStandardError: sigma * (alpha / (2 - alpha) + slopeVariance).squareRoot(),
          predictionStandardError: sigma * (1 + alpha * alpha * (hh - 1)).squareRoot(),
          degreesOfFreedom: degreesOfFreedom)
      }
    }
  }
}

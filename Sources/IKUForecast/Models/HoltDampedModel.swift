/// Holt's linear method with a damped trend: level and trend are smoothed
/// from the data, and the trend fades by φ each year ahead.
///
/// The additive damped-trend model ETS(A,Ad,N) of Hyndman, Koehler, Ord &
/// Snyder (2008, *Forecasting with Exponential Smoothing*, §2.3 and
/// Table 6.1), after Gardner & McKenzie (1985), in error-correction form:
///
///     ŷ_t = ℓ_{t−1} + φ b_{t−1},   e_t = y_t − ŷ_t,
///     ℓ_t = ℓ_{t−1} + φ b_{t−1} + α e_t,   b_t = φ b_{t−1} + β e_t,
///     ŷ_{T+h} = ℓ_T + (φ + φ² + … + φʰ) b_T.
///
/// **Estimation.** For given (α, β, φ) the one-step errors are linear in
/// the initial state (ℓ₀, b₀) (the state-space form's `e_t = y_t −
/// w′D^{t−1}x₀ − …`, with `D = F − g w′`), so the initial state is the
/// least-squares solution of a two-column system (Householder QR through LAPACK), exact
/// rather than a heuristic start. (α, β, φ) are the best on a fixed grid —
/// α ∈ {0.1, 0.3, 0.5, 0.7, 0.9, 1}, β ∈ {0, 0.05, 0.1, 0.2, 0.3} with
/// β ≤ α, φ ∈ {0.8, 0.9, 0.98} — by the sum of squared one-step errors. A
/// yearly series cannot pin these down more finely than the grid does, and
/// a grid is deterministic, needs no optimiser and cannot fail to converge;
/// φ stays below 0.98 so that the trend always fades (the damping range of
/// the forecasting notes, §2.7).
///
/// **Uncertainty.** `σ̂² = SSE/(T − 5)` (two initial states and three
/// smoothing parameters), prediction variance
/// `σ̂²[1 + Σ_{j=1}^{h−1} (α + β φ_j)²]`, `φ_j = φ + … + φʲ` (Hyndman et al.
/// 2008, Table 6.1, class 1), Student t on `T − 5` degrees of freedom; with
/// five values or fewer no degree of freedom is left and no interval is
/// claimed. The uncertainty of the expected value is not derived for the
/// grid-fitted model: its mean standard error is `nan`, and no interval of
/// the mean is claimed.
public struct HoltDampedModel: TrendModel {
  public var name: String { "holt" }
  public var minimumLength: Int { 3 }

  /// Creates the model.
  public init() {}

  /// The smoothing grid: (α, β) pairs with β ≤ α.
  static let smoothingGrid: [(alpha: Double, beta: Double)] = [0.1, 0.3, 0.5, 0.7, 0.9, 1]
    .flatMap { alpha in
      [0, 0.05, 0.1, 0.2, 0.3].filter { $0 <= alpha }.map { (alpha, $0) }
    }

  /// The damping grid.
  static let dampingGrid: [Double] = [0.8, 0.9, 0.98]

  public func fit(_ values: [Double]) throws -> any FittedTrend {
    try validate(values)
    var best: Candidate?
    for phi in Self.dampingGrid {
      for (alpha, beta) in Self.smoothingGrid {
        guard let candidate = Self.candidate(values, alpha: alpha, beta: beta, phi: phi)
        else { continue }
        if best.map({ candidate.sumOfSquares < $0.sumOfSquares }) ?? true {
          best = candidate
        }
      }
    }
    let n = values.count
    let degreesOfFreedom = residualDegreesOfFreedom(n, parameters: 5)
    guard let best else {
      // Every grid point was rank deficient (only possible for the
      // shortest series): the last value, with no interval.
      return Fitted(
        level: values[n - 1], trend: 0, alpha: 1, beta: 0, phi: 0.9, sigma: .nan,
        degreesOfFreedom: degreesOfFreedom)
    }
    return Fitted(
      level: best.level, trend: best.trend, alpha: best.alpha, beta: best.beta, phi: best.phi,
      sigma: hasResidualDegreesOfFreedom(n, parameters: 5)
        ? (best.sumOfSquares / degreesOfFreedom).squareRoot() : .nan,
      degreesOfFreedom: degreesOfFreedom)
  }

  /// A fit for one grid point: the final state and the sum of squares.
  struct Candidate {
    let alpha: Double
    let beta: Double
    let phi: Double
    let level: Double
    let trend: Double
    let sumOfSquares: Double
  }

  /// Runs the recursion from a zero state, and alongside it the
  /// sensitivity of each one-step error to the initial state; the initial
  /// state is then the least-squares fit of the zero-state errors.
  static func candidate(_ y: [Double], alpha: Double, beta: Double, phi: Double) -> Candidate? {
    let n = y.count
    // Zero-start state x = (ℓ, b) and the matrix D^{t} (row-major 2 × 2).
    var level = 0.0
    var trend = 0.0
    var d = (1.0, 0.0, 0.0, 1.0)
    // D = F − g w′ with F = [[1, φ], [0, φ]], g = (α, β), w = (1, φ).
    let step = (1 - alpha, phi - alpha * phi, -beta, phi - beta * phi)
    var errors = [Double](repeating: 0, count: n)
    var design = [Double](repeating: 0, count: 2 * n)
    for t in 0..<n {
      let error = y[t] - (level + phi * trend)
      errors[t] = error
      // w′ D^{t}: the sensitivity of the forecast to (ℓ₀, b₀).
      design[t] = d.0 + phi * d.2
      design[t + n] = d.1 + phi * d.3
      let newLevel = level + phi * trend + alpha * error
      trend = phi * trend + beta * error
      level = newLevel
      d = (
        step.0 * d.0 + step.1 * d.2, step.0 * d.1 + step.1 * d.3,
        step.2 * d.0 + step.3 * d.2, step.2 * d.1 + step.3 * d.3
      )
    }
    guard
      let solution = smallLeastSquares(design: design, rows: n, columns: 2, response: errors)
    else { return nil }
    let (l0, b0) = (solution.coefficients[0], solution.coefficients[1])
    return Candidate(
      alpha: alpha, beta: beta, phi: phi,
      level: level + d.0 * l0 + d.1 * b0, trend: trend + d.2 * l0 + d.3 * b0,
      sumOfSquares: solution.residualSumOfSquares)
  }

  struct Fitted: FittedTrend {
    let level: Double
    let trend: Double
    let alpha: Double
    let beta: Double
    let phi: Double
    let sigma: Double
    let degreesOfFreedom: Double

    func forecast(horizon: Int) -> [ForecastStep] {
      var dampedSum = 0.0
      var power = 1.0
      var accumulated = 0.0
      return (1...max(horizon, 1)).map { h in
        // Before updating: Σ_{j=1}^{h−1} (α + β φ_j)², φ_j for j < h.
        let variance = 1 + accumulated
        power *= phi
        dampedSum += power
        accumulated += (alpha + beta * dampedSum) * (alpha + beta * dampedSum)
        return ForecastStep(
          horizon: h, center: level + dampedSum * trend, meanStandardError: .nan,
          predictionStandardError: sigma * variance.squareRoot(),
          degreesOfFreedom: degreesOfFreedom)
      }
    }
  }
}

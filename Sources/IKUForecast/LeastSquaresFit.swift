import RealModule

/// A fitted linear model: coefficients, their uncertainty and the fit
/// statistics, as returned by ``LeastSquares/fit(_:response:)``.
///
/// Standard errors are `s·√((AᵀA)⁻¹)ⱼⱼ` with `s² = RSS / (n − p)`. R² is
/// centred (`1 − RSS / Σ(y − ȳ)²`) when the design has an intercept and
/// uncentred (`1 − RSS / Σy²`) when it has none, as NIST StRD certifies it.
/// When `n = p` the fit is exact and the statistics that need residual
/// degrees of freedom are `nan`.
public struct LeastSquaresFit: Sendable {
  /// The names of the coefficients, in design-column order.
  public let termNames: [String]
  /// The estimated coefficients, in design-column order.
  public let coefficients: [Double]
  /// `(AᵀA)⁻¹`, column-major, `p × p`: the covariance of the coefficients
  /// divided by the residual variance.
  public let unscaledCovariance: [Double]
  /// The residuals `y − A β̂`, one per observation.
  public let residuals: [Double]
  /// `Σ (y − ŷ)²`.
  public let residualSumOfSquares: Double
  /// `Σ (y − ȳ)²` with an intercept, `Σ y²` without.
  public let totalSumOfSquares: Double
  /// The number of observations `n`.
  public let observations: Int
  /// Whether the design has an intercept column.
  public let hasIntercept: Bool
  /// The largest number of refinement steps any solve took (diagnostic).
  public let refinementSteps: Int
  /// LAPACK's estimate of `1 / κ₁(R)` for the column-scaled design
  /// (diagnostic: values near `10⁻¹⁶` mean near-collinear columns).
  public let reciprocalCondition: Double

  /// The number of coefficients `p`.
  public var parameterCount: Int { coefficients.count }

  /// The residual degrees of freedom `n − p`.
  public var degreesOfFreedom: Int { observations - parameterCount }

  /// The residual variance `s² = RSS / (n − p)`; `nan` when `n = p`.
  public var residualVariance: Double {
    degreesOfFreedom > 0
      ? residualSumOfSquares / Double(degreesOfFreedom) : .nan
  }

  /// The residual standard deviation `s`; `nan` when `n = p`.
  public var residualStandardDeviation: Double { residualVariance.squareRoot() }

  /// The coefficient of determination (centred with an intercept,
  /// uncentred without).
  public var rSquared: Double {
    totalSumOfSquares > 0 ? 1 - residualSumOfSquares / totalSumOfSquares : .nan
  }

  /// The standard errors of the coefficients, in design-column order.
  public var standardErrors: [Double] {
    (0..<parameterCount).map { j in
      (residualVariance * unscaledCovariance[j + j * parameterCount])
        .squareRoot()
    }
  }

  /// The t statistics `β̂ⱼ / se(β̂ⱼ)` for the hypothesis `βⱼ = 0`.
  public var tStatistics: [Double] {
    zip(coefficients, standardErrors).map { $0 / $1 }
  }

  /// Two-sided p-values of the t statistics, from Student's t with
  /// `n − p` degrees of freedom; `nan` when `n = p`.
  public var pValues: [Double] {
    guard degreesOfFreedom > 0 else {
      return Array(repeating: .nan, count: parameterCount)
    }
    let t = StudentTDistribution(degreesOfFreedom: Double(degreesOfFreedom))
    return tStatistics.map { statistic in
      statistic.isNaN ? .nan : 2 * t.cdf(-abs(statistic))
    }
  }
}

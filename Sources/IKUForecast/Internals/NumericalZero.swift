//===----------------------------------------------------------------------===//
// The one place where IKUForecast decides that a floating-point result of
// BLAS/LAPACK "is zero": a dependent column, a singular triangle, a
// Cholesky pivot, a residual sum of squares.
//
// OpenBLAS picks its kernels by CPU (Haswell, SkylakeX, Zen, …), and each
// kernel rounds differently: the Householder QR of an exactly rank-deficient
// matrix leaves `R₂₂ = 0` on one kernel and `R₂₂ ≈ 10⁻¹⁶` on another. A
// decision made on an exact zero (`info > 0` from `dtrtrs` or `dpotrf`,
// `rss > 0`) would then differ between machines. Every such decision is
// made here instead, against a tolerance far above any kernel's rounding
// and far below any value a well-posed problem produces.
//===----------------------------------------------------------------------===//

/// Tolerances for deciding, from rounded results, that a quantity is zero.
enum NumericalZero {
  /// The relative tolerance `64·m·ε` for a factorisation of `m` rows.
  ///
  /// Householder QR is backward stable: the computed `R` is the exact
  /// factor of `A + ΔA` with `‖Δaⱼ‖ ≤ γ_{cm}‖aⱼ‖`, `γ_k ≈ k·ε` (Higham,
  /// *Accuracy and Stability of Numerical Algorithms*, 2nd ed., 2002,
  /// Thm 19.4); Cholesky likewise (Thm 10.3). `64·m·ε` is a few hundred
  /// times that bound on any kernel, and far below what a full-rank design
  /// still reaches after refinement (NIST `Filip` has
  /// `min |Rⱼⱼ|/‖aⱼ‖ ≈ 5·10⁻⁸`).
  static func relativeTolerance(rows: Int) -> Double {
    64 * Double(max(rows, 1)) * .ulpOfOne
  }

  /// Whether column `j` of a QR factorisation depends on the columns before
  /// it: `|Rⱼⱼ| ≤ 64·m·ε·‖aⱼ‖` (also when the column is zero, or either
  /// value is not a number).
  static func isDependent(diagonal: Double, columnNorm: Double, rows: Int) -> Bool {
    !(abs(diagonal) > relativeTolerance(rows: rows) * columnNorm)
  }

  /// Whether a Cholesky pivot `Lⱼⱼ` of a symmetric matrix of order `order`
  /// is zero to rounding: `Lⱼⱼ² ≤ 64·k·ε·aⱼⱼ`, the same relative rule as
  /// for QR (for a correlation matrix `aⱼⱼ = 1`).
  static func isVanishingPivot(_ pivot: Double, diagonal: Double, order: Int) -> Bool {
    !(pivot * pivot > relativeTolerance(rows: order) * abs(diagonal))
  }

  /// Whether a residual sum of squares from a least-squares solve over `rows`
  /// observations is at the rounding level of a response of Euclidean norm
  /// `responseNorm`, `rss ≤ (64·m·ε·‖b‖)²`: the residuals of a backward
  /// stable solve are accurate only to about `m·ε·‖b‖`, so anything below
  /// is an exact fit that one kernel rounds to 0 and another to 10⁻³⁰.
  static func isRoundingLevel(sumOfSquares rss: Double, responseNorm: Double, rows: Int)
    -> Bool
  {
    let level = relativeTolerance(rows: rows) * responseNorm
    return rss <= level * level
  }

  /// A residual sum of squares with rounding-level values replaced by an
  /// exact 0 (see ``isRoundingLevel(sumOfSquares:responseNorm:rows:)``), so
  /// that an exact fit has no spread on every kernel, and fits that tie at
  /// zero tie exactly.
  static func residualSumOfSquares(_ rss: Double, responseNorm: Double, rows: Int) -> Double {
    isRoundingLevel(sumOfSquares: rss, responseNorm: responseNorm, rows: rows) ? 0 : rss
  }
}

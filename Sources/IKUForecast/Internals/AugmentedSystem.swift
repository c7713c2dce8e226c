import RealModule

/// The augmented least-squares system, solved by iterative refinement.
///
///     ⎡ I   A ⎤ ⎡ r ⎤   ⎡ b ⎤
///     ⎣ Aᵀ  0 ⎦ ⎣ x ⎦ = ⎣ c ⎦
///
/// Residuals are computed in extended precision (Björck 1967, "Iterative
/// refinement of linear least squares solutions I", BIT 7:257–278; Björck,
/// *Numerical Methods for Least Squares Problems*, SIAM 1996, §2.9).
///
/// With `c = 0` the solution `x` minimises `‖b − A x‖` and `r` is its
/// residual; with `b = 0, c = eⱼ` it is `x = −(AᵀA)⁻¹ eⱼ`, a column of the
/// unscaled covariance matrix — computed without ever forming `AᵀA`.
///
/// Each step computes `f = b − r − A x` and `g = c − Aᵀ r` in double-double
/// arithmetic from the extended-precision entries of `A`, then solves for
/// the correction with the Householder QR of `A` in working precision.
/// Refining `r` together with `x` makes the convergence rate proportional to
/// `κ(A)·ε` rather than `κ(A)²·ε` (Björck 1967), so any design whose
/// condition number is well below `1/ε` reaches full working accuracy.
///
/// Columns are scaled by powers of two to unit order before factoring, which
/// changes no digit of the data and removes the part of the condition number
/// that comes from units (`x¹⁰` next to `1`).
struct AugmentedSystem: Sendable {
  let rows: Int
  let columns: Int
  /// Scaled entries, column-major: head and rounding error.
  private let head: [Double]
  private let tail: [Double]
  /// Column scale factors, exact powers of two: `A_scaled = A · diag(scale)`.
  let scale: [Double]
  /// Householder QR of the scaled head entries.
  let qr: HouseholderQR

  /// Scales and factors a design matrix.
  init(_ design: DesignMatrix) {
    rows = design.rowCount
    columns = design.columnCount
    var head: [Double] = []
    var tail: [Double] = []
    var scale: [Double] = []
    head.reserveCapacity(rows * columns)
    tail.reserveCapacity(rows * columns)
    for column in design.columns {
      let norm = euclideanNorm(column.head[...])
      // The exponent is clamped so that the factor itself stays a normal
      // finite power of two even for subnormal or huge columns.
      let factor =
        norm > 0 && norm.isFinite
        ? Double(sign: .plus, exponent: min(max(-norm.exponent, -1000), 1000), significand: 1)
        : 1
      scale.append(factor)
      head.append(contentsOf: column.head.lazy.map { $0 * factor })
      tail.append(contentsOf: column.tail.lazy.map { $0 * factor })
    }
    self.head = head
    self.tail = tail
    self.scale = scale
    qr = HouseholderQR(factoring: head, rows: rows, columns: columns)
  }

  /// The Euclidean norm of scaled column `j` (between 1 and 2, or 0).
  func columnNorm(_ j: Int) -> Double { qr.columnNorms[j] }

  /// The outcome of refinement.
  struct Solution {
    /// The solution in the *scaled* variables, `x_scaled = x / scale`.
    var scaledX: [Double]
    /// The refined residual `r = b − A x`.
    ///
    /// It is accurate to working
    /// precision in each component, which `b − A x̂` recomputed from the
    /// rounded `x̂` is not when the terms of `A x̂` cancel: at the optimum
    /// the rounding of `x̂` moves each residual by up to `‖A‖‖x̂‖ε`.
    var residual: [Double]
    /// The number of refinement steps after the first solve.
    var steps: Int
    /// Whether the last correction was below working accuracy.
    var converged: Bool
  }

  /// Solves the system for right-hand sides `b` (length `rows`, extended
  /// precision) and `c` (length `columns`, in scaled variables).
  ///
  /// The first step is the plain QR solution. Refinement then runs while
  /// the corrections shrink at least by half, stopping once a correction
  /// is below the rounding unit; a correction larger than the one before is
  /// discarded (the stopping rule of Björck 1967 and LAPACK's `dgerfs`).
  /// The size of a correction is the larger of `max |dxⱼ|/|xⱼ|`
  /// (componentwise, so that small coefficients next to large ones keep
  /// their own digits) and `‖dr‖∞/‖r‖∞` (the residuals give the RSS), each
  /// floored at `ε` times the norm so that zeros ask for no more than
  /// working precision.
  func solve(
    b: [DoubleDouble], c: [Double], maximumSteps: Int
  ) -> Solution {
    precondition(b.count == rows && c.count == columns, "size mismatch")
    var r = [Double](repeating: 0, count: rows)
    var x = [Double](repeating: 0, count: columns)
    var previous = Double.infinity
    let floorOfR = b.reduce(0) { max($0, abs($1.head)) } * .ulpOfOne
    for step in 0...maximumSteps {
      let (f, g) = residuals(b: b, c: c, r: r, x: x)
      guard let (dr, dx) = correction(f: f, g: g) else {
        return Solution(scaledX: x, residual: r, steps: step, converged: false)
      }
      if step == 0 {
        (r, x) = (dr, dx)
        continue
      }
      let size = max(
        relativeSize(of: dx, in: x),
        maxMagnitude(dr) / max(maxMagnitude(r), floorOfR, .leastNormalMagnitude))
      guard size.isFinite else {
        return Solution(scaledX: x, residual: r, steps: step - 1, converged: false)
      }
      if size >= previous {
        return Solution(
          scaledX: x, residual: r, steps: step - 1, converged: previous <= Self.accurate)
      }
      for i in 0..<rows { r[i] += dr[i] }
      for j in 0..<columns { x[j] += dx[j] }
      if size <= .ulpOfOne || (maxMagnitude(dx) == 0 && maxMagnitude(dr) == 0) {
        return Solution(scaledX: x, residual: r, steps: step, converged: true)
      }
      if size > previous / 2 {
        return Solution(
          scaledX: x, residual: r, steps: step, converged: size <= Self.accurate)
      }
      previous = size
    }
    return Solution(
      scaledX: x, residual: r, steps: maximumSteps, converged: previous <= Self.accurate)
  }

  /// A last correction this small (relative to each coefficient) means the
  /// solution holds all but its last few bits.
  static let accurate = 64 * Double.ulpOfOne

  /// `f = b − r − A x` and `g = c − Aᵀ r`, accumulated in double-double and
  /// rounded once.
  private func residuals(
    b: [DoubleDouble], c: [Double], r: [Double], x: [Double]
  ) -> (f: [Double], g: [Double]) {
    let f = (0..<rows).map { i in
      var acc = b[i] - DoubleDouble(r[i])
      for j in 0..<columns {
        let k = i + j * rows
        acc -= DoubleDouble.product(head[k], x[j])
        acc -= DoubleDouble(tail[k] * x[j])
      }
      return acc.value
    }
    let g = (0..<columns).map { j in
      var acc = DoubleDouble(c[j])
      for i in 0..<rows {
        let k = i + j * rows
        acc -= DoubleDouble.product(head[k], r[i])
        acc -= DoubleDouble(tail[k] * r[i])
      }
      return acc.value
    }
    return (f, g)
  }

  /// Solves the augmented system for a correction with the QR factors:
  /// with `Qᵀ f = (f₁, f₂)`, `d₁ = R⁻ᵀ g`, `dx = R⁻¹ (f₁ − d₁)` and
  /// `dr = Q (d₁, f₂)` (Björck & Golub 1967).
  private func correction(
    f: [Double], g: [Double]
  ) -> (dr: [Double], dx: [Double])? {
    var w = qr.applyingQTransposed(to: f)
    guard let d1 = qr.solvingR(g, transposed: true) else { return nil }
    let rhs = (0..<columns).map { w[$0] - d1[$0] }
    guard let dx = qr.solvingR(rhs) else { return nil }
    for j in 0..<columns { w[j] = d1[j] }
    return (qr.applyingQ(to: w), dx)
  }
}

private func maxMagnitude(_ v: [Double]) -> Double {
  v.reduce(0) { max($0, abs($1)) }
}

/// `max |dxⱼ| / |xⱼ|`, with `|xⱼ|` floored at `ε‖x‖∞` so that a zero
/// coefficient does not demand infinite relative accuracy.
private func relativeSize(of dx: [Double], in x: [Double]) -> Double {
  let norm = maxMagnitude(x)
  let floor = max(norm * .ulpOfOne, .leastNormalMagnitude)
  return zip(dx, x).reduce(0) { max($0, abs($1.0) / max(abs($1.1), floor)) }
}

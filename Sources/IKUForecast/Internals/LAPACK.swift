//===----------------------------------------------------------------------===//
// Every BLAS and LAPACK call in IKUForecast goes through this file (the
// pattern of swift-system's `Internals/Syscalls.swift`). Matrices are
// column-major: element (i, j) of a matrix with `rows` rows sits at
// `i + j * rows`, the leading dimension is `rows`.
//
// `info < 0` from LAPACK means an illegal argument: a programmer error, so
// it traps. Numerical conditions are reported to the caller as values.
//===----------------------------------------------------------------------===//

import CBLAS

/// A Householder QR factorisation `A = Q R` of a tall column-major matrix,
/// as computed by LAPACK's `dgeqrf`.
///
/// `Q` is kept implicitly as elementary reflectors below the diagonal of
/// `factors`, `R` in its upper triangle. The factorisation is used as a
/// solver for least-squares corrections (see ``LeastSquares``), never to
/// form normal equations.
///
/// Rank is decided by ``NumericalZero/isDependent(diagonal:columnNorm:rows:)``
/// against the norms of the factored columns, never by LAPACK's test for an
/// exactly zero diagonal, which one OpenBLAS kernel passes and another fails
/// for the same matrix.
struct HouseholderQR: Sendable {
  /// The number of rows of the factored matrix.
  let rows: Int
  /// The number of columns of the factored matrix.
  let columns: Int
  /// The Euclidean norms of the factored columns, `‖aⱼ‖`.
  let columnNorms: [Double]
  /// `R` in the upper triangle, the reflectors below it (column-major).
  private let factors: [Double]
  /// The scalar factors of the reflectors.
  private let tau: [Double]

  /// Factors a column-major `rows × columns` matrix with `rows ≥ columns`.
  ///
  /// The corresponding LAPACK routine is `dgeqrf`.
  init(factoring matrix: [Double], rows: Int, columns: Int) {
    precondition(rows >= columns && columns > 0, "QR needs rows ≥ columns > 0")
    precondition(matrix.count == rows * columns, "matrix size mismatch")
    columnNorms = (0..<columns).map { euclideanNorm(matrix[($0 * rows)..<(($0 + 1) * rows)]) }
    var a = matrix
    var tau = [Double](repeating: 0, count: columns)
    var m = Int32(rows)
    var n = Int32(columns)
    var lda = Int32(rows)
    var info: Int32 = 0
    var query = 0.0
    var lwork: Int32 = -1
    dgeqrf_(&m, &n, &a, &lda, &tau, &query, &lwork, &info)
    precondition(info == 0, "dgeqrf workspace query: illegal argument \(-info)")
    lwork = Int32(max(1, Int(query)))
    var work = [Double](repeating: 0, count: Int(lwork))
    dgeqrf_(&m, &n, &a, &lda, &tau, &work, &lwork, &info)
    precondition(info == 0, "dgeqrf: illegal argument \(-info)")
    self.rows = rows
    self.columns = columns
    self.factors = a
    self.tau = tau
  }

  /// The diagonal element `R[j, j]`.
  func diagonalOfR(_ j: Int) -> Double {
    precondition(0 <= j && j < columns, "column out of range")
    return factors[j + j * rows]
  }

  /// Whether column `j` is, to rounding, a linear combination of the
  /// columns before it (or zero).
  func isDependentColumn(_ j: Int) -> Bool {
    precondition(0 <= j && j < columns, "column out of range")
    return NumericalZero.isDependent(
      diagonal: factors[j + j * rows], columnNorm: columnNorms[j], rows: rows)
  }

  /// Whether the leading `order × order` block of `R` is numerically
  /// singular: one of its columns is dependent.
  func isSingular(order: Int) -> Bool {
    (0..<order).contains(where: isDependentColumn)
  }

  /// The entries `R[0..<j, j]` above the diagonal of column `j`.
  func columnOfRAboveDiagonal(_ j: Int) -> [Double] {
    precondition(0 <= j && j < columns, "column out of range")
    return Array(factors[(j * rows)..<(j * rows + j)])
  }

  /// Returns `Qᵀ v` for a vector of length `rows`.
  ///
  /// The corresponding LAPACK routine is `dormqr`.
  func applyingQTransposed(to v: [Double]) -> [Double] {
    multiplyByQ(v, transpose: "T")
  }

  /// Returns `Q v` for a vector of length `rows`.
  ///
  /// The corresponding LAPACK routine is `dormqr`.
  func applyingQ(to v: [Double]) -> [Double] {
    multiplyByQ(v, transpose: "N")
  }

  private func multiplyByQ(_ v: [Double], transpose: String) -> [Double] {
    precondition(v.count == rows, "vector length must equal the row count")
    var c = v
    var m = Int32(rows)
    var n: Int32 = 1
    var k = Int32(columns)
    var lda = Int32(rows)
    var ldc = Int32(rows)
    var info: Int32 = 0
    var query = 0.0
    var lwork: Int32 = -1
    dormqr_(
      "L", transpose, &m, &n, &k, factors, &lda, tau, &c, &ldc, &query,
      &lwork, &info, 1, 1)
    precondition(info == 0, "dormqr workspace query: illegal argument \(-info)")
    lwork = Int32(max(1, Int(query)))
    var work = [Double](repeating: 0, count: Int(lwork))
    dormqr_(
      "L", transpose, &m, &n, &k, factors, &lda, tau, &c, &ldc, &work,
      &lwork, &info, 1, 1)
    precondition(info == 0, "dormqr: illegal argument \(-info)")
    return c
  }

  /// Applies `Qᵀ` to `columns` stacked vectors of length `rows` at once
  /// (column-major, leading dimension `rows`): one blocked, level-3 call.
  ///
  /// The corresponding LAPACK routine is `dormqr`.
  func applyQTransposed(toColumns c: inout [Double], count: Int) {
    precondition(c.count == rows * count, "size mismatch")
    var m = Int32(rows)
    var n = Int32(count)
    var k = Int32(columns)
    var lda = Int32(rows)
    var ldc = Int32(rows)
    var info: Int32 = 0
    var query = 0.0
    var lwork: Int32 = -1
    dormqr_(
      "L", "T", &m, &n, &k, factors, &lda, tau, &c, &ldc, &query, &lwork, &info, 1, 1)
    precondition(info == 0, "dormqr workspace query: illegal argument \(-info)")
    lwork = Int32(max(1, Int(query)))
    var work = [Double](repeating: 0, count: Int(lwork))
    dormqr_(
      "L", "T", &m, &n, &k, factors, &lda, tau, &c, &ldc, &work, &lwork, &info, 1, 1)
    precondition(info == 0, "dormqr: illegal argument \(-info)")
  }

  /// Solves `R X = B` in place for the first `columns` rows of `count`
  /// stacked columns of length `rows` (leading dimension `rows`).
  ///
  /// Returns `false`, leaving `b` untouched, when `R` is numerically
  /// singular (``isSingular(order:)``).
  ///
  /// The corresponding LAPACK routine is `dtrtrs` (BLAS `dtrsm` inside).
  func solveR(inPlace b: inout [Double], count: Int) -> Bool {
    guard !isSingular(order: columns) else { return false }
    var n = Int32(columns)
    var nrhs = Int32(count)
    var lda = Int32(rows)
    var ldb = Int32(rows)
    var info: Int32 = 0
    dtrtrs_("U", "N", "N", &n, &nrhs, factors, &lda, &b, &ldb, &info, 1, 1, 1)
    precondition(info >= 0, "dtrtrs: illegal argument \(-info)")
    return info == 0
  }

  /// Solves `R z = v` (or `Rᵀ z = v` when `transposed`) with the leading
  /// `order × order` block of `R`, for a vector of length `order`.
  ///
  /// Returns `nil` when that block is numerically singular
  /// (``isSingular(order:)``).
  ///
  /// The corresponding LAPACK routine is `dtrtrs`.
  func solvingR(
    _ v: [Double], order: Int? = nil, transposed: Bool = false
  ) -> [Double]? {
    let order = order ?? columns
    precondition(0 < order && order <= columns, "order out of range")
    precondition(v.count == order, "vector length must equal the order")
    guard !isSingular(order: order) else { return nil }
    var b = v
    var n = Int32(order)
    var nrhs: Int32 = 1
    var lda = Int32(rows)
    var ldb = Int32(order)
    var info: Int32 = 0
    dtrtrs_(
      "U", transposed ? "T" : "N", "N", &n, &nrhs, factors, &lda, &b, &ldb,
      &info, 1, 1, 1)
    precondition(info >= 0, "dtrtrs: illegal argument \(-info)")
    return info == 0 ? b : nil
  }

  /// An estimate of the reciprocal 1-norm condition number of `R`, which
  /// equals that of the factored matrix up to a factor of `√rows`.
  ///
  /// The corresponding LAPACK routine is `dtrcon`.
  func reciprocalConditionOfR() -> Double {
    var n = Int32(columns)
    var lda = Int32(rows)
    var rcond = 0.0
    var work = [Double](repeating: 0, count: 3 * columns)
    var iwork = [Int32](repeating: 0, count: columns)
    var info: Int32 = 0
    dtrcon_(
      "1", "U", "N", &n, factors, &lda, &rcond, &work, &iwork, &info, 1, 1, 1)
    precondition(info == 0, "dtrcon: illegal argument \(-info)")
    return rcond
  }
}

/// The Euclidean norm of a vector.
///
/// The corresponding BLAS routine is `dnrm2`.
func euclideanNorm(_ v: ArraySlice<Double>) -> Double {
  v.withUnsafeBufferPointer { buffer in
    guard let base = buffer.baseAddress else { return 0 }
    return cblas_dnrm2(Int32(buffer.count), base, 1)
  }
}

/// The lower Cholesky factor `L` of a symmetric positive definite matrix
/// (`A = L Lᵀ`), column-major with zeros above the diagonal, or `nil` when
/// the matrix is not positive definite: when `dpotrf` stops at a
/// non-positive pivot, or a pivot vanishes to rounding
/// (``NumericalZero/isVanishingPivot(_:diagonal:order:)``), as it does for
/// a singular positive semi-definite matrix on one kernel and not another.
///
/// The corresponding LAPACK routine is `dpotrf`.
func choleskyLower(_ matrix: [Double], order: Int) -> [Double]? {
  precondition(matrix.count == order * order, "matrix size mismatch")
  var a = matrix
  var n = Int32(order)
  var lda = Int32(order)
  var info: Int32 = 0
  dpotrf_("L", &n, &a, &lda, &info, 1)
  precondition(info >= 0, "dpotrf: illegal argument \(-info)")
  guard info == 0 else { return nil }
  for j in 0..<order {
    let pivot = a[j + j * order]
    if NumericalZero.isVanishingPivot(pivot, diagonal: matrix[j + j * order], order: order) {
      return nil
    }
    for i in 0..<j { a[i + j * order] = 0 }
  }
  return a
}

/// `Z ← Z Lᵀ` for a column-major `rows × order` matrix `Z` and a lower
/// triangular `L`: one level-3 call over all rows.
///
/// The corresponding BLAS routine is `dtrmm`.
func multiplyByTransposedLowerFactor(
  _ z: inout [Double], rows: Int, factor: [Double], order: Int
) {
  precondition(z.count == rows * order && factor.count == order * order, "size mismatch")
  cblas_dtrmm(
    CblasColMajor, CblasRight, CblasLower, CblasTrans, CblasNonUnit, Int32(rows), Int32(order),
    1, factor, Int32(order), &z, Int32(rows))
}

/// `C = A · B` for column-major `A` (`m × k`, leading dimension `lda`)
/// and `B` (`k × n`, leading dimension `ldb`): a level-3 product.
///
/// The corresponding BLAS routine is `dgemm`.
func multiply(
  _ a: [Double], rows m: Int, inner k: Int, lda: Int, _ b: [Double], columns n: Int, ldb: Int
) -> [Double] {
  var c = [Double](repeating: 0, count: m * n)
  cblas_dgemm(
    CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b,
    Int32(ldb), 0, &c, Int32(m))
  return c
}

/// The least-squares solution of a small, full-rank system `A x ≈ b` and
/// its residual sum of squares.
///
/// `nil` when `A` is numerically rank
/// deficient (``NumericalZero/isDependent(diagonal:columnNorm:rows:)``,
/// the rule ``LeastSquares`` uses) or the result is not finite. A residual
/// sum of squares at the rounding level of `b` is returned as exactly 0
/// (``NumericalZero/residualSumOfSquares(_:responseNorm:rows:)``).
///
/// Used for the few-parameter fits inside the smoothing models (initial
/// states for a given smoothing parameter, thousands per series), where
/// refinement would cost more than the grid search around it gains; the
/// regression path proper is ``LeastSquares``. `design` is column-major
/// `rows × columns`. The unblocked routines skip the block-size queries and
/// scaling of `dgels`, which cost more than the arithmetic at this size.
///
/// The corresponding LAPACK routines are `dgeqr2` (Householder QR),
/// `dorm2r` (`Qᵀ b`) and `dtrtrs` (`R x = (Qᵀ b)₁`).
func smallLeastSquares(
  design: [Double], rows: Int, columns: Int, response: [Double]
) -> (coefficients: [Double], residualSumOfSquares: Double)? {
  precondition(rows >= columns && columns > 0, "least squares needs rows ≥ columns > 0")
  precondition(design.count == rows * columns && response.count == rows, "size mismatch")
  let norms = (0..<columns).map { euclideanNorm(design[($0 * rows)..<(($0 + 1) * rows)]) }
  let responseNorm = euclideanNorm(response[...])
  var a = design
  var b = response
  var tau = [Double](repeating: 0, count: columns)
  var work = [Double](repeating: 0, count: columns)
  var m = Int32(rows)
  var n = Int32(columns)
  var one: Int32 = 1
  var lda = Int32(rows)
  var info: Int32 = 0
  dgeqr2_(&m, &n, &a, &lda, &tau, &work, &info)
  precondition(info == 0, "dgeqr2: illegal argument \(-info)")
  for j in 0..<columns
  where NumericalZero.isDependent(diagonal: a[j + j * rows], columnNorm: norms[j], rows: rows) {
    return nil
  }
  dorm2r_("L", "T", &m, &one, &n, a, &lda, tau, &b, &lda, &work, &info, 1, 1)
  precondition(info == 0, "dorm2r: illegal argument \(-info)")
  dtrtrs_("U", "N", "N", &n, &one, a, &lda, &b, &lda, &info, 1, 1, 1)
  precondition(info >= 0, "dtrtrs: illegal argument \(-info)")
  guard info == 0 else { return nil }
  let coefficients = Array(b[0..<columns])
  var rss = 0.0
  for i in columns..<rows { rss += b[i] * b[i] }
  guard coefficients.allSatisfy(\.isFinite), rss.isFinite else { return nil }
  return (
    coefficients,
    NumericalZero.residualSumOfSquares(rss, responseNorm: responseNorm, rows: rows)
  )
}

/// Settings of the OpenBLAS library underneath IKUForecast.
public enum LinearAlgebraBackend {
  /// Limits OpenBLAS to `count` threads for the whole process.
  ///
  /// ikuplan's fits are tiny (tens of rows, a few columns), where the
  /// pthread OpenBLAS spends more time waking threads than computing
  /// (OpenBLAS issue #4387). The library never calls this itself: it is
  /// process-wide state, set once by the executable.
  ///
  /// The corresponding OpenBLAS function is `openblas_set_num_threads`.
  public static func limitThreads(to count: Int) {
    precondition(count >= 1, "at least one thread")
    openblas_set_num_threads(Int32(count))
  }

  /// The number of threads OpenBLAS may use.
  ///
  /// The corresponding OpenBLAS function is `openblas_get_num_threads`.
  public static var threadCount: Int { Int(openblas_get_num_threads()) }
}

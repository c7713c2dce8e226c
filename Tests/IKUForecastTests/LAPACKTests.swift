import TestSupport
import Testing

@testable import IKUForecast

/// The thin wrappers around OpenBLAS/LAPACK in `Internals/LAPACK.swift`.
@Suite struct LAPACKTests {
  // A = [[1, 1], [1, 2], [1, 3]] column-major.
  let a: [Double] = [1, 1, 1, 1, 2, 3]

  @Test func qrReproducesAnExactLine() throws {
    let qr = HouseholderQR(factoring: a, rows: 3, columns: 2)
    // y = 2 + 3t: Qᵀy, then R β = (Qᵀy)[0..<2].
    let qty = qr.applyingQTransposed(to: [5, 8, 11])
    let beta = try #require(qr.solvingR(Array(qty[0..<2])))
    #expect(agrees(beta[0], 2, relative: 1e-14))
    #expect(agrees(beta[1], 3, relative: 1e-14))
    #expect(abs(qty[2]) < 1e-14)
  }

  @Test func smallLeastSquaresFitsAndReportsTheResidual() throws {
    // y = (1, 2, 2) on [1, t]: β = (2/3, 1/2), residuals (−1/6, 1/3, −1/6),
    // RSS = 1/6 (by hand).
    let fit = try #require(smallLeastSquares(design: a, rows: 3, columns: 2, response: [1, 2, 2]))
    #expect(agrees(fit.coefficients[0], 2.0 / 3, relative: 1e-14))
    #expect(agrees(fit.coefficients[1], 0.5, relative: 1e-14))
    #expect(agrees(fit.residualSumOfSquares, 1.0 / 6, relative: 1e-13))
    // Two equal columns: rank deficient, no answer.
    #expect(
      smallLeastSquares(design: [1, 1, 1, 1, 1, 1], rows: 3, columns: 2, response: [1, 2, 3]) == nil
    )
  }

  /// Columns that are multiples of each other only up to rounding
  /// (0.3 ≠ 3 × 0.1 in binary).
  ///
  /// `R₂₂` is of order 10⁻¹⁷, not 0, as on an
  /// AVX-512 kernel for exactly equal columns. LAPACK's `dtrtrs` reports
  /// only an exactly zero diagonal and would return coefficients of about
  /// 10¹⁶; the rank rule refuses on every kernel.
  @Test func rankDeficiencyUpToRoundingIsRankDeficiency() {
    let a: [Double] = [0.1, 0.7, 1.3]
    let design = a + [0.3, 2.1, 3.9]
    #expect(zip(a, design[3...]).contains { $0 * 3 != $1 })
    #expect(smallLeastSquares(design: design, rows: 3, columns: 2, response: [1, 2, 3]) == nil)
    let qr = HouseholderQR(factoring: design, rows: 3, columns: 2)
    #expect(qr.isDependentColumn(1))
    #expect(!qr.isDependentColumn(0))
    #expect(qr.solvingR([1, 1]) == nil)
    #expect(qr.solvingR([1], order: 1) != nil)
    var b = [1.0, 2, 3]
    #expect(!qr.solveR(inPlace: &b, count: 1))
    #expect(b == [1, 2, 3])
  }

  /// A nearly collinear but full-rank design is solved.
  ///
  /// `R₂₂/‖a₂‖` is about 10⁻⁶, the tolerance far below it. y = 1 + 2·x
  /// exactly.
  @Test func nearlyCollinearFullRankIsSolved() throws {
    let x: [Double] = [1, 1, 1 + 1e-6, 1 + 2e-6]
    let design = [1, 1, 1, 1] + x
    let y = x.map { 1 + 2 * $0 }
    let fit = try #require(smallLeastSquares(design: design, rows: 4, columns: 2, response: y))
    #expect(agrees(fit.coefficients[0], 1, relative: 1e-6))
    #expect(agrees(fit.coefficients[1], 2, relative: 1e-6))
  }

  /// An exact fit has a residual sum of squares of exactly 0 whatever the
  /// kernel's rounding of `Qᵀb`.
  @Test func exactFitHasNoResidual() throws {
    let fit = try #require(smallLeastSquares(design: a, rows: 3, columns: 2, response: [5, 8, 11]))
    #expect(fit.residualSumOfSquares == 0)
  }

  /// A correlation matrix that is singular in exact arithmetic (ρ₁₃ = 0.96
  /// with ρ₁₂ = 0.6, ρ₂₃ = 0.8: det = 0.96ρ₁₃ − ρ₁₃² = 0) has no Cholesky
  /// factor, whatever pivot of 10⁻¹⁷ a kernel leaves; ρ₁₃ = 0.95 (det
  /// 0.0095) has one, and `L Lᵀ` gives the matrix back.
  @Test func choleskyRefusesASingularCorrelation() throws {
    #expect(choleskyLower([1, 1, 1, 1], order: 2) == nil)
    #expect(choleskyLower([1, 0.6, 0.96, 0.6, 1, 0.8, 0.96, 0.8, 1], order: 3) == nil)
    let r = [1, 0.6, 0.95, 0.6, 1, 0.8, 0.95, 0.8, 1]
    let l = try #require(choleskyLower(r, order: 3))
    for i in 0..<3 {
      for j in 0..<3 {
        let product = (0..<3).map { l[i + $0 * 3] * l[j + $0 * 3] }.reduce(0, +)
        #expect(agrees(product, r[i + j * 3], relative: 1e-14, absolute: 1e-15))
      }
    }
  }

  @Test func qIsOrthogonal() {
    let qr = HouseholderQR(factoring: a, rows: 3, columns: 2)
    let v: [Double] = [0.3, -1.7, 2.9]
    let back = qr.applyingQ(to: qr.applyingQTransposed(to: v))
    for (x, y) in zip(back, v) { #expect(agrees(x, y, relative: 1e-14)) }
  }

  @Test func rDiagonalHasTheColumnNorm() {
    let qr = HouseholderQR(factoring: a, rows: 3, columns: 2)
    #expect(agrees(abs(qr.diagonalOfR(0)), 3.0.squareRoot(), relative: 1e-15))
    #expect(qr.columnOfRAboveDiagonal(0).isEmpty)
    #expect(qr.columnOfRAboveDiagonal(1).count == 1)
  }

  @Test func transposedSolveAndSingularR() throws {
    let qr = HouseholderQR(factoring: a, rows: 3, columns: 2)
    let z = try #require(qr.solvingR([1, 2], transposed: true))
    // Rᵀ z = v ⇔ z₀ R₀₀ = 1, z₀ R₀₁ + z₁ R₁₁ = 2.
    #expect(agrees(z[0] * qr.diagonalOfR(0), 1, relative: 1e-14))
    let singular = HouseholderQR(factoring: [1, 1, 2, 2], rows: 2, columns: 2)
    #expect(singular.solvingR([1, 1]) == nil)
  }

  @Test func conditionEstimate() {
    let qr = HouseholderQR(factoring: [1, 0, 0, 1], rows: 2, columns: 2)
    #expect(agrees(qr.reciprocalConditionOfR(), 1, relative: 1e-15))
  }

  @Test func norm() {
    #expect(euclideanNorm([3, 4][...]) == 5)
    #expect(euclideanNorm([][...]) == 0)
  }

  @Test func threadLimit() {
    let before = LinearAlgebraBackend.threadCount
    LinearAlgebraBackend.limitThreads(to: 1)
    #expect(LinearAlgebraBackend.threadCount == 1)
    LinearAlgebraBackend.limitThreads(to: before)
  }
}

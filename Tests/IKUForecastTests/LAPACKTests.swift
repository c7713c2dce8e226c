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

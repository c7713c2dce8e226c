import TestSupport
import Testing

@testable import IKUForecast

/// The tolerances of `Internals/NumericalZero.swift`, from their definitions.
@Suite struct NumericalZeroTests {
  @Test func relativeToleranceIsSixtyFourRowsUnitRoundoffs() {
    #expect(NumericalZero.relativeTolerance(rows: 10) == 640 * Double.ulpOfOne)
    #expect(NumericalZero.relativeTolerance(rows: 0) == 64 * Double.ulpOfOne)
  }

  /// A diagonal of 10⁻¹⁶ against a column of norm 1 (what an AVX-512 kernel
  /// leaves for an exactly dependent column) is dependent; 10⁻⁸ is not.
  @Test func dependentColumn() {
    #expect(NumericalZero.isDependent(diagonal: 0, columnNorm: 1, rows: 3))
    #expect(NumericalZero.isDependent(diagonal: -1e-16, columnNorm: 1, rows: 3))
    #expect(NumericalZero.isDependent(diagonal: 1e-16 * 1e6, columnNorm: 1e6, rows: 3))
    #expect(!NumericalZero.isDependent(diagonal: 1e-8, columnNorm: 1, rows: 3))
    #expect(NumericalZero.isDependent(diagonal: 0, columnNorm: 0, rows: 3))
    #expect(NumericalZero.isDependent(diagonal: .nan, columnNorm: 1, rows: 3))
  }

  @Test func vanishingPivot() {
    #expect(NumericalZero.isVanishingPivot(0, diagonal: 1, order: 3))
    #expect(NumericalZero.isVanishingPivot(1e-9, diagonal: 1, order: 3))  // 10⁻¹⁸ ≤ 4·10⁻¹⁴
    #expect(!NumericalZero.isVanishingPivot(1e-3, diagonal: 1, order: 3))
  }

  /// The rounding level is `(64·m·ε·‖b‖)²`: for m = 4, ‖b‖ = 100 it is
  /// (5.68·10⁻¹¹)² ≈ 3.2·10⁻²¹.
  @Test func roundingLevelOfASumOfSquares() {
    let level = 64 * 4 * Double.ulpOfOne * 100
    #expect(
      NumericalZero.isRoundingLevel(sumOfSquares: level * level, responseNorm: 100, rows: 4))
    #expect(
      !NumericalZero.isRoundingLevel(sumOfSquares: 4 * level * level, responseNorm: 100, rows: 4))
    #expect(NumericalZero.residualSumOfSquares(1e-25, responseNorm: 100, rows: 4) == 0)
    #expect(NumericalZero.residualSumOfSquares(1e-3, responseNorm: 100, rows: 4) == 1e-3)
  }
}

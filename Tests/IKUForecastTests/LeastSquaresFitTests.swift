import TestSupport
import Testing

@testable import IKUForecast

@Suite struct LeastSquaresFitTests {
  /// y = 1 + 2x + e, e = (0.1, −0.1, −0.1, 0.1) ⟂ (1, x): closed form.
  let fit: LeastSquaresFit

  init() throws {
    let x: [Double] = [1, 2, 3, 4]
    fit = try LeastSquares().fit(
      DesignMatrix(columns: [.intercept(count: 4), .variable("x", x)]),
      response: [3.1, 4.9, 6.9, 9.1])
  }

  @Test func statistics() {
    let s = 0.02.squareRoot()
    #expect(fit.parameterCount == 2)
    #expect(fit.degreesOfFreedom == 2)
    #expect(agrees(fit.residualVariance, 0.02, relative: 1e-13))
    #expect(agrees(fit.residualStandardDeviation, s, relative: 1e-13))
    #expect(agrees(fit.standardErrors[1], s / 5.0.squareRoot(), relative: 1e-13))
    #expect(agrees(fit.tStatistics[1], 1000.0.squareRoot(), relative: 1e-13))
    // Two-sided p with ν = 2: 1 − |t| / √(2 + t²).
    #expect(agrees(fit.pValues[1], 1 - (1000.0 / 1002).squareRoot(), relative: 1e-9))
    #expect(agrees(fit.rSquared, 1 - 0.04 / 20.04, relative: 1e-14))
    for (r, e) in zip(fit.residuals, [0.1, -0.1, -0.1, 0.1]) {
      #expect(agrees(r, e, relative: 1e-13))
    }
  }

  @Test func covarianceIsSymmetricAndMatchesTheClosedForm() {
    // (AᵀA)⁻¹ = [[1.5, −0.5], [−0.5, 0.2]] for x = 1…4.
    let c = fit.unscaledCovariance
    #expect(agrees(c[0], 1.5, relative: 1e-14))
    #expect(agrees(c[1], -0.5, relative: 1e-14))
    #expect(agrees(c[2], -0.5, relative: 1e-14))
    #expect(agrees(c[3], 0.2, relative: 1e-14))
  }
}

import RealModule
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct IncompleteBetaTests {
  private func argument(_ x: Double) -> IncompleteBetaArgument {
    IncompleteBetaArgument(
      x: x, oneMinusX: 1 - x, logX: .log(x), logOneMinusX: .log(onePlus: -x))
  }

  @Test func closedFormsForHalfParameters() {
    // I_x(½, ½) = (2/π) asin(√x); I_x(1, ½) = 1 − √(1 − x).
    for x in [0.01, 0.3, 0.5, 0.77, 0.999] {
      let arcsine = regularizedIncompleteBeta(
        argument(x), a: 0.5, b: 0.5, logBeta: logBetaHalf(0.5))
      #expect(agrees(arcsine, 2 / .pi * .asin(x.squareRoot()), relative: 1e-13))
      let power = regularizedIncompleteBeta(
        argument(x), a: 1, b: 0.5, logBeta: logBetaHalf(1))
      #expect(agrees(power, 1 - (1 - x).squareRoot(), relative: 1e-12))
    }
  }

  @Test func endpoints() {
    #expect(
      regularizedIncompleteBeta(
        IncompleteBetaArgument(x: 0, oneMinusX: 1, logX: -.infinity, logOneMinusX: 0),
        a: 2, b: 0.5, logBeta: logBetaHalf(2)) == 0)
    #expect(incompleteBetaHalfForLargeA(a: 20, logX: 0) == 1)
  }

  @Test func logBetaHalfAgreesAcrossTheSwitch() {
    // B(a, ½) from logGamma directly, where there is no cancellation yet.
    for a in [9.5, 10.0, 10.5, 14.0] {
      let direct = Double.logGamma(a) + 0.5 * .log(.pi) - .logGamma(a + 0.5)
      #expect(agrees(logBetaHalf(a), direct, relative: 1e-14))
    }
  }

  @Test func largeAExpansionMatchesTheContinuedFraction() {
    // Where both are accurate (a = 20, x = 0.6) they agree.
    let x = 0.6
    let cf = regularizedIncompleteBeta(
      argument(x), a: 20, b: 0.5, logBeta: logBetaHalf(20))
    let asymptotic = incompleteBetaHalfForLargeA(a: 20, logX: .log(x))
    #expect(agrees(cf, asymptotic, relative: 1e-13))
  }
}

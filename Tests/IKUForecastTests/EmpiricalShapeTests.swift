import TestSupport
import Testing

@testable import IKUForecast

@Suite struct EmpiricalShapeTests {
  // Symmetrised: −3, −2, −1, −0.5, 0.5, 1, 2, 3.
  let shape = EmpiricalShape(standardizedErrors: [0.5, -1, 2, 3])

  @Test func symmetrisedAndSorted() {
    #expect(shape.sorted == [-3, -2, -1, -0.5, 0.5, 1, 2, 3])
    #expect(shape.count == 8)
    // (9 + 4 + 1 + 0.25) · 2 / 8 = 3.5625.
    #expect(shape.secondMoment == 3.5625)
  }

  /// numpy `np.quantile([-3,-2,-1,-.5,.5,1,2,3], p)` (type 7): 0.5 → 0,
  /// 0.9 → 2.3, 0.95 → 2.65, 1 → 3.
  @Test func quantilesAreTypeSeven() {
    #expect(shape.quantile(0.5) == 0)
    #expect(agrees(shape.quantile(0.9), 2.3, relative: 1e-14))
    #expect(agrees(shape.quantile(0.95), 2.65, relative: 1e-14))
    #expect(shape.quantile(1) == 3)
    #expect(shape.quantile(0) == -3)
  }

  @Test func cdfInvertsTheQuantile() {
    for p in [0.03, 0.2, 0.5, 0.77, 0.9, 0.99] {
      #expect(agrees(shape.cdf(shape.quantile(p)), p, relative: 1e-12))
    }
    #expect(shape.cdf(-10) == 0)
    #expect(shape.cdf(10) == 1)
    #expect(shape.cdf(.nan).isNaN)
  }

  @Test func aStepUsesTheShape() {
    let step = ForecastStep(
      horizon: 1, center: 10, meanStandardError: 1, predictionStandardError: 2,
      degreesOfFreedom: 5, shape: shape)
    #expect(agrees(step.predictionQuantile(0.95), 10 + 2 * 2.65, relative: 1e-14))
    #expect(agrees(step.probability(atMost: 10 + 2 * 2.3), 0.9, relative: 1e-12))
    #expect(agrees(step.probability(atLeast: 10 - 2 * 2.3), 0.9, relative: 1e-12))
    #expect(step.predictionVariance == 4 * 3.5625)
  }
}

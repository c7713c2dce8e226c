import TestSupport
import Testing

@testable import IKUForecast

@Suite struct BacktestErrorsTests {
  @Test func conversionMatchesProbabilities() {
    // Same degrees of freedom: unchanged.
    #expect(agrees(BacktestErrors.converting(1.7, from: 6, to: 6), 1.7, relative: 1e-12))
    // t₂'s 95th percentile (2.919985580355516, scipy `t.ppf(0.95, 2)`) is
    // t₁₀'s 95th percentile (1.8124611228107335).
    #expect(
      agrees(
        BacktestErrors.converting(2.919985580355516, from: 2, to: 10), 1.8124611228107335,
        relative: 1e-10))
    // An error no t₁₀ could produce stays finite.
    #expect(BacktestErrors.converting(1e300, from: 1, to: 10).isFinite)
  }

  @Test func relativeScaleIsCredibilityWeighted() {
    let errors = BacktestErrors(byHorizon: [[2, -2], [4]], degreesOfFreedom: 8)
    #expect(errors.count == 3)
    // Reference 1 at h = 1, 2 at h = 2: (4 + 4 + 4 + k) / (3 + k) with k = 10.
    let r = errors.relativeScale(reference: { $0 == 1 ? 1 : 2 }, priorWeight: 10)
    #expect(agrees(r, (22.0 / 13).squareRoot(), relative: 1e-15))
    #expect(
      BacktestErrors.none(degreesOfFreedom: 3).relativeScale(reference: { _ in 5 }, priorWeight: 10)
        == 1)
  }
}

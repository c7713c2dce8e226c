import Foundation
import Testing

@testable import IKUForecast

@Suite struct MarginalTests {
  /// The median of each distribution by its closed form: the normal's
  /// mean, the uniform's midpoint, the triangular's `a + √((b − a)(c − a)/2)`
  /// when the mode is at or above the midpoint (else `b − √((b − a)(b −
  /// c)/2)`), the lognormal's `exp(μ)` with `μ = log(mean) − σ²/2`.
  @Test func mediansAreTheClosedForms() {
    #expect(Marginal.fixed(400).median == 400)
    #expect(Marginal.normal(mean: 0.92, standardDeviation: 0.03).median == 0.92)
    #expect(Marginal.uniform(minimum: 0.85, maximum: 0.98).median == 0.915)
    let rising = Marginal.triangular(minimum: 900, mode: 1100, maximum: 1200).median
    #expect(abs(rising - (900 + (300.0 * 200 / 2).squareRoot())) <= 1e-9)
    let falling = Marginal.triangular(minimum: 900, mode: 1000, maximum: 1200).median
    #expect(abs(falling - (1200 - (300.0 * 200 / 2).squareRoot())) <= 1e-9)
    let s2 = log1p(0.2 * 0.2)
    let lognormal = Marginal.lognormal(mean: 1, standardDeviation: 0.2).median
    #expect(abs(lognormal - exp(-s2 / 2)) <= 1e-15)
  }
}
